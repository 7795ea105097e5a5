#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 20600 plan / 20601 report).

Run inside tests/heldout206:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator (the report's achieved records only; its restated `38项`, `3860万元` and its 2028 remainders are
target records and never results). Runs the shared `tools/make_links.py`; this file keeps the link list and the two
doc prefixes. A target with no result is listed with None and skipped: the list's own count `38项` (the report
restates it, no result figure) and the township's own share `乡级自筹460万元` (the report gives no figure for it).
The report's `3处` in the fifth trouble's `难处` (the points' reservoirs short of water) is a narrative mention; the
link takes the `交割` line's `集中供水点建成3处`, whose indicator differs.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3860万元', '计划总投资'), ('3712万元', '实际完成投资')),
    (('30个', '普惠托位'), ('32个', '普惠托位')),
    (('260对', '孕前优生健康检查'), ('271对', '孕前优生健康检查')),
    (('1500人次', '婴幼儿入户随访'), ('1583人次', '婴幼儿入户随访')),
    (('1栋', '学生食堂'), ('1栋', '学生食堂')),
    (('1200平方米', '建筑面积'), ('1236平方米', '建筑面积')),
    (('8名', '教师'), ('7名', '教师')),
    (('12个', '留守学生课后服务班'), ('12个', '课后服务班')),
    (('5个', '村卫生室'), ('5个', '村卫生室')),
    (('2200人', '老人免费体检'), ('2266人', '老人免费体检')),
    (('800人', '两癌筛查'), ('812人', '两癌筛查')),
    (('4个', '村级互助养老点'), ('4个', '村级互助养老点')),
    (('2.4万人次', '老年食堂助餐'), ('2.61万人次', '老年食堂助餐')),
    (('60户', '困难老人家庭适老化改造'), ('58户', '适老化改造')),
    (('35户', '农村危房改造'), ('35户', '危房改造')),
    (('3处', '集中供水点'), ('3处', '集中供水点')),
    (('1800人', '饮水人口'), ('1826人', '饮水人口')),
    (('6座', '公厕'), ('6座', '公厕')),
    (('710元', '城乡低保标准'), ('710元', '低保标准')),
    (('90名', '残疾人居家托养服务'), ('94名', '残疾人居家托养服务')),
    (('1200人次', '脆李栽培、电商直播技能培训'), ('1342人次', '技能培训')),
    (('70个', '公益性岗位'), ('70个', '公益性岗位')),
    (('25家', '返乡创业主体'), ('29家', '返乡创业主体')),
    (('22公里', '产业路'), ('20.5公里', '产业路')),
    (('2条', '村村通客运班线'), ('2条', '客运班线')),
    (('10个', '招呼站'), ('10个', '招呼站')),
    (('8个', '农村生活污水治理自然村'), ('8个', '生活污水治理自然村')),
    (('3.5公里', '河沟'), ('3.5公里', '河沟改造')),
    (('400吨', '清漂'), ('436吨', '清漂')),
    (('31处', '地质灾害隐患点监测点'), ('31处', '地灾监测点')),
    (('1200户', '农户燃气报警器'), ('1188户', '燃气报警器')),
    (('60场', '送戏下村'), ('64场', '送戏下村')),
    (('2个', '农家书屋'), ('2个', '农家书屋')),
    (('8场', '李花节群众文体活动'), ('9场', '李花节群众文体活动')),
    (('1座', '大溪河便民桥'), ('1座', '便民桥')),
    (('1处', '集中供水点'), ('1处', '供水点')),
    (('38项', '真经'), None),
    (('460万元', '乡级自筹'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='20600', report='20601', target='first', result='first')

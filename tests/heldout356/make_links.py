#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 35600 plan / 35601 report).

Run inside tests/heldout356:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes. The
report's TAB money table restates the plan's three sources and their total (target records of 35601): the links go
from the plan's own `|` table to the report's `到位` cells. A target with no result is listed with None and skipped:
the list's count (`10件`; the report's `10根` cords restate it as a target), the per-pattern `计划投资` lines and the
prose sums (`1860万元`, `1320万元`, `540万元`: the report answers only the table's sources), the 托育点 `1个` (the
report says it opened, with no count), `各1个` (the two canteens are answered together), the canteens' daily
`80份` (answered by a daily average, a stock) and the `100元` subsidy rate (restated as a rate, stock), and the
`4个` villages of the warning loudspeakers (the report counts the sets only).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('40个', '普惠托位'), ('40个', '普惠托位')),
    (('600人次', '入户科学育儿指导'), ('652人次', '入户科学育儿指导')),
    (('1栋', '学生宿舍'), ('1栋', '学生宿舍')),
    (('160张', '寄宿床位'), ('160张', '寄宿床位')),
    (('12名', '特岗教师'), ('11名', '特岗教师')),
    (('5间', '村卫生室'), ('5间', '村卫生室')),
    (('1800人', '老年人免费健康体检'), ('1926人', '老年人免费体检')),
    (('700人', '适龄妇女两癌筛查'), ('734人', '两癌筛查')),
    (('2个', '长者饭堂'), ('2个', '长者饭堂')),
    (('35户', '农村低收入群体危房改造'), ('35户', '危房改造')),
    (('120栋', '船形屋风貌农房提升'), ('112栋', '船形屋风貌农房提升')),
    (('3个', '饮水安全自然村'), ('3个', '饮水安全自然村')),
    (('1100人', '受益群众'), ('1130人', '受益群众')),
    (('210人', '困难残疾人'), ('218人', '困难残疾人')),
    (('60户次', '临时救助'), ('73户次', '临时救助')),
    (('500人次', '技能培训'), ('538人次', '技能培训')),
    (('45个', '乡村公益性岗位'), ('45个', '乡村公益性岗位')),
    (('300人', '农村劳动力转移就业'), ('326人', '农村劳动力转移就业')),
    (('6.5公里', '通村公路'), ('6.5公里', '通村公路')),
    (('1条', '农村客运班线'), ('1条', '客运班线')),
    (('2.8公里', '波形护栏'), ('2.3公里', '波形护栏')),
    (('4处', '农村生活污水处理设施'), ('4处', '污水处理设施')),
    (('3.2公里', '河道'), ('3.4公里', '河道')),
    (('3000株', '绿化苗木'), ('3260株', '苗木')),
    (('20场', '送琼剧、黎族苗族歌舞下乡演出'), ('24场', '送戏下乡演出')),
    (('16套', '台风预警广播'), ('16套', '台风预警广播')),
    (('150户', '燃气报警器'), ('150户', '燃气报警器')),
    (('780', '中央和省级资金'), ('792', '中央和省级资金到位')),
    (('540', '县级资金'), ('520', '县级资金到位')),
    (('540', '镇自筹'), ('503', '镇自筹到位')),
    (('1860', '资金合计'), ('1815', '资金合计到位')),
    (('10件', '为民办实事项目'), None),
    (('1860万元', '计划总投资'), None),
    (('1个', '托育点'), None),
    (('1个', '长者饭堂'), None),
    (('80份', '供餐'), None),
    (('100元', '长寿补贴'), None),
    (('4个', '台风预警广播村'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='35600', report='35601', target='first', result='first')

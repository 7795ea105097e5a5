#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 23000 plan / 23001 report).

Run inside tests/heldout230:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator, and runs the shared `tools/make_links.py`. The report
(a 四柱 closing sheet) answers each plan line first in its `｜` table (the 开除 column: bare cells
in the row's unit) and sometimes again in its notes; a result is taken at its first mention
(`result='first'`), which is the table cell where the table has the row. The plan's 800人次 eye
checks, 10万元 relief fund, 25人 home care, 2.2公里 dredging, 2个 sewage villages, 24个 hydrants,
300具 extinguishers, 3000册 books, 3处 houses, 85万元 road money and the 1386万元 total are answered
in the notes only. 通村公路加宽 4.6公里 → 5.4: the done cell holds the 0.8公里 carried over from 2025 too
(旧管 + 新收); it is the only result the report gives for the plan's road. 寄宿床位 120张 → the done
cell 0 (the beds moved to 2027). Targets with no result are listed with None.
"""
import runpy
from pathlib import Path

LINKS = [
    (('4.6公里', '通村公路加宽改造'), ('5.4', '通村公路加宽')),
    (('1.8万平方米', '村内街巷硬化'), ('1.86', '街巷硬化')),
    (('85万元', '镇级配套'), ('91万元', '完成投资')),
    (('300人次', '技能培训'), ('342', '技能培训')),
    (('40个', '乡村公益性岗位'), ('40', '公益性岗位')),
    (('3个', '村级老年助餐点'), ('3', '老年助餐点')),
    (('2.4万人次', '助餐'), ('2.71', '助餐')),
    (('30个', '托位'), ('30', '托位')),
    (('800人次', '儿童眼保健和视力检查'), ('836人次', '眼保健检查')),
    (('120张', '寄宿床位'), ('0', '寄宿床位')),
    (('5个', '村卫生室标准化改造'), ('5', '村卫生室改造')),
    (('2600人', '老人免费体检'), ('2688', '老人体检')),
    (('18户', '农村危房改造'), ('18', '危房改造')),
    (('3.5公里', '老街自来水旧管网更换'), ('3.1', '自来水管网')),
    (('10万元', '临时救助备用金'), ('10万元', '临时救助备用金')),
    (('25人', '重度残疾人居家托养'), ('26人', '居家托养的重度残疾人')),
    (('2.2公里', '河道清淤'), ('2.2公里', '河道清淤')),
    (('2个', '生活污水管网入户村'), ('2个', '污水管网入户村')),
    (('1200株', '行道树'), ('1260', '行道树')),
    (('24个', '室外消火栓'), ('24个', '消火栓')),
    (('300具', '灭火器'), ('300具', '灭火器')),
    (('150户', '餐饮商户燃气报警器安装'), ('163', '燃气报警器')),
    (('60场', '送戏下乡'), ('64', '送戏下乡')),
    (('3000册', '农家书屋补充图书'), ('3000册', '农家书屋补充图书')),
    (('3处', '晋商民居抢救性修缮'), ('2处', '晋商民居修缮')),
    (('2100平方米', '修缮面积'), ('1650', '民居修缮')),
    (('1386万元', '计划出账'), ('1309万元', '实际支出')),
    (('12笔', '民生实事'), None),
    (('12件', '民生实事'), None),
    (('920万元', '上级资金'), None),
    (('466万元', '镇级自筹'), None),
    (('2个', '工种'), None),
    (('1处', '托育点'), None),
    (('1栋', '学生宿舍楼'), None),
    (('2元', '80岁以上老人助餐补贴'), None),
    (('8场', '送戏'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='23000', report='23001', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 26300 plan / 26301 report).

Run inside tests/heldout263:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan's board (26300) states `30个` 托位 and `9.6公里` twice (table row and the back-of-board
notes): the links take the table row (`target='first'`). The report's 助餐 result is the year's `1.36万人次` of the
summary, not the table's `5640人次` (to the end of June). The 42 public-welfare posts link from the note's `42个`
(unit 个, as the target), not the table's `42人` (the people on them). No result: `1间` DR检查室 (yellow: not done),
the `800元` rate (restated as a rate, stock), the list's count `12块`, the per-row money cells other than A-11's,
and the plan's notes (`60个` by 2027, `5名`, the consultation counts, `86户`, `12名`).
"""
import runpy
from pathlib import Path

LINKS = [
    (('1个', '普惠托育点'), ('1个', '普惠托育点')),
    (('30个', '托位'), ('30个', '托位')),
    (('1处', '塑胶运动场'), ('1处', '塑胶运动场')),
    (('4800平方米', '面积'), ('4800平方米', '面积')),
    (('2600人', '老年人免费健康体检'), ('2718人', '老年人免费健康体检')),
    (('3个', '村级老年饭桌'), ('3个', '村级老年饭桌')),
    (('1.2万人次', '助餐'), ('1.36万人次', '助餐')),
    (('28户', '农村危房'), ('28户', '农村危房')),
    (('150座', '农户卫生厕所改造'), ('143座', '农户卫生厕所改造')),
    (('9.6公里', '通村道路'), ('9.8公里', '通村道路硬化')),
    (('40个', '乡村公益性岗位'), ('42个', '公益性岗位')),
    (('300人次', '电焊、农机修理培训'), ('326人次', '电焊、农机修理培训')),
    (('1200亩', '防风固沙林'), ('1260亩', '防风固沙林')),
    (('260户', '燃气报警器'), ('268户', '燃气报警器')),
    (('2个', '农家书屋'), ('2个', '农家书屋')),
    (('20场', '送戏下乡'), ('22场', '送戏下乡')),
    (('520户', '低保户、特困户'), ('527户', '冬季取暖补助')),
    (('41.6', '资金'), ('42.16万元', '冬季取暖补助')),
    (('1127.6', '资金'), ('1098.4万元', '镇级资金')),
    (('1间', 'DR检查室'), None),
    (('800元', '冬季取暖补助'), None),
    (('12块', '亮牌'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='26300', report='26301', target='first', result='first')

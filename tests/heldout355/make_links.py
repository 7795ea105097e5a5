#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 35500 plan / 35501 report).

Run inside tests/heldout355:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (地方镇's 支前功劳簿) answers most slips twice: a bare cell in its `实交` column and,
for a few, a sentence in its `逐笔记功` notes. The link takes the table cell where the table has the row (its `应筹`
cells restate the plan and are target records of 35501, not linked), else the notes (`78.6%` 签约率, `7600元` 低保标准,
`63.5万元` 临时救助资金, the total `3712万元` and `1120万元` 镇级财政). A target with no result is listed with None and
skipped: the list's counts (`10件`, the three `十张`, the carried-over `1件`), the 托育点 `1个` and the school's `1栋`
and the playground's `1处` (told without a figure), the `2300户` reached by the pipes, and the `2元` meal subsidy (the
report restates it as a rate in force, stock).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3处', '新建农村幸福院'), ('3', '新建农村幸福院')),
    (('2处', '改造提升幸福院'), ('2', '改造提升幸福院')),
    (('4个', '长者食堂'), ('5', '长者食堂')),
    (('6万人次', '助餐'), ('6.42', '长者食堂助餐')),
    (('40个', '托位'), ('40', '普惠托育点托位')),
    (('800人次', '入户科学育儿指导'), ('865', '入户科学育儿指导')),
    (('4200平方米', '建筑面积'), ('4200平方米', '建筑面积')),
    (('360个', '学位'), ('360', '中心小学学位')),
    (('6个', '村卫生室'), ('6', '村卫生室')),
    (('5200人', '老年人免费查体'), ('5487', '老年人免费查体')),
    (('75%', '重点人群家庭医生签约率'), ('78.6%', '重点人群家庭医生签约率')),
    (('28户', '农村危房'), ('28', '农村危房')),
    (('9.6公里', '老化供水管网'), ('8.1', '供水管网')),
    (('2座', '蓄水池'), ('2', '蓄水池')),
    (('7600元', '农村低保标准'), ('7600元', '农村低保标准')),
    (('45户', '困难残疾人家庭'), ('47', '残疾人家庭无障碍改造')),
    (('60万元', '临时救助资金'), ('63.5万元', '临时救助资金')),
    (('210个', '乡村公益性岗位'), ('214', '乡村公益性岗位')),
    (('600人次', '技能培训'), ('688', '技能培训')),
    (('15人', '返乡创业'), ('18', '返乡创业')),
    (('12.5公里', '农村公路'), ('12.5', '农村公路')),
    (('10个', '村村通公交候车亭'), ('10', '公交候车亭')),
    (('160个', '停车泊位'), ('128', '停车泊位')),
    (('4.2公里', '支流河道'), ('4.2', '支流河道治理')),
    (('2处', '口袋公园'), ('2', '口袋公园')),
    (('330户', '农村户厕问题整改'), ('336', '户厕问题整改')),
    (('1500户', '燃气报警器'), ('1526', '燃气报警器')),
    (('8个', '村级微型消防站'), ('8', '村级微型消防站')),
    (('3860万元', '计划总投资'), ('3712万元', '总投资')),
    (('1120万元', '镇级财政'), ('1120万元', '镇级财政')),
    (('10件', '民生实事'), None),
    (('1个', '普惠托育点'), None),
    (('1栋', '教学楼'), None),
    (('1处', '操场'), None),
    (('2300户', '群众'), None),
    (('2元', '助餐补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='35500', report='35501')

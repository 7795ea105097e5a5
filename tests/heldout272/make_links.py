#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 27200 plan / 27201 report).

Run inside tests/heldout272:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Results are taken from the medal table's `成绩` cells where the table has the row, else from the
referee's notes (`裁判手记`: `4个` 助餐点, `2个` 幸福院, `6个` 村卫生室, `10个` 站亭, `3个` 口袋公园, `2个` 消防站, the
culture box's `64场`, `252场`, `2个`, `1600册`, `412人`, the hotline's `99.2%`) and the paper's comment (`2794万元`).
A target with no result is listed with None and skipped: the list's counts and money (`12个` 科目, `1960万元`,
`910万元`), the carried-over `1件`, the nursery class `1个`, the canteen `1座` and the parents' restated `860平方米`,
`500个` seats, `两批`, the `2100户` reached by the water pipes, the 低保 and care-subsidy standards (`6360元`, `90元`: the
report restates them as rates in force, stock), the `45个` posts (no figure in the report) and the `2座` sewage stations
(the report counts only the new `1座`; the other is last year's carried-over station).
"""
import runpy
from pathlib import Path

LINKS = [
    (('3个', '村级互助幸福院'), ('3', '互助幸福院')),
    (('2个', '改造提升互助幸福院'), ('2个', '改造提升幸福院')),
    (('4个', '老年助餐点'), ('4个', '老年助餐点')),
    (('3.6万人次', '助餐'), ('4.12', '老年助餐')),
    (('80户', '特殊困难老年人家庭'), ('86', '适老化改造')),
    (('30个', '托位'), ('30', '普惠托位')),
    (('860平方米', '建筑面积'), ('860', '学生食堂建筑面积')),
    (('12名', '特岗教师'), ('10', '特岗教师')),
    (('6个', '村卫生室'), ('6个', '村卫生室')),
    (('4200人', '老年人免费体检'), ('4536', '老年人免费体检')),
    (('1500人', '两癌筛查'), ('1618', '两癌筛查')),
    (('35户', '农村危房改造'), ('35', '危房改造')),
    (('9.5公里', '老化供水管网'), ('10.2', '供水管网')),
    (('800人次', '人人持证技能培训'), ('1046', '技能培训')),
    (('600人', '新增转移就业'), ('652', '转移就业')),
    (('18.6公里', '通村、通组道路'), ('13.9', '道路硬化')),
    (('10个', '镇村公交站亭'), ('10个', '公交站亭')),
    (('1200亩', '沿黄滩区植树造林'), ('1350', '植树造林')),
    (('3个', '口袋公园'), ('3个', '口袋公园')),
    (('1500户', '独居老人和低保户'), ('1500', '燃气泄漏报警器')),
    (('2个', '微型消防站'), ('2个', '微型消防站')),
    (('60场', '送戏下乡'), ('64场', '送戏下乡')),
    (('240场', '公益电影'), ('252场', '公益电影')),
    (('2个', '农家书屋'), ('2个', '农家书屋')),
    (('1500册', '配书'), ('1600册', '配书')),
    (('300人', '农民运动会参赛选手'), ('412人', '农民运动会参赛选手')),
    (('98%', '12345诉求按时办结率'), ('99.2%', '12345诉求按时办结率')),
    (('2870万元', '总投资'), ('2794万元', '完成投资')),
    (('12个', '训练科目'), None),
    (('1960万元', '县级以上资金'), None),
    (('910万元', '镇级自筹'), None),
    (('1件', '转入实事'), None),
    (('1个', '普惠托班'), None),
    (('1座', '学生食堂'), None),
    (('2100户', '受益群众'), None),
    (('6360元', '农村低保标准'), None),
    (('90元', '重度残疾人护理补贴'), None),
    (('45个', '乡村公益性岗位'), None),
    (('2座', '村级污水处理站'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='27200', report='27201', target='first', result='first')

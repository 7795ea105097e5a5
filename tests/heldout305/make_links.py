#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 30500 plan / 30501 report).

Run inside tests/heldout305:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The report states most results twice, in its roll-call answers and again in its TAB summary table (`30`, `2416`,
`1.62`, `41`, `11.8`, `836`): the links take the answer, the first mention (`result='first'`); the investment `1792万元`
is linked from the conclusion's prose (indicator `完成投资`), not the table's `合计投资` cell. The plan's targets are
linked from the plan's prose; the report's table restates the targets as target records of 30501, not linked. The
nursery workers `缺3名` (plan) are answered by `招聘保育员3名`. A target with no result is listed with None and skipped:
the `1处` nursery (told as opened, no count), the canteen's `420名` (capacity; the report answers with a per-meal
count, stock), the list's `8件`, the `2处` signs (answered as `两块`, another unit), the forest plots and the `4元`
subsidy (restated as a standard, stock).
"""
import runpy
from pathlib import Path

LINKS = [
    (('1860万元', '计划总投资'), ('1792万元', '完成投资')),
    (('1320万元', '上级资金'), ('1286万元', '上级资金')),
    (('540万元', '镇财政配套资金'), ('506万元', '镇级配套')),
    (('1处', '普惠托育点'), None),
    (('30个', '托位'), ('30个', '托位')),
    (('3名', '保育员'), ('3名', '保育员')),
    (('860平方米', '建筑面积'), ('860平方米', '建筑面积')),
    (('420名', '就餐学生'), None),
    (('2300人', '65岁以上老年人免费体检'), ('2416人', '65岁以上老年人体检')),
    (('600人', '两癌筛查'), ('612人', '两癌筛查')),
    (('2个', '老年助餐点'), ('2个', '老年助餐点')),
    (('1.5万人次', '助餐'), ('1.62万人次', '助餐')),
    (('6.2公里', '饮水管网改造'), ('6.2公里', '饮水管网改造')),
    (('318户', '受益农户'), ('318户', '受益农户')),
    (('45户', '农村危房改造'), ('41户', '农村危房改造')),
    (('12.5公里', '通村路'), ('11.8公里', '通村路')),
    (('160盏', '太阳能路灯'), ('160盏', '太阳能路灯')),
    (('24场', '群众文化活动'), ('27场', '群众文化活动')),
    (('3个', '村级文化广场'), ('3个', '村级文化广场')),
    (('800人次', '技能培训'), ('836人次', '技能培训')),
    (('1200人', '转移就业'), ('1265人', '转移就业')),
    (('8件', '民生实事'), None),
    (('2处', '民生实事公示牌'), None),
    (('2处', '林地'), None),
    (('4元', '80岁以上老人餐费补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='30500', report='30501', target='first', result='first')

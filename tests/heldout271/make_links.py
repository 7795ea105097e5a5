#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 27100 plan / 27101 report).

Run inside tests/heldout271:  python3 make_links.py
Stdlib only; imports nothing from the package. Runs the shared `tools/make_links.py`; this file keeps the link list and
the two doc prefixes. Each side names a gold record by its span text and indicator. The plan's table cells are the
targets where the plan has a table row (`240` 盏 路灯, `310` 套 炕板 -> the scorecard's 暖炕改造 in 户, the plan's notes
count the same 310 households); the report's results are the scorecard's `实际值` cells, or its notes where the
scorecard has no row (`1750平方米`, `2个` 小班). The scorecard's own `目标值` cells are target records of the report and
are not linked. Listed with None (no result figure): the list's counts and the parts of its money (`8件`, `15个`, `1个`,
`338万元`), the prices and sums of the table's rows, the 消防 sum, the rows' parts (`6个`, `190户`, `120户`, `3个`), the
teachers (`2名`), the carried-over toilets (`4座`: the report counts them done, but as the carried task, not a result of a
2026 target), the per-household and per-set quantities, `4.5公里`, the keepers' pay, `120平方米` (stock) and `95%`
(answered by `97.3%`, linked).
"""
import runpy
from pathlib import Path

LINKS = [
    (('1268万元', '计划总投资'), ('1231', '完成投资')),
    (('930万元', '上级资金'), ('930', '上级资金到位')),
    (('240', '太阳能路灯'), ('246', '村道太阳能路灯')),
    (('310户', '暖炕改造', 0), ('304', '暖炕改造')),
    (('680户', '受益牧户'), ('702', '饮水安全受益牧户')),
    (('180', '户用净水器'), ('180', '户用净水器')),
    (('60个', '学位'), ('60', '幼儿园学位')),
    (('2个', '小班'), ('2个', '小班')),
    (('16', '电子血压计'), ('16', '村卫生室血压计')),
    (('12', '移动式公厕'), ('12', '农区改厕')),
    (('146户', '定居点牧户'), ('146', '定居点消防器材')),
    (('8', '健身路径器材'), ('8', '健身路径')),
    (('1600平方米', '场地硬化'), ('1750平方米', '场地硬化')),
    (('400人次', '农牧民技能培训'), ('438', '农牧民技能培训')),
    (('1200人', '劳务输出'), ('1315', '劳务输出')),
    (('2300人', '老年人免费体检'), ('2416', '老年人免费体检')),
    (('95%', '资金支付率'), ('97.3', '资金支付率')),
    (('8件', '为民办实事'), None),
    (('338万元', '乡级统筹'), None),
    (('2名', '教师'), None),
    (('4座', '改厕'), None),
    (('4.5公里', '村道照明空白'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='27100', report='27101', target='first', result='first')

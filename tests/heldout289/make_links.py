#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 28900 plan / 28901 report).

Run inside tests/heldout289:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan's table rows (the `计划数` and `投资` cells of the 志愿表) are linked to the report's
`已还（完成数）` and `投资` cells of the same row; the prose lines of the plan that restate a table row (`今年再建6个`,
`新增学位360个`, `06号志愿的12.6公里`) are the same statement and are not linked again. Two prose targets that have no
table cell are linked to the report's notes (`普惠托位不少于60个` -> `普惠托位62个`, `招聘教师18名` -> `招聘教师18名`).
A target with no result is listed with None and skipped: the list's count and money the report does not answer with a
figure (`10件`, `1860万元`, `620万元`, `259万元`), `全镇达到15个` (the report's `15个` is a stock total), the `300元`
subsidy per household, the `80%` threshold and the `23个` villages.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('6', '幸福食堂'), ('6', '幸福食堂')),
    (('180', '投资'), ('176', '投资')),
    (('4.5', '老年助餐服务'), ('5.12', '老年助餐服务')),
    (('80', '普惠托育点托位'), ('80', '普惠托育点托位')),
    (('96', '投资'), ('98', '投资')),
    (('360', '镇中心小学学位'), ('360', '镇中心小学学位')),
    (('520', '投资'), ('515', '投资')),
    (('8', '村卫生室标准化改造'), ('8', '村卫生室标准化改造')),
    (('64', '投资'), ('61', '投资')),
    (('12.6', '农村道路硬化'), ('11.4', '农村道路硬化')),
    (('378', '投资'), ('352', '投资')),
    (('2', '城乡公交线路'), ('2', '城乡公交线路')),
    (('1500', '燃气报警器入户安装'), ('1632', '燃气报警器入户安装')),
    (('45', '投资'), ('49', '投资')),
    (('120', '乡村公益性岗位'), ('120', '乡村公益性岗位')),
    (('288', '投资'), ('281', '投资')),
    (('10', '农家书屋'), ('10', '农家书屋')),
    (('30', '投资'), ('29', '投资')),
    (('1601', '投资'), ('1561', '投资')),
    (('60个', '普惠托位'), ('62个', '普惠托位')),
    (('18名', '教师'), ('18名', '教师')),
    (('10件', '为民办实事项目'), None),
    (('1860万元', '总投资'), None),
    (('620万元', '镇级财政'), None),
    (('259万元', '上级配套资金'), None),
    (('15个', '幸福食堂'), None),
    (('300元', '补助'), None),
    (('80%', '满意率'), None),
    (('23个', '自然村'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='28900', report='28901', target='first', result='first')

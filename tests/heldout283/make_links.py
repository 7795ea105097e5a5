#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 28300 plan / 28301 report).

Run inside tests/heldout283:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator; the shared `tools/make_links.py` does the rest. 28301's `｜` table restates every target of the
九九消寒图 (`常年值`, target records of the report) beside its result (`实况`): the links go from the plan's records to the
`实况` cells, which come first in the report and name what they count by their row. Targets with no result are listed
with None and skipped: the count of the list (`9件`), the `1处` 风雨操场 (the report gives its area, not a count), and
the nine rows' own investments and subsidies (the report gives only the year's total investment and subsidy).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3个', '农村邻里互助养老点'), ('3', '邻里互助养老点')),
    (('120台', '紧急呼叫设备'), ('136', '紧急呼叫设备')),
    (('900平方米', '风雨操场面积'), ('912平方米', '风雨操场建筑面积')),
    (('6个', '课后托管班'), ('6', '课后托管班')),
    (('4个', '村卫生室'), ('4', '村卫生室改造提升')),
    (('1300人', '老年人免费体检'), ('1412', '老年人免费体检')),
    (('85户', '农宅抗震节能改造'), ('71', '农宅抗震节能改造')),
    (('5座', '村级公厕'), ('5', '村级公厕')),
    (('3.6公里', '老化供水管网'), ('3.8', '供水管网更换')),
    (('1100余户', '自来水用户'), ('1136户', '自来水用户')),
    (('12公里', '通村路和山区产业路'), ('12.4', '通村路和产业路硬化')),
    (('6个', '公交候车亭'), ('6', '公交候车亭')),
    (('800人次', '技能培训'), ('936', '技能培训')),
    (('40个', '乡村公益性岗位'), ('42', '乡村公益性岗位')),
    (('2.5公里', '熊儿寨沟河道'), ('2.5', '河道治理')),
    (('1.2万株', '山桃、山杏'), ('1.35', '补植山桃山杏')),
    (('1260户', '燃气和煤改电用户免费入户安检'), ('1260', '入户安检')),
    (('600具', '灭火器'), ('600', '灭火器')),
    (('2860', '计划投资'), ('2791万元', '完成投资')),
    (('1950', '市区补助'), ('1950万元', '市区补助')),
    (('400米', '街巷排水沟整治'), ('400米', '街巷排水沟')),
    (('9件', '重要民生实事'), None),
    (('1处', '风雨操场'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='28300', report='28301')

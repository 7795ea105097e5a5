#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 30100 plan / 30101 report).

Run inside tests/heldout301:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (沁源县2027年民生实事项目风险登记册) states the 320户 of the subsidence-area move twice (its
table row R05 and its note on that risk): the link goes from the first, the table (`target='first'`). The report (the
county paper's year-end 纪行) answers every row of the register with a figure; the 80 school places carried over from 2026,
a target of the register's lessons section, are answered by the report's `包括上年结转的80个`. A target with no result is
listed with None and skipped: the list's `24项` and its money (`1.42亿元` county funds, each row's `计划投资` cell, the
`22430` total, the `1170万元` reserve), the register's state at its date (`9个` villages, `118户` signed, `36.9%`, `2栋`),
the `4栋` to be handed over and the `120名` workers (told without a figure in the report), and the per-meal `3元` subsidy
(restated in the report as a rate in force, stock).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('10件', '民生实事'), ('9件', '实事')),
    (('2.36亿元', '计划总投资'), ('2.31亿元', '完成投资')),
    (('240个', '普惠托位'), ('256个', '普惠托位')),
    (('3个', '社区托育点'), ('3个', '社区托育点')),
    (('540个', '学位'), ('540个', '学位')),
    (('80个', '学位'), ('80个', '上年结转学位')),
    (('36名', '教师'), ('34名', '教师')),
    (('28个', '村卫生室'), ('28个', '村卫生室')),
    (('1.8万名', '老年人免费体检'), ('1.86万名', '老年人免费体检')),
    (('15个', '农村老年助餐点'), ('15个', '农村老年助餐点')),
    (('4万人次', '助餐'), ('4.3万人次', '助餐')),
    (('320户', '采煤沉陷区搬迁安置'), ('296户', '采煤沉陷区搬迁安置')),
    (('6个', '老旧小区'), ('6个', '老旧小区')),
    (('780元', '城乡低保标准'), ('780元', '城乡低保标准')),
    (('2600人', '城镇新增就业'), ('2815人', '城镇新增就业')),
    (('3000人次', '技能培训'), ('3260人次', '技能培训')),
    (('45公里', '农村公路'), ('47.5公里', '农村公路')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('12公里', '沁河支流河道'), ('12公里', '沁河支流河道')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('1.2万户', '居民'), ('1.26万户', '燃气报警器安装')),
    (('24项', '民生实事'), None),
    (('1.42亿元', '县级财政'), None),
    (('1170万元', '县级统筹配套资金'), None),
    (('4栋', '安置楼交付'), None),
    (('120名', '工人'), None),
    (('3元', '助餐点运营补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='30100', report='30101', target='first', result='first')

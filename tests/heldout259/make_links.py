#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 25900 plan / 25901 report).

Run inside tests/heldout259:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
25900 is 安富街道's 2026 phone directory, whose entries carry the year's targets (`今年要办：…`); 25901 is the export of
the street's smart-speaker skill answering residents about them in January 2027. The 加装电梯 target `12部` is answered
by `完工投用10部` (the 2 left are a 2027 target); the 停车泊位 `300个` by `286个` (the shortfall `14个` and the 14 carried
to 2027 are other records). A target with no result is listed with None and skipped: last year's `8件` (a 2025 figure),
the list's `10件` (the report restates it as a target and counts the parts done, `9件`, `1件`), the `3900万元` district
subsidy, the meal subsidies `3元` and `5元` and the 托位 fee cap `1500元` (the report gives the rates in force, stock),
the `两个` car-park areas and the `1个` pocket park (opened, no figure).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('6800万元', '计划总投资'), ('6520万元', '完成投资')),
    (('2个', '社区食堂'), ('2个', '社区食堂')),
    (('6万人次', '老年助餐服务'), ('6.4万人次', '老年助餐')),
    (('200户', '特殊困难老年人家庭'), ('203户', '特殊困难老年人家庭')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('4500人', '老年人免费健康体检'), ('4710人', '老年人免费体检')),
    (('5个', '老旧小区'), ('5个', '老旧小区')),
    (('1860户', '居民'), ('1902户', '居民')),
    (('12部', '加装电梯'), ('10部', '加装电梯完工投用')),
    (('2.3公里', '山城梯坎步道'), ('2.45公里', '山城梯坎步道')),
    (('300个', '公共停车泊位'), ('286个', '公共停车泊位')),
    (('1.8万平方米', '坡坎崖整治'), ('1.86万平方米', '坡坎崖整治')),
    (('30个', '便民网点'), ('33个', '便民网点')),
    (('800人', '城镇新增就业'), ('862人', '城镇新增就业')),
    (('600人次', '陶瓷拉坯、彩绘等技能培训'), ('648人次', '陶瓷拉坯、彩绘等技能培训')),
    (('1500户', '燃气泄漏报警器'), ('1500户', '燃气泄漏报警器')),
    (('8件', '民生实事'), None),
    (('10件', '重点民生实事'), None),
    (('3900万元', '区级补助'), None),
    (('3元', '老人助餐补贴'), None),
    (('5元', '老人助餐补贴'), None),
    (('1500元', '普惠托位收费'), None),
    (('两个', '停车泊位新增片区'), None),
    (('1个', '小游园'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='25900', report='25901')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 3504 plan / 3505 report).

Run inside tests/heldout35:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator (unique within the document's records of that stance).
Runs the shared `tools/make_links.py`; this file keeps only the link list and the two doc prefixes.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1200', '普惠性托位'), ('1286个', '普惠性托位')),
    (('40', '老年助餐点'), ('42个', '老年助餐点')),
    (('1000', '特殊困难老年人家庭'), ('1016户', '特殊困难老年人家庭')),
    (('6', '中小学和幼儿园'), ('6所', '中小学和幼儿园')),
    (('5400', '学位'), ('5760个', '学位')),
    (('3.2', '适龄妇女'), ('3.31万名', '适龄妇女')),
    (('50', '村卫生室'), ('52个', '村卫生室')),
    (('36', '老旧小区'), ('36个', '老旧小区')),
    (('80', '加装电梯'), ('83部', '加装电梯完工投用')),
    (('2.6', '城镇新增就业'), ('2.74万人', '城镇新增就业')),
    (('1.5', '补贴性职业技能培训'), ('1.62万人次', '补贴性职业技能培训')),
    (('600', '困难重度残疾人家庭'), ('612户', '困难重度残疾人家庭')),
    (('850元', '城乡低保标准'), ('850元', '城乡低保标准')),
    (('3000', '公共停车泊位'), ('3280个', '公共停车泊位')),
    (('8', '公交线路'), ('8条', '公交线路')),
    (('20', '口袋公园'), ('21个', '口袋公园')),
    (('60', '老旧燃气管道'), ('63.5公里', '老旧燃气管道')),
    (('2000', '独居老人家庭'), ('2000户', '独居老人家庭')),
    (('500', '惠民演出'), ('538场', '惠民演出')),
    (('6', '城市书房'), ('6个', '城市书房')),
    (('21.3亿元', '计划总投资'), ('22.8亿元', '完成投资')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='3504', report='3505')

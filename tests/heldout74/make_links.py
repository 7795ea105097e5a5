#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 7400 plan / 7401 report).

Run inside tests/heldout74:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result would be listed with None and skipped (none here: every
row of the plan's table is answered by the report's table or text).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.36亿元', '计划总投资'), ('2.28亿元', '完成投资')),
    (('1.5亿元', '上级资金'), ('1.38亿元', '上级资金到位')),
    (('0.86亿元', '县本级财政'), ('0.9亿元', '县本级财政到位')),
    (('120', '普惠托位'), ('126', '普惠托位')),
    (('5200', '儿童眼保健和视力检查'), ('5436', '儿童眼保健和视力检查')),
    (('270', '学位'), ('270', '第二幼儿园学位')),
    (('16', '农村学校旱厕'), ('16', '农村学校旱厕改造')),
    (('14', '村卫生室'), ('14', '村卫生室')),
    (('3000', '适龄妇女两癌筛查'), ('3105', '两癌筛查')),
    (('8', '老年助餐点'), ('9', '老年助餐点')),
    (('260', '特殊困难老年人家庭适老化改造'), ('268', '适老化改造')),
    (('6', '老旧小区'), ('5', '老旧小区')),
    (('1150', '老旧小区改造惠及居民'), ('968户', '居民')),
    (('85', '农村危房改造'), ('85', '农村危房改造')),
    (('120', '残疾人家庭无障碍改造'), ('124', '残疾人家庭无障碍改造')),
    (('1800', '城镇新增就业'), ('1962', '城镇新增就业')),
    (('2500', '职业技能培训'), ('2731', '职业技能培训')),
    (('48', '农村公路'), ('44', '农村公路')),
    (('350', '城区公共停车泊位'), ('362', '公共停车泊位')),
    (('3000', '黄河沿岸绿化造林'), ('3150', '绿化造林')),
    (('4', '口袋公园'), ('4', '口袋公园')),
    (('1800', '燃气泄漏报警器'), ('1846', '燃气泄漏报警器')),
    (('150', '送戏下乡'), ('163', '送戏下乡')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='7400', report='7401', target='first')

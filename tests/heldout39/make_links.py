#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 3900 plan / 3901 report).

Run inside tests/heldout39:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes.
The report's table states 74.6 km twice (table cell and note): the link takes the table cell,
found by its indicator; the option `target='first'` is kept as it was.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('200个', '普惠性托位'), ('212', '普惠性托位')),
    (('15个', '农村互助养老幸福大院'), ('15', '农村互助养老幸福大院')),
    (('400户', '特殊困难老年人家庭'), ('408', '特殊困难老年人家庭适老化改造')),
    (('2所', '公办幼儿园'), ('2', '公办幼儿园')),
    (('540个', '学位'), ('540', '幼儿园学位')),
    (('2.6万名', '老年人免费健康体检'), ('2.71', '老年人免费健康体检')),
    (('8000人', '“两癌”筛查'), ('8260', '“两癌”筛查')),
    (('20个', '村卫生室'), ('20', '村卫生室改造提升')),
    (('9个', '老旧小区'), ('9', '老旧小区改造')),
    (('2300户', '居民'), ('2368', '老旧小区改造惠及居民')),
    (('60户', '农村危房改造'), ('63', '农村危房改造')),
    (('12公里', '老旧供热管网'), ('12.6', '供热管网改造')),
    (('735元', '城市低保标准'), ('735元', '城市低保标准')),
    (('5400元', '农村低保标准'), ('5400元', '农村低保标准')),
    (('150名', '残疾儿童'), ('161', '残疾儿童康复救助')),
    (('2200人', '城镇新增就业'), ('2415', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3188', '职业技能培训')),
    (('300个', '公益性岗位'), ('300', '公益性岗位')),
    (('80公里', '农村公路'), ('74.6', '农村公路新建改造')),
    (('600个', '城区公共停车泊位'), ('652', '城区公共停车泊位')),
    (('4个', '口袋公园'), ('4', '口袋公园')),
    (('120亩', '村屯绿化'), ('126亩', '村屯绿化')),
    (('2500户', '居民'), ('2560', '燃气泄漏报警器安装')),
    (('120场', '送戏下乡'), ('126', '送戏下乡')),
    (('2.8亿元', '计划总投资'), ('3.05亿元', '完成投资')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='3900', report='3901', target='first')

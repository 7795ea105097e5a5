#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 3603 plan / 3604 report).

Run inside tests/heldout36:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes, and a target takes the FIRST mention (`target='first'`) where the plan (an LED screen's loop,
captured one and a half times) states the same target twice; a result must still be unique.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('120个', '普惠性托位'), ('126', '普惠性托位')),
    (('12个', '社区老年助餐点'), ('12', '社区老年助餐点')),
    (('300户', '特殊困难老年人家庭'), ('312', '特殊困难老年人家庭')),
    (('3所', '幼儿园'), ('3所', '幼儿园')),
    (('540个', '学位'), ('570', '学位')),
    (('15所', '农村寄宿制学校厕所'), ('15所', '农村寄宿制学校厕所')),
    (('2.5万名', '农村适龄妇女'), ('2.61万', '农村适龄妇女')),
    (('20个', '标准化村卫生室'), ('21个', '标准化村卫生室')),
    (('8个', '老旧小区'), ('8个', '老旧小区')),
    (('1260户', '居民'), ('1284户', '居民')),
    (('6座', '公共厕所'), ('6座', '公共厕所')),
    (('3200人', '城镇新增就业'), ('3416', '城镇新增就业')),
    (('8000人次', '补贴性职业技能培训'), ('8452', '补贴性职业技能培训')),
    (('900个', '乡村公益性岗位'), ('931个', '乡村公益性岗位')),
    (('180名', '残疾儿童'), ('186名', '残疾儿童')),
    (('5580元', '农村低保标准'), ('5580元', '农村低保标准')),
    (('60公里', '自然村通组路'), ('63.2', '自然村通组路')),
    (('500个', '公共停车泊位'), ('512个', '公共停车泊位')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('2000户', '农村卫生户厕改造'), ('2000户', '农村卫生户厕改造')),
    (('1500户', '独居老人家庭'), ('1500', '独居老人家庭')),
    (('5000人次', '应急救护培训'), ('5630人次', '应急救护培训')),
    (('100场', '送戏下乡'), ('112场', '送戏下乡')),
    (('2个', '城市书房'), ('2个', '城市书房')),
    (('3.6亿元', '总投资'), ('3.82亿元', '完成投资')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='3603', report='3604', target='first')

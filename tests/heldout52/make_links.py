#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 5200 plan / 5201 report).

Run inside tests/heldout52:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 5200's year-end total `140个` 托位 (5201
reports 140 only as a stock total, and a stock is never a result), the `326户` of the old estates and the `18公里` road section
(5201 reports neither).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1.25亿元', '计划总投资'), ('1.16亿元', '完成投资')),
    (('60', '普惠托位'), ('60', '普惠托位')),
    (('1200', '儿童健康筛查'), ('1315', '儿童健康筛查')),
    (('180', '公办幼儿园学位'), ('180', '公办幼儿园学位')),
    (('2400', '寄宿制学校宿舍'), ('2400', '寄宿制学校宿舍改造')),
    (('12', '标准化村卫生室'), ('12', '标准化村卫生室')),
    (('4000', '农牧民高原病免费筛查'), ('4260', '农牧民高原病筛查')),
    (('3', '乡镇养老服务站'), ('2', '乡镇养老服务站')),
    (('2.5', '老年助餐服务'), ('23100', '老年助餐服务')),
    (('4', '老旧小区'), ('4', '老旧小区')),
    (('150', '农牧民住房抗震加固'), ('152', '住房抗震加固')),
    (('6.5', '城镇供暖管网'), ('6.5', '供暖管网')),
    (('160', '残疾人基本康复服务'), ('171', '残疾人基本康复服务')),
    (('1800', '困难群众冬季取暖补贴'), ('1836', '冬季取暖补贴')),
    (('420', '城镇新增就业'), ('463', '城镇新增就业')),
    (('1500', '农牧民职业技能培训'), ('1622', '农牧民职业技能培训')),
    (('45', '农村公路'), ('38.5', '农村公路')),
    (('200', '城区公共停车泊位'), ('216', '公共停车泊位')),
    (('8', '城镇污水管网'), ('8', '城镇污水管网')),
    (('1.2', '植树'), ('12600', '植树')),
    (('1000', '燃气泄漏报警器'), ('1000', '燃气泄漏报警器')),
    (('90', '送文艺下乡演出'), ('97', '送文艺下乡演出')),
    (('6000', '农家书屋更新图书'), ('6000', '农家书屋更新图书')),
    (('140个', '普惠托位'), None),
    (('326户', '居民'), None),
    (('18公里', '农村公路'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='5200', report='5201', target='first')

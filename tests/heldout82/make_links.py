#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 8200 plan / 8201 report).

Run inside tests/heldout82:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 8200's money cells
(8201 reports only the total investment), its share of livelihood spending and its list count.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1.86亿元', '计划总投资'), ('1.79亿元', '实际完成投资')),
    (('1.24亿元', '自治区和援藏资金'), ('1.18亿元', '自治区和援藏资金到位')),
    (('120个', '普惠托位'), ('126', '普惠托位')),
    (('1800人次', '儿童发育筛查'), ('1935', '儿童发育筛查')),
    (('600个', '寄宿制学位'), ('600', '寄宿制学位')),
    (('48套', '教师周转房'), ('48', '教师周转房')),
    (('14个', '村卫生室'), ('14', '村卫生室')),
    (('9000人', '老年人健康体检'), ('9420', '老年人健康体检')),
    (('6个', '老年日间照料中心'), ('6', '老年日间照料中心')),
    (('3.6万人次', '助餐服务'), ('38700', '助餐服务')),
    (('850户', '农房抗震改造'), ('862', '农房抗震改造')),
    (('42公里', '农村供水管网'), ('42', '农村供水管网')),
    (('320名', '残疾人'), ('331', '残疾人基本康复服务')),
    (('1200人', '城镇新增就业'), ('1386', '城镇新增就业')),
    (('2500人次', '职业技能培训'), ('2740', '职业技能培训')),
    (('68公里', '农村公路'), ('63', '农村公路')),
    (('260个', '公共停车泊位'), ('270', '公共停车泊位')),
    (('3座', '乡镇污水处理站'), ('2', '乡镇污水处理站')),
    (('1500亩', '村庄绿化'), ('1560', '村庄绿化')),
    (('1600户', '居民'), ('1644', '燃气泄漏报警器')),
    (('十件', '民生实事'), None),
    (('6200万元', '县本级财政'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='8200', report='8201', target='first')

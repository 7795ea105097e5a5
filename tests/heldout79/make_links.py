#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 7900 plan / 7901 report).

Run inside tests/heldout79:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 7900's `1栋` dormitory (the receipt counts
beds, not buildings) and the year-end totals `500个` 托位 and `15个` meal points (7901 reports 506 and 15 as stock totals at year end,
and a stock is never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1.927亿元', '计划总投资'), ('18865', '实际完成投资')),
    (('6800万元', '县级财政'), ('7065万元', '县级财政实际投入')),
    (('1.247亿元', '上级资金'), ('1.18亿元', '上级资金')),
    (('120个', '普惠托位'), ('126', '普惠托位')),
    (('1800人次', '儿童发育筛查'), ('1935', '儿童发育筛查')),
    (('400张', '床位'), ('400', '学生宿舍床位')),
    (('600个', '学位'), ('600', '学位')),
    (('15个', '标准化村卫生室'), ('15', '标准化村卫生室')),
    (('2.2万名', '群众'), ('23410', '包虫病筛查')),
    (('6个', '老年助餐点'), ('6', '老年助餐点')),
    (('3万人次', '助餐服务'), ('32600', '助餐服务')),
    (('4个', '城镇老旧小区'), ('4', '老旧小区')),
    (('860户', '居民'), ('872', '居民')),
    (('210户', '农村危房改造'), ('204', '农村危房改造')),
    (('350名', '残疾人'), ('361', '残疾人基本康复')),
    (('180万元', '临时救助资金'), ('196.5', '临时救助资金')),
    (('1200人', '城镇新增就业'), ('1316', '城镇新增就业')),
    (('2000人次', '职业技能培训'), ('2240', '职业技能培训')),
    (('45公里', '农村公路'), ('41', '农村公路')),
    (('2条', '城乡公交线路'), ('2', '城乡公交线路')),
    (('12公里', '县城污水管网'), ('12', '县城污水管网')),
    (('3000亩', '植树造林'), ('3150', '植树造林')),
    (('1500户', '牧民'), ('1540', '一氧化碳报警器')),
    (('8个', '乡镇微型消防站'), ('8', '乡镇微型消防站')),
    (('100场', '送文化下乡演出'), ('112', '送文化下乡演出')),
    (('10个', '村级文化广场'), ('10', '村级文化广场')),
    (('1栋', '学生宿舍'), None),
    (('500个', '普惠托位'), None),
    (('15个', '老年助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='7900', report='7901', target='first')

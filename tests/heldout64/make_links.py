#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 6400 plan / 6401 report).

Run inside tests/heldout64:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 6400's `1处` culture centre and `5000册`
books (the layer has no row and the remarks no figure for them), and the year-end totals quoted from 2026.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.6亿元', '计划总投资'), ('2.48亿元', '完成投资')),
    (('1.7亿元', '上级资金'), ('1.63亿元', '上级资金到位')),
    (('300个', '普惠托位'), ('316', '普惠托位')),
    (('2000人次', '儿童早期发展筛查'), ('2214', '儿童早期发展筛查')),
    (('720个', '中小学学位'), ('720', '中小学学位')),
    (('15所', '农村学校旱厕'), ('15', '农村学校旱厕改造')),
    (('12个', '标准化村卫生室'), ('12', '标准化村卫生室')),
    (('1.2万名', '65岁以上老年人'), ('1.31', '老年人健康体检')),
    (('8个', '老年助餐点'), ('9', '老年助餐点')),
    (('4万人次', '助餐'), ('4.6', '助餐服务')),
    (('200户', '困难老年人家庭'), ('206', '适老化改造')),
    (('6个', '老旧小区'), ('6', '老旧小区改造')),
    (('1100户', '居民'), ('1127户', '居民')),
    (('500户', '农村户厕改造'), ('468', '农村户厕改造')),
    (('4部', '加装电梯'), ('3', '加装电梯')),
    (('350名', '残疾人'), ('362', '残疾人基本康复服务')),
    (('1800人', '城镇新增就业'), ('1926', '城镇新增就业')),
    (('2500人次', '职业技能培训'), ('2733人次', '职业技能培训')),
    (('40公里', '农村公路'), ('40', '农村公路')),
    (('300个', '公共停车泊位'), ('312', '公共停车泊位')),
    (('4个', '口袋公园'), ('4', '口袋公园')),
    (('1500户', '燃气泄漏报警器'), ('1560', '燃气泄漏报警器')),
    (('100场', '送戏下乡'), ('108场', '送戏下乡')),
    (('1处', '综合文化服务中心'), None),
    (('5000册', '农家书屋图书'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='6400', report='6401', target='first')

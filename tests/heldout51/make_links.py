#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 5100 plan / 5101 report).

Run inside tests/heldout51:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 5100's year-end totals `530个` 普惠托位 and
`22个` 老年助餐点 (5101 reports 536 and 22 as stock totals at year end, and a stock is never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.46亿元', '计划总投资'), ('2.39亿元', '完成投资')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('3个', '乡镇托育点'), ('3个', '乡镇托育点')),
    (('6000人次', '儿童眼保健和视力检查'), ('6312人次', '儿童眼保健和视力检查')),
    (('360个', '幼儿园学位'), ('360个', '幼儿园学位')),
    (('540个', '小学学位'), ('540个', '小学学位')),
    (('12个', '村卫生室'), ('12个', '村卫生室')),
    (('2台', 'DR设备'), ('2台', 'DR设备')),
    (('8个', '老年助餐点'), ('8个', '老年助餐点')),
    (('4万人次', '助餐服务'), ('4.6万人次', '助餐服务')),
    (('200户', '特殊困难老年人家庭'), ('206户', '特殊困难老年人家庭')),
    (('450户', '农村住房'), ('452户', '农村住房')),
    (('5个', '老旧小区'), ('4个', '老旧小区')),
    (('860户', '居民'), ('702户', '居民')),
    (('320名', '残疾人'), ('335名', '残疾人')),
    (('1800人', '城镇新增就业'), ('1934人', '城镇新增就业')),
    (('2500人次', '职业技能培训'), ('2711人次', '职业技能培训')),
    (('68公里', '农村公路'), ('71公里', '农村公路')),
    (('500座', '农村户用卫生厕所'), ('512座', '农村户用卫生厕所')),
    (('3000户', '居民'), ('3046户', '居民')),
    (('100场', '送戏下乡'), ('108场', '送戏下乡')),
    (('10个', '农家书屋'), ('10个', '农家书屋')),
    (('530个', '普惠托位'), None),
    (('22个', '老年助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='5100', report='5101', target='first')

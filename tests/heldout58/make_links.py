#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 5800 plan / 5801 report).

Run inside tests/heldout58:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 5800's year-end totals `43个` 助餐点 and
`1660个` 托位 (5801 reports 44 and 1676 as stock totals at year end, and a stock is never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9.6亿元', '计划总投资'), ('9.21亿元', '实际完成投资')),
    (('3.8亿元', '上级补助资金'), ('3.42亿元', '上级补助资金到位')),
    (('200', '普惠托位'), ('216', '普惠托位')),
    (('4', '社区嵌入式托育点'), ('4', '社区嵌入式托育点')),
    (('1620', '第八小学学位'), ('1620', '第八小学学位')),
    (('1.8', '校舍面积'), ('1.83', '校舍面积')),
    (('6', '薄弱学校运动场'), ('6', '薄弱学校运动场')),
    (('5', '苏木镇卫生院'), ('5', '苏木镇卫生院')),
    (('24', '标准化村卫生室'), ('22', '标准化村卫生室')),
    (('12', '社区老年助餐点'), ('13', '社区老年助餐点')),
    (('500', '居家适老化改造'), ('527', '居家适老化改造')),
    (('180', '护理型养老床位'), ('180', '护理型养老床位')),
    (('15', '老旧小区'), ('15', '老旧小区')),
    (('3260', '居民'), ('3318', '居民')),
    (('20', '加装电梯'), ('17', '加装电梯')),
    (('12', '城镇供热管网'), ('12.6', '城镇供热管网')),
    (('85', '农村牧区公路'), ('88', '农村牧区公路')),
    (('600', '公共停车泊位'), ('652', '公共停车泊位')),
    (('6', '口袋公园'), ('6', '口袋公园')),
    (('18', '城镇污水管网'), ('18', '城镇污水管网')),
    (('26', '燃气管道老化更新'), ('27.4', '燃气管道老化更新')),
    (('10', '微型消防站'), ('10', '微型消防站')),
    (('20', '嘎查村文化活动室'), ('20', '嘎查村文化活动室')),
    (('800人', '当地劳动力'), ('846人', '当地农牧民务工')),
    (('1200万元', '劳务报酬'), ('1315万元', '劳务报酬')),
    (('1660个', '普惠托位'), None),
    (('43个', '老年助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='5800', report='5801', target='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 32700 plan / 32701 report).

Run inside tests/heldout327:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The report restates two targets in its first card (`6个`, `1.8万人次`, target records of 32701): the links go from
the plan's records. The report's completed investment stands in its grouped view (`1796`) and in its bottom line
(`完成投资合计：1796万元`); the link takes the bottom line, whose words name what is counted. The estates: of the
plan's `2个` 还建小区 one was finished (`完工1个`, 284 households); the other, at 80 %, is carried into 2027 (a
target record of the report), so the plan's `2个` and `460户` link to the finished one and its households. No result:
the list's count `12件` (the report counts its projects by status, not as one figure answering it), the money of each
project (the report gives completed investment only by status group), the funds' sources (`1120万元`, `740万元`), and
the consultation and vote counts of the folder slip.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('6个', '村湾幸福食堂'), ('7个', '村湾幸福食堂')),
    (('1.8万人次', '助餐服务'), ('1.92万人次', '助餐')),
    (('120户', '特殊困难老年人家庭'), ('126户', '特殊困难老年人家庭适老化改造')),
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '普惠托位'), ('40个', '普惠托位')),
    (('1个', '风雨操场'), ('1个', '风雨操场')),
    (('1200平方米', '建筑面积'), ('1260平方米', '建筑面积')),
    (('15台', '康复设备'), ('15台', '康复设备')),
    (('4500人', '老年人免费体检'), ('4712人', '老年人免费体检')),
    (('2个', '集镇还建小区'), ('1个', '还建小区改造完工')),
    (('460户', '居民'), ('284户', '居民')),
    (('35户', '农村危房'), ('35户', '农村危房')),
    (('80件', '辅助器具'), ('86件', '辅助器具')),
    (('60个', '公益性岗位'), ('62个', '公益性岗位')),
    (('800人次', '技能培训'), ('835人次', '技能培训')),
    (('12公里', '村湾通组公路'), ('11.4公里', '通组公路')),
    (('150个', '集镇公共停车泊位'), ('156个', '公共停车泊位')),
    (('300盏', '太阳能路灯'), ('300盏', '太阳能路灯')),
    (('18公里', '垸内沟渠'), ('18.6公里', '沟渠')),
    (('2个', '口袋公园'), ('2个', '口袋公园')),
    (('400座', '农村户厕'), ('412座', '农村户厕')),
    (('500个', '燃气报警器'), ('500个', '燃气报警器')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('2艘', '防汛冲锋舟'), ('2艘', '冲锋舟')),
    (('60场', '送戏下乡'), ('64场', '送戏下乡')),
    (('2个', '农家书屋'), ('2个', '农家书屋')),
    (('1860', '计划投资'), ('1796万元', '完成投资')),
    (('12件', '民生实事'), None),
    (('1120万元', '上级补助资金'), None),
    (('740万元', '镇级财政'), None),
    (('180', '计划投资'), None),
    (('290', '计划投资'), None),
    (('420', '计划投资'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='32700', report='32701')

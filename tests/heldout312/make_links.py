#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 31200 plan (BOM) / 31201 report (入库单)).

Run inside tests/heldout312:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes. The
report's `应收数量` column restates every target (target records of 31201): the links go from the plan's records to
the `实收数量` cells (achieved). The plan's money cells, its group rows, its count of projects (`7项`) and the building's
area (`620平方米`) have no result figure of their own in the report (the report gives only the total invested,
`7012万元`, against `7360` 万元: that pair is linked as the total). The 1.52万人 of the health checks is linked to its
table cell, not to the note that repeats it.
"""
import runpy
from pathlib import Path

LINKS = [
    (('90', '渔港社区托育点普惠托位'), ('96', '普惠托位')),
    (('5', '村（社区）老年助餐点'), ('5', '老年助餐点')),
    (('4.2', '助餐服务'), ('4.61', '助餐服务')),
    (('150', '特殊困难老年人家庭适老化改造'), ('153', '适老化改造')),
    (('1.6', '老年人健康体检'), ('1.52', '老年人健康体检')),
    (('540', '吕四港镇中心小学学位'), ('540', '学位')),
    (('18', '区域供水老旧管网'), ('18.6', '供水管网改造')),
    (('35', '农村低收入人口危房改造'), ('35', '危房改造')),
    (('300', '农房改善（集中居住）'), ('262', '农房改善')),
    (('42', '农村河道疏浚整治'), ('45.3', '河道疏浚')),
    (('6.5', '生态护岸'), ('6.5', '生态护岸')),
    (('1200', '城镇新增就业'), ('1356', '城镇新增就业')),
    (('800', '渔民转产转业技能培训'), ('914', '转产转业培训')),
    (('260', '渔船北斗终端'), ('260', '渔船北斗终端')),
    (('2000', '居民家庭燃气报警器'), ('2150', '燃气报警器')),
    (('3', '全民健身广场'), ('3', '全民健身广场')),
    (('60', '送戏下乡'), ('72', '送戏下乡')),
    (('2', '城乡书房'), ('2', '城乡书房')),
    (('7360', '镇级民生实事项目金额'), ('7012万元', '完成投资')),
    (('7项', '镇级民生实事'), None),
    (('620平方米', '建筑面积'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='31200', report='31201', target='first', result='first')

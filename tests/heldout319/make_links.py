#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 31900 plan / 31901 report).

Run inside tests/heldout319:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes. The plan
(溪南镇 开茶节 祭茶文, 2026) states two of its targets twice, in the 十愿 and again in the appended list (`2个` 长者食堂,
`40个` 托位): the links take the first mention, the 愿 (`target='first'`). The report (年终审评记录表, January 2027)
states each result once in the table's 湿看 column or in its 附记; a bare 湿看 cell is the result (`result='first'`:
长者食堂's table cell `2` rather than the 附记's `两家`). No result: last year's `10件` (2025, not a 2026 target), the
list's other money cells (the report answers only the total), and the 2027 remainder (`2户`, a target of the report).
"""
import runpy
from pathlib import Path

LINKS = [
    (('2个', '长者食堂'), ('2', '长者食堂')),
    (('1.2万人次', '助餐'), ('1.31万人次', '助餐')),
    (('80户', '困难老人家庭'), ('82户', '适老化改造')),
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '托位'), ('45', '托位')),
    (('1座', '风雨操场'), ('1', '风雨操场')),
    (('6名', '教师'), ('6名', '教师')),
    (('5个', '村卫生所'), ('5', '村卫生所')),
    (('2600人', '老人免费体检'), ('2714人', '老人免费体检')),
    (('35户', '农村危房改造'), ('33', '危房改造')),
    (('12公里', '农村供水管网'), ('12.6', '供水管网')),
    (('4个', '自然村'), ('4个', '自然村')),
    (('600人次', '茶艺师、制茶技能培训'), ('712', '技能培训')),
    (('30个', '公益性岗位'), ('31个', '公益性岗位')),
    (('8.5公里', '通自然村道路'), ('8.5', '村道硬化')),
    (('1条', '农村客运班线'), ('1条', '农村客运班线')),
    (('6公里', '九鹏溪支流河道'), ('6.2公里', '九鹏溪支流河道')),
    (('3处', '村级污水处理设施'), ('3处', '村级污水处理设施')),
    (('1200户', '独居老人和茶农家庭'), ('1236', '燃气报警器')),
    (('40场', '送戏下乡'), ('44', '送戏下乡')),
    (('2个', '农家书屋示范点'), ('2个', '农家书屋示范点')),
    (('1802', '计划投资'), ('1786', '实际完成投资')),
    (('10件', '实事'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='31900', report='31901', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 29000 plan / 29001 report).

Run inside tests/heldout290:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text and
indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes. The plan
(槐店回族镇's 2026 “户口簿”) states `540个` 学位 twice (its card and its correction record): `target='first'` takes the
card. The report (its “信用报告”) answers most lines in its `|` table's `已还` cell, which comes before the notes; the
托位 line is split in the notes into the 2025 carry-over (`40个`) and the year's new places (`156个`), which the links
take, since the table's `196` adds the two. A target with no result is listed with None and skipped: the list's counts
and money the report does not answer (`10件`, `3120万元`, `1650万元`), and the figures it reports without a figure or not
at all (`1栋` 教学楼, `6200平方米`, `15个` 自然村, `310亩`, `6个` 微型消防站, `80场`, `1500册`, `1320户`, the 2027 `2个`
书屋, the per-1,000 level `3.5个`, the meal subsidy `3元`).
"""
import runpy
from pathlib import Path

LINKS = [
    (('180个', '普惠托位'), ('156个', '普惠托位')),
    (('40个', '结转托位'), ('40个', '结转托位')),
    (('2处', '社区托育点'), ('2', '社区托育点')),
    (('540个', '学位'), ('540', '学位')),
    (('36名', '特岗教师'), ('33', '特岗教师')),
    (('12个', '村卫生室'), ('12', '村卫生室')),
    (('8500人', '老年人免费体检'), ('9132', '老年人体检')),
    (('9个', '老年助餐点'), ('10', '助餐点')),
    (('6万人次', '助餐'), ('7.4', '助餐')),
    (('1100人', '城镇新增就业'), ('1215', '城镇新增就业')),
    (('1500人次', '技能培训'), ('1630人次', '技能培训')),
    (('260个', '公益性岗位'), ('260', '公益性岗位')),
    (('28公里', '农村公路'), ('29.6', '农村公路')),
    (('30个', '公交候车亭'), ('30个', '候车亭')),
    (('5个', '老旧小区'), ('4', '老旧小区')),
    (('48户', '农村危房改造'), ('48户', '危房改造')),
    (('26个', '坑塘'), ('26', '坑塘')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('3000户', '居民'), ('3046', '燃气报警器')),
    (('120场', '送戏下乡'), ('131', '送戏下乡')),
    (('8个', '农家书屋'), ('6个', '农家书屋')),
    (('4860万元', '计划投资'), ('4712', '合计投资')),
    (('10件', '民生实事'), None),
    (('3120万元', '县级以上资金'), None),
    (('1650万元', '计划投资'), None),
    (('1栋', '教学楼'), None),
    (('6200平方米', '教学楼建筑面积'), None),
    (('15个', '生活污水治理覆盖自然村'), None),
    (('310亩', '坑塘水面'), None),
    (('6个', '微型消防站'), None),
    (('80场', '豫剧、越调'), None),
    (('1500册', '配书'), None),
    (('1320户', '居民'), None),
    (('2个', '农家书屋'), None),
    (('3.5个', '托位'), None),
    (('3元', '助餐补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='29000', report='29001', target='first', result='first')

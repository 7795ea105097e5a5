#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 30000 plan / 30001 report).

Run inside tests/heldout300:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The report's box-office table restates the plan's figures in its `预售` column (target records of 30001): the links
go from the plan's records to the `票房` cells (or, where the table has no row, to the reviews' figures). Results
are taken at their first mention (`result='first'`). A target with no result is listed with None and skipped: the
list's counts and money (`10件`, `2860万元`, the per-film `票价` cells), the 教学楼 `1栋` (told without a figure), and
the plan's notes (the 2027 batch `4个`, the carried `6公里`, the `5个` viewing groups, `10场` more than last year).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2912万元', '完成投资')),
    (('2处', '普惠托育点'), ('2处', '普惠托育点')),
    (('90个', '托位'), ('96', '托位')),
    (('360个', '学位'), ('360', '学位')),
    (('24名', '教师'), ('22名', '教师')),
    (('12个', '村卫生室'), ('12个', '村卫生室')),
    (('6800人', '老年人免费体检'), ('7215', '老年人免费体检')),
    (('8个', '老年助餐点', 'first'), ('8个', '老年助餐点')),
    (('4.5万人次', '助餐'), ('4.92', '助餐')),
    (('150户', '特殊困难老年人家庭'), ('156户', '适老化改造')),
    (('3个', '老旧小区'), ('3', '老旧小区')),
    (('1240户', '居民'), ('1286户', '居民')),
    (('45户', '农村危房改造'), ('45户', '农村危房改造')),
    (('1100人', '城镇新增就业'), ('1263', '城镇新增就业')),
    (('80个', '公益性岗位'), ('84个', '公益性岗位')),
    (('1500人次', '职业技能培训'), ('1632人次', '职业技能培训')),
    (('28公里', '农村公路', 'first'), ('26.5', '农村公路')),
    (('16个', '公交候车亭'), ('16个', '公交候车亭')),
    (('3个', '口袋公园'), ('3', '口袋公园')),
    (('4.2公里', '熊岳河清淤'), ('4.5公里', '熊岳河清淤')),
    (('2600户', '燃气报警器'), ('2718', '燃气报警器')),
    (('6个', '微型消防站'), ('6个', '微型消防站')),
    (('120场', '送戏下乡'), ('134', '送戏下乡')),
    (('5个', '农家书屋'), ('5个', '农家书屋')),
    (('10件', '民生实事', 'first'), None),
    (('1栋', '教学楼'), None),
    (('4个', '老旧小区'), None),
    (('6公里', '农村公路（2025年结转）'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='30000', report='30001', result='first')

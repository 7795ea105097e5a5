#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 6200 plan / 6201 report).

Run inside tests/heldout62:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes, and a result may name which of several equal mentions it takes (the result's third element n,
0-based in document order): the album 6201 repeats four results in its figure boxes (`186个`, `13个`, `6.4万人次`,
`1932人`) before the paragraph that names what is counted, and the link takes the paragraph's mention (gold/README's links convention).
A target with no result is listed with None and skipped: the year-end totals `620个` 托位 and `38个` 助餐点 (6201's
626 and 39 are stock totals, never a result) and the upper-level funds `1.5亿元` (6201 gives none).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator, nth), read side by side by hand
LINKS = [
    (('2.36亿元', '计划总投资'), ('2.29亿元', '完成投资', 0)),
    (('180个', '普惠托位'), ('186个', '普惠托位', 1)),
    (('3000人次', '儿童发育筛查'), ('3120人次', '儿童发育筛查', 0)),
    (('360个', '学位'), ('360个', '学位', 0)),
    (('4所', '薄弱学校'), ('4所', '薄弱学校', 0)),
    (('12个', '老年助餐点'), ('13个', '老年助餐点', 1)),
    (('6万人次', '助餐服务'), ('6.4万人次', '助餐服务', 1)),
    (('260户', '特殊困难老年人家庭'), ('271户', '特殊困难老年人家庭', 0)),
    (('1.2万人', '老年人健康体检'), ('1.26万人', '老年人健康体检', 0)),
    (('15个', '标准化村卫生室'), ('15个', '标准化村卫生室', 0)),
    (('6个', '老旧小区'), ('6个', '老旧小区', 0)),
    (('980户', '居民'), ('1012户', '居民', 0)),
    (('8部', '加装电梯'), ('6部', '加装电梯完工', 0)),
    (('1500户', '农村牧区户厕改造'), ('1538户', '农村牧区户厕改造', 0)),
    (('320名', '残疾人'), ('336名', '残疾人', 0)),
    (('820元', '城乡低保标准'), ('820元', '城乡低保标准', 0)),
    (('1800人', '城镇新增就业'), ('1932人', '城镇新增就业', 1)),
    (('2500人次', '职业技能培训'), ('2716人次', '职业技能培训', 0)),
    (('200个', '公益性岗位'), ('205个', '公益性岗位', 0)),
    (('45公里', '农村牧区公路'), ('41公里', '农村牧区公路', 0)),
    (('30个', '公交候车亭'), ('30个', '公交候车亭', 0)),
    (('3个', '口袋公园'), ('3个', '口袋公园', 0)),
    (('2万亩', '人工种草'), ('2.3万亩', '人工种草', 0)),
    (('3000户', '居民'), ('3126户', '燃气泄漏报警器', 0)),
    (('600人', '应急救护员'), ('652人', '应急救护员', 0)),
    (('100场', '送戏下乡'), ('112场', '送戏下乡', 0)),
    (('8个', '嘎查村文化室'), ('8个', '嘎查村文化室', 0)),
    (('620个', '普惠托位'), None),
    (('38个', '助餐点'), None),
    (('1.5亿元', '上级资金'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='6200', report='6201')

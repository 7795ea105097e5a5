#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 29600 plan / 29601 report).

Run inside tests/heldout296:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report's table restates every target as a bare cell (target records of 29601): the links go from
the plan's records to the table's `完成` cells. A target with no result is listed with None and skipped: the list's
counts (`8件`, `23项`), the road money `1350万元` (the report gives only the total invested), the school building's
`1栋` and `4200平方米`, the per-site `1个` and `40个` seats of the canteens, the `3元` meal subsidy (restated in the
report as a rate in force, stock), the supervisors' `50元` allowance, the `5户` carried from 2025 (the report counts
the 45 as a whole), the `1处` tank per village and the `27个` villages of the opera tour.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2680万元', '计划总投资'), ('2594万元', '完成投资')),
    (('8人', '监督员'), ('8名', '群众监督员')),
    (('12条', '屯级道路'), ('13', '屯级道路硬化')),
    (('18.6公里', '屯级道路'), ('19.2', '屯级道路硬化')),
    (('240盏', '太阳能路灯'), ('252', '太阳能路灯')),
    (('360个', '学位'), ('360', '新增学位')),
    (('200张', '寄宿床位'), ('200', '寄宿床位')),
    (('4个', '长者饭堂'), ('4', '长者饭堂')),
    (('3.6万人次', '助餐'), ('3.82', '助餐')),
    (('6个', '村卫生室'), ('6', '村卫生室改造')),
    (('1800人', '两癌筛查'), ('1925', '两癌筛查')),
    (('2500人', '农村劳动力转移就业'), ('2716', '转移就业')),
    (('600人次', '职业技能培训'), ('648', '技能培训')),
    (('120个', '乡村公益性岗位'), ('120', '公益性岗位')),
    (('45户', '农村危房改造'), ('43', '危房改造')),
    (('3处', '集中供水工程'), ('3', '集中供水工程')),
    (('4200人', '受益群众'), ('4380', '供水受益群众')),
    (('8个', '生活污水治理自然村'), ('7', '污水治理自然村')),
    (('10个', '屯级灯光篮球场'), ('11', '灯光篮球场')),
    (('5场', '壮族三月三歌圩活动'), ('6', '三月三歌圩')),
    (('54场', '送戏下乡'), ('54', '送戏下乡')),
    (('8件', '为民办实事工程'), None),
    (('23项', '为民办实事工程'), None),
    (('1350万元', '计划投资'), None),
    (('1栋', '教学综合楼'), None),
    (('4200平方米', '建筑面积'), None),
    (('1个', '长者饭堂'), None),
    (('40个', '餐位'), None),
    (('3元', '每餐补助'), None),
    (('50元', '监督员通讯补贴'), None),
    (('5户', '农村危房改造'), None),
    (('1处', '三格式化粪池'), None),
    (('27个', '行政村'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='29600', report='29601')

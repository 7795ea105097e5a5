#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 28100 plan / 28101 report).

Run inside tests/heldout281:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The plan (a TV-shopping script) states most targets twice, in the host's lines and in its `产品参数` table; the link
takes the first mention (`target='first'`). The report (a vehicle-inspection-style report) answers every item in its
TAB table's `实测值` column; its `标准限值` cells restate the targets (target records of 28101, not linked). Road
surfacing: target 12.6 km, 11.8 km done (the `×` row), the remaining 0.8 km carried into 2027 (no link for it).
Targets with no result: the list's counts (`12项`, `316条`), the nursery fee cap `1200元` (the report states the
fee in force, 1100元 stock), `20个` per class, the school's `1栋` and `4200平方米`, the 3元 meal subsidy, the
estates' `640户`, the table's per-item investments (the report gives only the total).
"""
import runpy
from pathlib import Path

LINKS = [
    (('90个', '普惠托位'), ('96', '普惠托位')),
    (('180个', '学位'), ('180', '小学新增学位')),
    (('4个', '老年助餐点'), ('4', '老年助餐点')),
    (('3万人次', '助餐服务'), ('3.42', '助餐服务')),
    (('8个', '村卫生室'), ('8', '村卫生室改造提升')),
    (('2600人', '老年人免费体检'), ('2714', '老年人免费体检')),
    (('12.6公里', '农村公路提升改造'), ('11.8', '农村公路提升改造')),
    (('10个', '公交候车亭'), ('10', '公交候车亭')),
    (('2个', '老旧小区'), ('2', '老旧小区提升改造')),
    (('3.2公里', '供热管网'), ('3.5', '供热管网更换')),
    (('6个', '生活污水治理村'), ('6', '生活污水治理村庄')),
    (('12个', '坑塘'), ('13', '坑塘整治')),
    (('60个', '公益性岗位'), ('62', '公益性岗位')),
    (('800人次', '职业技能培训'), ('856', '职业技能培训')),
    (('1500户', '农户'), ('1538', '燃气报警器安装')),
    (('24场', '送戏下乡'), ('26', '送戏下乡')),
    (('5000册', '农家书屋图书'), ('5000', '农家书屋新增图书')),
    (('120名', '残疾人'), ('127', '残疾人基本康复服务')),
    (('2962万元', '投资'), ('2875万元', '完成投资')),
    (('12项', '民心工程'), None),
    (('1200元', '托位收费'), None),
    (('640户', '住户'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='28100', report='28101', target='first', result='first')

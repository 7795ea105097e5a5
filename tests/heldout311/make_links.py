#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 31100 plan / 31101 report).

Run inside tests/heldout311:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator; runs the shared `tools/make_links.py`. The plan states most targets twice (the label's table
cell, indicator with the row's name, and the 配料说明 prose): the link takes the prose mention. The report restates
its money in a `|` table whose plan column are target records of the report: the links go from the plan's own
records, and the table's done cell answers only the carried road's 397万元 (no prose figure). No result (listed with
None): the new kindergarten `1所` (the report says it opened, no count), the doctors' floor `1名` per clinic, the
road's `4100人` beneficiaries and its `6.5米` width. Not listed: the list's counts (`九件`, `九个`), the NRV% shares,
the rates (`600元`, `3元`, `3000元`: restated as standing rates, stock), `四成`, last year's `8件` and `91.6%`.
"""
import runpy
from pathlib import Path

LINKS = [
    (('2860万元', '民生实事总投资'), ('2741万元', '完成投资')),
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '普惠托位'), ('42个', '普惠托位')),
    (('6个班', '班'), ('6个班', '班')),
    (('180个', '学位'), ('180个', '学位')),
    (('6个', '村卫生室'), ('6所', '村卫生室标准化改造')),
    (('5个', '老年助餐点'), ('5个', '老年助餐点')),
    (('1.5万人次', '助餐'), ('1.62万人次', '助餐')),
    (('120户', '特殊困难老年人家庭'), ('126户', '适老化改造')),
    (('14.5公里', '自然村道路'), ('15.2公里', '自然村道路')),
    (('12座', '蓄水池'), ('12座', '蓄水池')),
    (('38公里', '管网'), ('39.5公里', '管网')),
    (('8600人', '饮水巩固提升'), ('8750人', '饮水巩固提升')),
    (('90个', '乡村公益性岗位'), ('87个', '公益性岗位')),
    (('320盏', '太阳能路灯'), ('336盏', '太阳能路灯')),
    (('15个', '农家书屋'), ('15个', '农家书屋')),
    (('4000册', '图书'), ('4200册', '新书')),
    (('2.3公里', '由旺—姚关通村公路'), ('2.3公里', '结转由旺—姚关通村公路')),
    (('397万元', '计划投资'), ('371', '结转通村公路实际完成投资')),
    (('1所', '幼儿园'), None),
    (('1名', '全科医生'), None),
    (('4100人', '受益群众'), None),
    (('6.5米', '路面宽'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='31100', report='31101')

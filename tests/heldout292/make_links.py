#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 29200 plan / 29201 report, 西充县多扶镇 2027).

Run inside tests/heldout292:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The report's table restates the plan's figures in its `点单份量` column (target records of 29201): the links go from
the plan's records to the `实上份量` and `实收金额` cells (achieved). Where a result figure occurs twice (the table and
the village breakdown, `6.9`, `80`, `3`), the link takes the first (the table's). No result: the list's counts
(`十件`, `十根`, `两根`), the `/` money cell of 第9签, the per-household subsidies (`5000元`, `1.5万元`, `800元`:
restated only as next year's change), the meal fees (`4元`, `2元`), `320万元` 上级资金 (answered by `341万元`: linked),
the vote and consultation counts, and last year's figures.
"""
import runpy
from pathlib import Path

LINKS = [
    (('120人次', '农村厨师培训'), ('136', '乡厨培训')),
    (('40人', '带动就业'), ('47', '带动就业')),
    (('18', '镇财政投入', 0), ('17.2', '实收金额')),
    (('15户', '创业主体'), ('15', '创业主体')),
    (('7.5', '镇财政投入'), ('7.5', '实收金额')),
    (('8.6公里', '河道清理'), ('8.6', '清理河道')),
    (('1.2公里', '生态护岸'), ('1.0', '生态护岸')),
    (('46', '镇财政投入'), ('44.8', '实收金额')),
    (('6.5公里', '村组道路'), ('6.9', '村组道路')),
    (('80盏', '路灯'), ('80', '路灯')),
    (('210', '镇财政投入'), ('223.6', '实收金额')),
    (('3个', '村级助餐点'), ('3', '村级助餐点')),
    (('2.4万人次', '助餐'), ('2.63', '助餐')),
    (('36', '镇财政投入'), ('35.1', '实收金额')),
    (('45户', '喘息服务家庭'), ('41', '喘息服务家庭')),
    (('9', '镇财政投入'), ('7.8', '实收金额')),
    (('30个', '普惠托位'), ('30', '普惠托位')),
    (('15', '镇财政投入'), ('15', '实收金额')),
    (('4台', '心电图机'), ('4', '心电图机')),
    (('26名', '村医培训'), ('26', '村医培训')),
    (('22', '镇财政投入'), ('21.5', '实收金额')),
    (('1500名', '适龄妇女'), ('1612', '两癌筛查')),
    (('28户', '危旧农房'), ('28', '危旧农房')),
    (('150座', '户厕'), ('163', '户厕')),
    (('124', '镇财政投入'), ('118.9', '实收金额')),
    (('487.5', '镇财政投入'), ('491.4', '实收金额')),
    (('320万元', '上级资金'), ('341万元', '上级资金')),
    (('1200平方米', '雨棚面积'), ('1200平方米', '雨棚面积')),
    (('十件', '民生实事', 0), None),
    (('5000元', '创业补贴'), None),
    (('1.5万元', '危旧农房改造补助'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='29200', report='29201', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 27500 plan / 27501 report).

Run inside tests/heldout275:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The report's table gives every result as a bare cell under its row's unit; the links go from the itinerary's target
to the table's `现场所见` cell (the first achieved record of that text and indicator). Targets with no result figure
are listed with None and skipped: the list's counts and money (`十件`, `5200万元`), the `零工驿站` `1个` and the
`2100户` gas hoses (the report's table has no row for them), and the `3元` meal subsidy (restated in the report as a
rate in force, stock). `8600万元` 计划总投资 links to the report's `8420万元` 完成投资.
"""
import runpy
from pathlib import Path

LINKS = [
    (('6个', '老旧小区'), ('6', '老旧小区')),
    (('48栋', '楼栋'), ('48栋', '楼栋')),
    (('3260户', '居民'), ('3312', '居民')),
    (('5.4公里', '庭院供热管网'), ('5.6', '庭院供热管网')),
    (('12部', '加装电梯'), ('9', '加装电梯')),
    (('3个', '老年助餐点'), ('3', '老年助餐点')),
    (('6万人次', '助餐'), ('6.8', '助餐')),
    (('120个', '普惠托位'), ('120', '普惠托位')),
    (('4个', '托班'), ('4', '托班')),
    (('360个', '学位'), ('360', '学位')),
    (('4800人', '老年人免费体检'), ('5126', '老年人免费体检')),
    (('2个', '家庭医生工作室'), ('2', '家庭医生工作室')),
    (('1500人', '城镇新增就业'), ('1684', '城镇新增就业')),
    (('80个', '公益性岗位'), ('80', '公益性岗位')),
    (('600人次', '职业技能培训'), ('712', '职业技能培训')),
    (('2个', '口袋公园'), ('2', '口袋公园')),
    (('1.2万平方米', '绿地'), ('1.3', '绿地')),
    (('150盏', '路灯'), ('150', '路灯')),
    (('2100个', '燃气泄漏报警器'), ('2236', '燃气泄漏报警器')),
    (('260个', '公共停车泊位'), ('248', '公共停车泊位')),
    (('6座', '公交候车亭'), ('6', '公交候车亭')),
    (('2个', '社区书屋'), ('2', '社区书屋')),
    (('30场', '送戏进社区惠民演出'), ('34', '惠民演出')),
    (('500个', '微心愿'), ('516', '微心愿')),
    (('8600万元', '计划总投资'), ('8420万元', '完成投资')),
    (('十件', '为民办实事'), None),
    (('5200万元', '市、区财政资金'), None),
    (('1个', '零工驿站'), None),
    (('2100户', '更换老化燃气胶管'), None),
    (('3元', '每餐补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='27500', report='27501', target='first', result='first')

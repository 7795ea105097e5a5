#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 17900 plan / 17901 report).

Run inside tests/heldout179:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report counts the old estates twice (`6个老旧小区同时开工` in its course, `6个老旧小区改造全部完工`
in its results): the link takes the completion, the stage the plan's ticket asks for. A target with no result is listed
with None and skipped: the list's counts (`10件`, `26个`, the `2项` carried over), the tickets' money (the report gives
only the total), the childcare point (`1处`: `9月开园`, no figure), `100%` after-school coverage (`全覆盖`), the one free
check per person, the `3元` meal subsidy, and the `3100万元` central subsidy of the housing ticket (the report's
`上级补助资金到位3050万元` is all higher-level money, another scope).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1.86亿元', '计划总投资'), ('1.79亿元', '完成投资')),
    (('7400万元', '区级财政资金'), ('7400万元', '区级财政资金')),
    (('80个', '普惠托位'), ('86个', '普惠托位')),
    (('3.2个', '托位'), ('3.3个', '托位')),
    (('600人次', '入户科学育儿指导'), ('642人次', '入户科学育儿指导')),
    (('400个', '就餐座位'), ('400个', '座位')),
    (('25名', '交流轮岗教师'), ('27名', '交流轮岗教师')),
    (('1800名', '尘肺病患者和接尘老职工'), ('1763名', '尘肺病患者和接尘老职工')),
    (('6个', '村卫生室'), ('6个', '村卫生室')),
    (('5个', '老年助餐点'), ('5个', '老年助餐点')),
    (('150户', '特殊困难老年人家庭'), ('153户', '适老化改造')),
    (('6个', '老旧小区'), ('6个', '老旧小区改造完工')),
    (('42栋', '楼栋'), ('42栋', '楼栋')),
    (('2360户', '居民'), ('2412户', '居民')),
    (('5.8万平方米', '外墙保温'), ('5.9万平方米', '外墙保温')),
    (('4部', '既有住宅加装电梯'), ('4部', '电梯')),
    (('810元', '城乡低保标准'), ('810元', '低保标准')),
    (('320名', '残疾人'), ('335名', '残疾人')),
    (('1500人', '城镇新增就业'), ('1620人', '城镇新增就业')),
    (('1200人次', '职业技能培训'), ('1318人次', '职业技能培训')),
    (('200个', '公益性岗位'), ('200个', '公益性岗位')),
    (('18.5公里', '农村公路'), ('16.2公里', '农村公路')),
    (('2条', '城乡公交线路'), ('2条', '公交线路')),
    (('300个', '公共停车泊位'), ('326个', '公共停车泊位')),
    (('120亩', '煤矸石山生态修复'), ('120亩', '煤矸石山生态修复')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('12公里', '老旧燃气管道'), ('12.6公里', '燃气管道')),
    (('3000户', '老旧小区居民'), ('3108户', '居民')),
    (('680个', '座椅'), ('680个', '座椅')),
    (('10件', '民生实事'), None),
    (('26个', '子项目'), None),
    (('2项', '结转项目'), None),
    (('1处', '普惠托育点'), None),
    (('100%', '课后服务覆盖率'), None),
    (('一次', '免费体检'), None),
    (('3元', '助餐补贴'), None),
    (('3100万元', '中央补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='17900', report='17901')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 35000 plan / 35001 report).

Run inside tests/heldout350:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes. The
report's table restates the plan's figures (target records of 35001): the links go from the plan's records to the
report's `冲线成绩` cells or, for the sub-items outside the table, to the prose of its part three. Targets with no result
are listed with None (and skipped) or left out: the list's counts and money (`10件`, `10个`, `26个`, `1.38亿元`, `4260万元`,
`9540万元`; the report's `1.29亿元` is 完成投资, not the plan's total), `1栋` 教学楼 (told without a figure), `1120户` (the
report's `862户` counts three of the four estates: another scope), the carried-over `2个`, the rule `60%` and the
committee's `21名`/`12名`.
"""
import runpy
from pathlib import Path

LINKS = [
    (('1个', '镇中心托育点'), ('1个', '镇中心托育点')),
    (('80个', '普惠托位'), ('86', '普惠托位')),
    (('600人次', '入户科学育儿指导'), ('652', '入户科学育儿指导')),
    (('450对', '免费孕前优生健康检查'), ('468', '孕前优生健康检查')),
    (('360个', '学位'), ('360', '学位')),
    (('24名', '教师'), ('22', '教师')),
    (('12个', '课后托管班'), ('12', '课后托管班')),
    (('3.6万人次', '助餐'), ('3.92', '助餐')),
    (('150户', '困难老年人家庭'), ('156', '适老化改造')),
    (('80元', '长寿补贴'), ('80元', '长寿补贴')),
    (('4个', '老旧小区'), ('3', '老旧小区')),
    (('6座', '公共厕所'), ('6', '公共厕所')),
    (('300人次', '粤菜师傅海鲜菜式培训'), ('336', '粤菜师傅培训')),
    (('200人次', '南粤家政培训'), ('214人次', '南粤家政培训')),
    (('40个', '公益性岗位'), ('40', '公益性岗位')),
    (('500人', '城镇新增就业'), ('563', '城镇新增就业')),
    (('600个', '公共停车泊位'), ('612', '公共停车泊位')),
    (('2条', '镇内公交微循环线路'), ('2条', '镇内公交微循环线路')),
    (('3.2公里', '渔港岸线整治'), ('3.2公里', '渔港岸线整治')),
    (('800吨', '海漂垃圾清理'), ('1046', '海漂垃圾清理')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('2000件', '救生衣'), ('2000件', '救生衣')),
    (('350台', 'AIS防碰撞终端'), ('318', 'AIS防碰撞终端')),
    (('12个', '避风塘应急疏散点'), ('12个', '避风塘应急疏散点')),
    (('40场', '疍家咸水歌、渔家文化下乡演出'), ('46', '文化下乡演出')),
    (('3个', '村（居）综合文化室'), ('3个', '村（居）综合文化室')),
    (('2个', '渔工驿站'), ('2个', '渔工驿站')),
    (('120户', '困难渔民家庭渔船互助保险'), ('128户', '困难渔民家庭渔船互助保险')),
    (('10件', '民生实事'), None),
    (('10个', '航段（民生实事）'), None),
    (('26个', '标位（子项）'), None),
    (('1.38亿元', '计划总投资'), None),
    (('1栋', '教学楼'), None),
    (('1120户', '居民'), None),
    (('2个', '结转老旧小区'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='35000', report='35001', target='first', result='first')

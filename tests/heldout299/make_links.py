#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 29900 plan / 29901 report).

Run inside tests/heldout299:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`. The report's table restates every target of its rows
(target records of 29901): the links go from the plan's records to the table's bare `报靶` cells, or, for the
two items outside the table, to the report's notes (`1.62万平方米` 绿化, `2辆` 巡诊车), and the wells' `12个` 嘎查 to the table note `12个嘎查全部通水`. Targets with no result
figure are listed with None: the list's counts and money, the money lines per target, the nursery's area and
staff, the canteen's capacity, the 300元 heating subsidy (a rate; the report gives its total paid out, a
different thing), the 860 boarders, the 1100 households, the 4元 meal subsidy, the 1500 books per room, the 26 sub-projects.
"""
import runpy
from pathlib import Path

LINKS = [
    (('45个', '托位'), ('48', '普惠托位')),
    (('600人次', '入户育儿指导'), ('652', '入户育儿指导')),
    (('1座', '食堂'), ('1', '蒙古族学校食堂')),
    (('6个', '嘎查卫生室'), ('6', '嘎查卫生室改造')),
    (('2800人', '老年人免费体检'), ('2915', '老年人免费体检')),
    (('2辆', '巡诊车'), ('2辆', '巡诊车')),
    (('30张', '互助幸福院床位'), ('30', '幸福院床位')),
    (('3个', '牧区老人助餐点'), ('2', '牧区助餐点')),
    (('1.2万人次', '助餐'), ('1.08', '助餐')),
    (('40户', '牧区危房改造'), ('40', '牧区危房改造')),
    (('2.6公里', '老旧小区供热管网更新'), ('2.6', '供热管网更新')),
    (('12个', '新打饮水井嘎查'), ('12个', '通水嘎查')),
    (('360人', '城镇新增就业'), ('412', '城镇新增就业')),
    (('500人次', '牧民技能培训'), ('538', '牧民技能培训')),
    (('50个', '公益性岗位'), ('50', '公益性岗位')),
    (('18公里', '通嘎查公路'), ('16.5', '通嘎查公路硬化')),
    (('200个', '镇区公共停车位'), ('236', '公共停车位')),
    (('2个', '口袋公园'), ('2', '口袋公园')),
    (('1.5万平方米', '镇区绿化'), ('1.62万平方米', '镇区绿化')),
    (('3000亩', '沙化草场治理'), ('3200', '沙化草场治理')),
    (('800个', '独居老人燃气报警器'), ('815', '燃气报警器')),
    (('1200人', '应急救护培训'), ('1306', '应急救护培训')),
    (('5个', '微型消防站'), ('5', '微型消防站')),
    (('4场', '苏木级那达慕'), ('4', '苏木级那达慕')),
    (('60场', '乌兰牧骑送演出下嘎查'), ('71', '乌兰牧骑送演出')),
    (('8个', '嘎查农家书屋'), ('8', '农家书屋')),
    (('2380万元', '计划总投资'), ('2316万元', '完成投资')),
    (('10件', '民生实事'), None),
    (('1460万元', '旗级以上资金'), None),
    (('26个', '子项目'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='29900', report='29901', target='first', result='first')

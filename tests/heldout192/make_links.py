#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 19200 plan / 19201 report).

Run inside tests/heldout192:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by
its span text and indicator; runs the shared `tools/make_links.py`. The report (a crosstalk script)
restates four targets (`4860万元`, `40个`, `1200人次`, `120户`: target records of 19201); the links go
from the plan's records. A target with no result is listed with None and skipped: the list's count
`12件`, the canteen's `600平方米` (the script says only `小学食堂改完了`), the `800元` heating subsidy per
household (the script states the standard again: a rate, stock, not a result), and the price cells.
"""
import runpy
from pathlib import Path

LINKS = [
    (('4860万元', '计划总投资'), ('4792万元', '完成投资')),
    (('40个', '普惠托位'), ('44个', '普惠托位')),
    (('1200人次', '儿童发育筛查'), ('1350人次', '发育筛查')),
    (('2100名', '学生'), ('2230名', '学生')),
    (('8个', '村卫生室'), ('8个', '村卫生室')),
    (('3000人', '农村妇女两癌筛查'), ('3126人', '两癌筛查')),
    (('5个', '村级老年助餐点'), ('5个', '老年助餐点')),
    (('6万人次', '助餐服务'), ('6.7万人次', '助餐')),
    (('120户', '农房抗震加固'), ('118户', '农房抗震加固')),
    (('3个', '镇区老旧小区'), ('3个', '老旧小区')),
    (('860户', '居民'), ('871户', '居民')),
    (('150名', '残疾人'), ('163名', '残疾人居家康复服务')),
    (('420户', '困难群众'), ('436户', '冬季取暖补贴')),
    (('800人', '城镇新增就业'), ('912人', '城镇新增就业')),
    (('1500人次', '职业技能培训'), ('1620人次', '技能培训')),
    (('18公里', '农村公路提升'), ('18.6公里', '农村公路提升')),
    (('12个', '公交候车亭'), ('12个', '公交候车亭')),
    (('15个', '坑塘综合整治'), ('15个', '坑塘整治')),
    (('2000户', '燃气泄漏报警器入户'), ('2150户', '燃气报警器')),
    (('6个', '村级微型消防站'), ('6个', '微型消防站')),
    (('60场', '送戏下乡'), ('七十二场', '送戏下乡')),
    (('5000册', '农家书屋更新图书'), ('5200册', '农家书屋更新图书')),
    (('12件', '民生实事'), None),
    (('600平方米', '建筑面积'), None),
    (('800元', '冬季取暖补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='19200', report='19201')

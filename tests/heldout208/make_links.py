#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 20800 plan / 20801 report).

Run inside tests/heldout208:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The report's settlement table restates each target in its `约定量` column (target records of 20801, skipped by the
stance filter); the links go from the plan's records to the `实收量` cells (achieved), or to the prose for the
old-estate households (`1207户`), the old-age allowance (`70元`) and the money. A target with no result is listed with
None and skipped: the list's counts, the targets the report calls `均已足额入仓` without a figure (卫生厕所 `2000座`,
公交线路 `4条`, 污水治理 `30个`, 植树 `8万株`, 防护栏 `22公里`, 农家书屋 `20个`, 公益电影 `2400场`), and plan figures
the report never answers (the childcare centre `1个`, the kindergarten `1所`, 低保 `5400元`, 临时救助 `300万元`,
公益性岗位 `260个`, the level `3.6个`, the bus rate `100%`, the standards and money of its 栽培要点). `资金到位率100%`
and `按期完成率≥95%` are not linked: the report's `到位率100%` counts county money only, its `结算率95.7%` is
investment, neither the same thing.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.62亿元', '计划总投资'), ('5.38亿元', '完成投资')),
    (('1.47亿元', '县级财政'), ('1.47亿元', '县级财政')),
    (('90%', '群众满意度'), ('97.1%', '群众满意度')),
    (('240个', '普惠托位'), ('262', '普惠托位')),
    (('1800名', '孕产妇'), ('1916', '产前筛查')),
    (('360个', '学位'), ('360', '幼儿园新增学位')),
    (('85名', '乡村教师'), ('79', '乡村教师')),
    (('2.6万人', '老年人免费体检'), ('2.74', '老年人免费体检')),
    (('15个', '标准化村卫生室'), ('15', '标准化村卫生室')),
    (('1.2万人', '农村适龄妇女“两癌”筛查'), ('1.31', '“两癌”筛查')),
    (('10个', '村级互助幸福院'), ('11', '村级互助幸福院')),
    (('8个', '老年助餐点'), ('8', '老年助餐点')),
    (('300户', '特殊困难老年人家庭'), ('312', '适老化改造')),
    (('70元', '高龄补贴标准'), ('70元', '高龄补贴')),
    (('6个', '老旧小区'), ('5', '老旧小区改造')),
    (('1460户', '居民'), ('1207户', '居民')),
    (('120户', '农村危房改造'), ('120', '农村危房改造')),
    (('680名', '残疾人'), ('703', '残疾人康复服务')),
    (('3200人', '城镇新增就业'), ('3518', '城镇新增就业')),
    (('5000人次', '苹果、樱桃种植技能培训'), ('5627', '种植技能培训')),
    (('48公里', '农村公路'), ('41', '农村公路')),
    (('500个', '公共停车泊位'), ('536', '公共停车泊位')),
    (('5个', '口袋公园'), ('5', '口袋公园')),
    (('1500户', '农户'), ('1562', '燃气泄漏报警器')),
    (('12个', '微型消防站'), ('12', '微型消防站')),
    (('180场', '送戏下乡'), ('194', '送戏下乡')),
    (('2000座', '农村卫生厕所'), None),
    (('4条', '城乡公交线路'), None),
    (('30个', '生活污水治理行政村'), None),
    (('8万株', '“四旁”植树'), None),
    (('22公里', '塬边沟沿道路防护栏'), None),
    (('20个', '“尧头黑瓷”主题农家书屋'), None),
    (('2400场', '公益电影'), None),
    (('5400元', '农村低保标准'), None),
    (('300万元', '临时救助资金'), None),
    (('260个', '公益性岗位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='20800', report='20801')

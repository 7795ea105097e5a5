#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 12000 plan / 12001 report).

Run inside tests/heldout120:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A side may match more than one record, and takes the first (`target='first'`, `result='first'`):
12000 names the county's own funds `1.38亿元` twice (the development bureau's total, then the finance bureau's turn),
12001 names the 306 households of home adaptation twice in its note (一) before its table; the link takes the first mention.
The result of a target is the report's achieved figure: its note where the note gives one (老旧小区 `8个`, 农村公路
`58.6公里`, 居家适老化改造 `306户`, the investment and the county's funds), else the table's `完成值` cell.
A target with no result is listed with None and skipped: the list's `11件` and `32个` (12001 restates them as targets),
the health bureau's `三项`, the three towns and their centres, pre-pregnancy checks `2800对`, the schools `4所` and the
kindergarten's `360个`, the elderly homes `8个`, the meal points' year-end total `43个` and the 托位 level `3.4个` per
千人口 (12001 gives no year-end stock), the allowance and 低保 standards, barrier-free homes `150户`, the estates'
households `2160户`, rural water's `3.2万人`, labour transfer `5000人`, buses `20辆`, sewer pipes `24公里`, pocket parks
`6个`, fire teams `两支`, basketball courts `10个`, the first batch of funds `5000万元` and the satisfaction target `90%`
(12001's `96.5%` is the satisfaction of its own 316 phone revisits: another scope).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.26亿元', '计划总投资'), ('4.08亿元', '完成投资')),
    (('1.38亿元', '县本级财政'), ('1.38亿元', '县本级财政资金')),
    (('240个', '普惠托位'), ('256', '普惠托位')),
    (('1.2万人次', '儿童发育筛查'), ('12630', '儿童发育筛查')),
    (('二千五百二十个', '学位'), ('2520', '学位')),
    (('120名', '特岗教师'), ('120', '特岗教师')),
    (('1.86万名', '学生'), ('1.91', '暖心午餐受益学生')),
    (('35个', '村卫生室'), ('35', '村卫生室改造')),
    (('4.2万人', '老年人免费健康体检'), ('4.37', '老年人健康体检')),
    (('1.5万人', '两癌筛查'), ('1.52', '两癌筛查')),
    (('12个', '老年助餐点'), ('13', '老年助餐点')),
    (('15万人次', '助餐服务'), ('17.2', '助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('306户', '居家适老化改造')),
    (('9个', '老旧小区'), ('8个', '老旧小区改造')),
    (('180户', '农村危房改造'), ('186', '农村危房改造')),
    (('86公里', '农村供水管网'), ('88.5', '农村供水管网')),
    (('520名', '残疾人基本康复服务'), ('547', '残疾人基本康复服务')),
    (('3200人', '城镇新增就业'), ('3468', '城镇新增就业')),
    (('6000人次', '职业技能培训'), ('6815', '职业技能培训')),
    (('400个', '公益性岗位'), ('412', '公益性岗位')),
    (('60公里', '农村公路'), ('58.6公里', '农村公路')),
    (('500个', '公共停车泊位'), ('536', '公共停车泊位')),
    (('5000户', '木结构农房'), ('5120', '烟感报警器安装')),
    (('150场', '送戏下乡'), ('162', '送戏下乡')),
    (('11件', '实事'), None),
    (('32个', '子项'), None),
    (('2800对', '免费孕前优生健康检查'), None),
    (('43个', '老年助餐点'), None),
    (('3.4个', '托位'), None),
    (('8个', '村级互助幸福院'), None),
    (('150户', '困难重度残疾人家庭无障碍改造'), None),
    (('5000人', '农村劳动力转移就业'), None),
    (('20辆', '城乡公交车'), None),
    (('24公里', '乡镇污水管网'), None),
    (('6个', '口袋公园'), None),
    (('两支', '乡镇专职消防队'), None),
    (('10个', '村BA灯光球场'), None),
    (('5000万元', '第一批资金'), None),
    (('90%', '群众满意度'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='12000', report='12001', target='first', result='first')

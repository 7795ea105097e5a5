#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 19100 plan / 19101 report).

Run inside tests/heldout191:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator, read side by side by hand. Runs the shared `tools/make_links.py`. No link for the targets the
report answers without a figure (儿童保健门诊 `1个` "已开诊", 普惠托位 `40个`: the report counts children in care,
`38名`, not places; the 食堂 `1栋`), for the ten card prices (`票价`: the report gives only the total), the list's
`10件`/`28个`, the 2025 baseline and the 联程票's joined price.
"""
import runpy
from pathlib import Path

LINKS = [
    (('1986万元', '计划总投资'), ('1912万元', '实际完成投资')),
    (('3个', '村级互助养老点'), ('3个', '村级互助养老点')),
    (('2.4万人次', '老年助餐服务'), ('2.61万人次', '老年助餐服务')),
    (('80户', '特殊困难老年人家庭'), ('83户', '特殊困难老年人家庭适老化改造')),
    (('95%', '新生儿访视率'), ('97.4%', '新生儿访视率')),
    (('1200平方米', '建筑面积'), ('1200平方米', '建筑面积')),
    (('600个', '就餐座位'), ('600个', '就餐座位')),
    (('3800人', '老年人免费体检'), ('3912人', '老年人免费体检')),
    (('5个', '村卫生室'), ('5个', '村卫生室')),
    (('1200人', '两癌筛查'), ('1264人', '两癌筛查')),
    (('12个', '老旧院落'), ('11个', '老旧院落改造完工')),
    (('410户', '居民'), ('382户', '居民')),
    (('36户', '农村危房改造'), ('36户', '农村危房改造')),
    (('680元', '农村低保标准'), ('680元', '农村低保标准')),
    (('60名', '重度残疾人'), ('62名', '重度残疾人居家托养服务')),
    (('300人', '城镇新增就业'), ('326人', '城镇新增就业')),
    (('500人次', '榨菜加工、民宿服务技能培训'), ('547人次', '技能培训')),
    (('45个', '乡村公益性岗位'), ('45个', '乡村公益性岗位')),
    (('18公里', '通组公路'), ('16.4公里', '通组公路硬化')),
    (('8个', '农村客运招呼站'), ('8个', '招呼站')),
    (('6.5公里', '场镇污水管网'), ('6.5公里', '场镇污水管网')),
    (('300吨', '消落带清漂'), ('326吨', '消落带清漂')),
    (('2个', '口袋公园'), ('2个', '口袋公园')),
    (('800户', '吊脚楼住户'), ('812户', '独立式烟感报警器')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('40场', '送戏下乡'), ('43场', '送戏下乡')),
    (('6个', '农家书屋'), ('6个', '农家书屋')),
    (('1个', '儿童保健门诊'), None),
    (('40个', '普惠托位'), None),
    (('1栋', '学生食堂'), None),
    (('1.2公里', '云梯街梯坎步道'), None),
    (('10件', '民生实事'), None),
    (('28个', '子项目'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='19100', report='19101')

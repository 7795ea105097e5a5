#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 17200 plan / 17201 report).

Run inside tests/heldout172:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator, and runs the shared `tools/make_links.py`. The report restates the list's counts (`12件`,
`38项`: target records of 17201) and gives no figure for the village cleaning (no figure in the plan either).
Targets with no result figure are listed with None and skipped: the list's counts and funding sources, the
half of the childcare places due by June (the report gives `80个`, a count, not a share), and the low-income
standard's old level (stock). The remainders the report carries into 2028 (`2名`, `1个`, `3.4公里`) are
targets of 2028, not results.
"""
import runpy
from pathlib import Path

LINKS = [
    (('4.36亿元', '计划总投资'), ('4.18亿元', '完成投资')),
    (('3个', '普惠托育点'), ('3个', '普惠托育点')),
    (('150个', '托位'), ('156个', '托位')),
    (('1800对', '免费孕前优生健康检查'), ('1836对', '免费孕前优生健康检查')),
    (('2600人次', '儿童发育筛查'), ('2714人次', '儿童发育筛查')),
    (('360个', '学位'), ('360个', '学位')),
    (('45名', '特岗教师'), ('45名', '特岗教师')),
    (('12所', '农村学校'), ('12所', '农村学校')),
    (('1.9万人', '老年人免费体检'), ('1.97万人', '老年人免费体检')),
    (('20个', '村卫生室'), ('20个', '村卫生室')),
    (('8个', '村级互助幸福院'), ('8个', '村级互助幸福院')),
    (('15个', '老年助餐点'), ('16个', '老年助餐点')),
    (('6.5万人次', '助餐'), ('6.83万人次', '助餐')),
    (('300户', '特困、高龄老人家庭'), ('296户', '适老化改造')),
    (('420户', '危窑危房改造加固'), ('420户', '危窑危房改造加固')),
    (('6个', '老旧小区'), ('5个', '老旧小区改造完工')),
    (('1100户', '居民'), ('940户', '居民')),
    (('1500座', '农村卫生户厕改造'), ('1562座', '农村卫生户厕改造')),
    (('120名', '残疾儿童康复救助'), ('127名', '残疾儿童康复救助')),
    (('500件', '辅具'), ('513件', '辅具')),
    (('760元', '城乡低保标准'), ('760元', '城乡低保标准')),
    (('2200人', '城镇新增就业'), ('2416人', '城镇新增就业')),
    (('800人次', '家政、月嫂技能培训'), ('866人次', '家政、月嫂技能培训')),
    (('400个', '公益性岗位'), ('400个', '公益性岗位')),
    (('52公里', '农村公路'), ('48.6公里', '农村公路')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('300个', '公共停车泊位'), ('312个', '公共停车泊位')),
    (('3.2万亩', '治理水土流失面积'), ('3.35万亩', '治理水土流失面积')),
    (('8座', '淤地坝除险加固'), ('8座', '淤地坝除险加固')),
    (('4.5万平方米', '城区绿地'), ('4.1万平方米', '城区绿地')),
    (('2000户', '燃气泄漏报警器'), ('2086户', '燃气泄漏报警器')),
    (('58处', '地质灾害隐患点'), ('58处', '地质灾害隐患点')),
    (('3000人次', '应急救护培训'), ('3240人次', '应急救护培训')),
    (('180场', '送戏下乡'), ('186场', '送戏下乡')),
    (('10个', '村级文化广场'), ('10个', '村级文化广场')),
    (('12件', '民生实事'), None),
    (('38项', '民生实事'), None),
    (('2.1亿元', '上级资金'), None),
    (('1.46亿元', '县级财政'), None),
    (('0.8亿元', '社会资本和群众自筹'), None),
    (('一半', '托位交付'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='17200', report='17201')

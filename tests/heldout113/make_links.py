#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 11300 plan / 11301 report).

Run inside tests/heldout113:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Every side names exactly one record of its stance (the plan's targets, the report's achieved figures).
A target with no result is listed with None and skipped: the list's `12件` (11301 restates it as a target), the district
and upper-level funds, the five schools and the one new school, the classes, the rotation share, the after-school rate,
the childcare centre, home-visit guidance, the change in health checks, the clinic and lift subsidies, the meal subsidy
(11301 gives only a resident's `3块`, a rate standing, stock), the buildings, the sewer pipes, the unemployment rate,
the housekeeping training, the bus lines, dead-end roads, green area, the one show per village, the illness kinds, the
insurance points and the 29 towns (no result figure in the report).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9.6亿元', '计划总投资'), ('9.42亿元', '完成投资')),
    (('4500个', '学位'), ('4620个', '学位')),
    (('320名', '中小学教师'), ('326名', '教师')),
    (('600个', '普惠托位'), ('612个', '普惠托位')),
    (('2.4万人', '两癌免费筛查'), ('2.46万人', '两癌筛查')),
    (('8.5万人', '老年人免费健康体检'), ('8.71万人', '老年人健康体检')),
    (('30个', '村卫生室'), ('30个', '村卫生室')),
    (('25个', '老年助餐点'), ('26个', '老年助餐点')),
    (('40万人次', '助餐服务'), ('42.6万人次', '助餐服务')),
    (('800户', '特殊困难老年人家庭'), ('812户', '适老化改造')),
    (('300张', '家庭养老照护床位'), ('300张', '家庭养老照护床位')),
    (('1130元', '城乡低保标准'), ('1130元', '城乡低保标准')),
    (('1200名', '残疾人'), ('1236名', '残疾人')),
    (('18个', '老旧小区'), ('18个', '老旧小区')),
    (('7600户', '居民'), ('7715户', '居民')),
    (('40部', '加装电梯'), ('36部', '加装电梯完工投用')),
    (('120户', '农村危房改造'), ('120户', '农村危房改造')),
    (('2.2万人', '城镇新增就业'), ('2.31万人', '城镇新增就业')),
    (('1.5万人次', '补贴性职业技能培训'), ('1.62万人次', '职业技能培训')),
    (('500个', '公益性岗位'), ('512个', '公益性岗位')),
    (('4个', '零工驿站'), ('4个', '零工驿站')),
    (('3000个', '公共停车泊位'), ('3150个', '公共停车泊位')),
    (('80公里', '农村公路'), ('76公里', '农村公路')),
    (('12个', '口袋公园'), ('12个', '口袋公园')),
    (('2000户', '燃气泄漏报警器'), ('2000户', '燃气泄漏报警器')),
    (('200场', '送戏下乡'), ('214场', '送戏下乡')),
    (('720元', '城乡居民医保财政补助标准'), ('720元', '城乡居民医保财政补助')),
    (('1.9万人', '困难人员参保资助'), ('1.93万人', '困难群众参保资助')),
    (('12件', '民生实事'), None),
    (('5.8亿元', '区级财政'), None),
    (('2.1亿元', '上级资金'), None),
    (('5所', '中小学和幼儿园'), None),
    (('一所', '九年一贯制学校'), None),
    (('1个', '区级托育综合服务中心'), None),
    (('5000人次', '入户养育指导'), None),
    (('3元', '助餐补贴'), None),
    (('22公里', '雨污分流管网'), None),
    (('3.5%', '城镇登记失业率'), None),
    (('3000人次', '家政类培训'), None),
    (('6条', '公交线路'), None),
    (('5条', '断头路'), None),
    (('35万平方米', '绿化面积'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='11300', report='11301')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 10700 plan / 10701 report).

Run inside tests/heldout107:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Every side here matches exactly one record of its stance. A target with no result is listed with None
and skipped: the list's `12件` (10701 restates it as a target), the `15个` candidates (achieved, the vote), the school's
`54个`班 and the new school `一所`, the `12所` rural schools' canteens (no figure in the report), the `20个` village clinics
(the report gives only the stock `228个`, never a result), the emergency building's `3.2万平方米` (reported as topped out,
no figure), the `15个` parks for the AEDs, the `1个` point per town, the adaptation cap `5000元`, the `3条` bus lines
(`如期开通`, no figure), `三件`, `三名` and the county's `80多万人`.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('8.6亿元', '计划总投资'), ('8.93亿元', '完成投资')),
    (('3.1亿元', '县级财政'), ('3.26', '县级财政')),
    (('1350个', '学位'), ('1350个', '学位')),
    (('25名', '心理健康专职教师'), ('23名', '心理健康专职教师')),
    (('4.2万人', '参加课后服务的同学'), ('4.46万人', '课后服务参加学生')),
    (('400个', '普惠托位'), ('436个', '普惠托位')),
    (('14个', '镇（区）'), ('14个', '社区托育点全覆盖镇（区）')),
    (('2.6万人次', '眼保健和视力检查'), ('2.71万人次', '眼保健和视力检查')),
    (('6.8万人', '老人免费体检'), ('7.02万人', '老年人免费体检')),
    (('60台', 'AED'), ('64台', 'AED')),
    (('18个', '老年助餐点'), ('19个', '老年助餐点')),
    (('30万人次', '助餐服务'), ('33.6万人次', '助餐')),
    (('300户', '特殊困难老年人家庭'), ('312户', '特殊困难老年人家庭适老化改造')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('2860户', '居民'), ('2915户', '居民')),
    (('20部', '加装电梯'), ('17部', '加装电梯完工')),
    (('120公里', '农村供水管网'), ('126公里', '农村供水管网')),
    (('930元', '城乡低保标准'), ('930元', '城乡低保标准')),
    (('350名', '残疾儿童'), ('372名', '残疾儿童')),
    (('6500人', '城镇新增就业'), ('7128人', '城镇新增就业')),
    (('8000人次', '职业技能培训'), ('8656人次', '职业技能培训')),
    (('80公里', '农村公路'), ('83.5公里', '农村公路')),
    (('1200个', '公共停车泊位'), ('1268个', '公共停车泊位')),
    (('6个', '口袋公园'), ('6个', '口袋公园')),
    (('30个', '行政村'), ('28个', '行政村')),
    (('5000户', '燃气泄漏报警器'), ('5120户', '燃气泄漏报警器')),
    (('160场', '送戏下乡'), ('172场', '送戏下乡')),
    (('4家', '城市书房'), ('4家', '城市书房')),
    (('12件', '民生实事'), None),
    (('15个', '候选项目'), None),
    (('54个', '班'), None),
    (('一所', '九年一贯制学校'), None),
    (('12所', '乡村学校'), None),
    (('20个', '村卫生室'), None),
    (('3.2万平方米', '建筑面积'), None),
    (('15个', '公园和广场'), None),
    (('1个', '社区托育点'), None),
    (('5000元', '适老化改造补助'), None),
    (('3条', '城乡公交线路'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='10700', report='10701')

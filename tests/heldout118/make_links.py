#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 11800 plan / 11801 report).

Run inside tests/heldout118:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: the list's `10件` and `31个` (11801
restates them as targets), the county's own funds `1.92亿元`, the per-town `1个` nursery point (11801 counts `2个`
nurseries in all: another scope), the per-1,000 level `4.5个` (11801 gives a year-end stock, never a result), the
kindergarten's `2600万元`, the school's `一栋` building and `4800平方米` (unfinished, no figure), the meal subsidy `3元`
(11801 quotes it as a price in force), the care centre's `120张` beds, and the results 11801 reports without a figure
(eye checks, teachers, water pipes, rural houses, lifts, public-welfare and trainee posts, bus lines, pocket parks,
village sewage, city reading rooms, books) and the `7件`/`3件` start dates.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.86亿元', '计划总投资'), ('5.71亿元', '完成投资')),
    (('240个', '普惠托位'), ('256个', '普惠托位')),
    (('360个', '学位'), ('360个', '学位')),
    (('2.6万名', '65岁以上老年人'), ('2.71万名', '65岁以上老年人')),
    (('14个', '村卫生室'), ('14个', '村卫生室')),
    (('8000名', '适龄妇女'), ('8260人', '两癌筛查')),
    (('16个', '老年助餐点'), ('17个', '老年助餐点')),
    (('20万人次', '助餐服务'), ('21.4万人次', '助餐服务')),
    (('500户', '特殊困难老年人家庭'), ('512户', '特殊困难老年人家庭')),
    (('11个', '老旧小区'), ('11个', '老旧小区')),
    (('3460户', '居民'), ('3512户', '居民')),
    (('800元', '城乡低保标准'), ('800元', '城乡低保标准')),
    (('650名', '残疾人'), ('681名', '残疾人')),
    (('3200人', '城镇新增就业'), ('3468人', '城镇新增就业')),
    (('4500人次', '职业技能培训'), ('4915人次', '职业技能培训')),
    (('60公里', '农村公路'), ('58.6公里', '农村公路')),
    (('800个', '公共停车泊位'), ('836个', '公共停车泊位')),
    (('4000户', '居民'), ('4126户', '居民')),
    (('1.2万人次', '应急救护培训'), ('1.31万人次', '应急救护培训')),
    (('150场', '送戏下乡'), ('163场', '送戏下乡')),
    (('100名', '人大代表和群众代表'), ('102名', '代表和群众代表')),
    (('10件', '实事'), None),
    (('31个', '子项'), None),
    (('1.92亿元', '县本级财政'), None),
    (('1个', '社区嵌入式托育点'), None),
    (('4.5个', '托位'), None),
    (('1.1万名', '儿童'), None),
    (('2600万元', '总投资'), None),
    (('一栋', '教学楼'), None),
    (('4800平方米', '建筑面积'), None),
    (('85名', '中小学教师'), None),
    (('3元', '助餐补贴'), None),
    (('120张', '护理型床位'), None),
    (('42公里', '农村供水管网'), None),
    (('150户', '农村危房改造'), None),
    (('2部', '加装电梯'), None),
    (('300个', '乡村公益性岗位'), None),
    (('200个', '就业见习岗位'), None),
    (('2条', '公交线路'), None),
    (('8个', '口袋公园'), None),
    (('28个', '行政村生活污水治理'), None),
    (('3个', '城市书房'), None),
    (('3万册', '农家书屋图书'), None),
    (('7件', '实事'), None),
    (('3件', '实事'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='11800', report='11801', same=('year',))

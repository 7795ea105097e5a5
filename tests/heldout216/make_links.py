#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 21600 plan / 21601 report).

Run inside tests/heldout216:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report's table restates every target (target records of 21601) beside what was served (`出品`,
achieved) and what was not (`沽清`, achieved shortfalls); the links go from the plan's records to the `出品` cells,
the first mention that names what is counted (the report repeats `16个` 幸福食堂 in its prose: the link takes the
table's cell). Listed with None and skipped: the targets the report answers without a figure (`农村危房改造` `120户`
and `公益性岗位` `260个`: `已出`), the kindergarten's `270个` places (nothing served: its `沽清` cell and the prose
carry them into 2025), the list's counts (`12件`, `12道（件）`, `29份（项）`, `29项`), the standards of the notes
(`10万元` per canteen, `3元` a meal, `200元` a parcel), the plan's per-capita goal `4.5个` (the report gives only the
standing level `4.6个`, a stock), the note's `150个` (the same target as the table's `150`) and the `2.1亿元` of
higher-level funds (no result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('150', '普惠托位'), ('162', '普惠托位')),
    (('1800', '孕前优生健康检查'), ('1836', '孕前优生健康检查')),
    (('1200', '婴幼儿入户育儿指导'), ('1315', '婴幼儿入户育儿指导')),
    (('540', '学位'), ('540', '学位')),
    (('85', '教师'), ('81', '教师')),
    (('22', '村卫生室'), ('22', '村卫生室')),
    (('2.4万', '老年人免费体检'), ('2.57', '老年人免费体检')),
    (('6000', '两癌筛查'), ('6214', '两癌筛查')),
    (('15', '农村互助养老幸福食堂'), ('16', '幸福食堂')),
    (('300', '特殊困难老年人家庭'), ('300', '适老化改造')),
    (('6', '老旧小区'), ('5', '老旧小区')),
    (('30', '农村公厕'), ('30', '农村公厕')),
    (('800', '残疾人'), ('846', '残疾人')),
    (('2000', '暖冬包'), ('2000', '暖冬包')),
    (('2600', '城镇新增就业'), ('2871', '城镇新增就业')),
    (('3000', '脐橙、蔬菜实用技术培训'), ('3420', '实用技术培训')),
    (('48', '农村公路'), ('45.6', '农村公路')),
    (('3', '城乡公交线路'), ('3', '城乡公交线路')),
    (('12', '河道整治'), ('12.5', '河道整治')),
    (('35', '农村生活污水治理自然村'), ('35', '污水治理自然村')),
    (('40', '围屋消防栓、灭火器配置'), ('43', '围屋消防配置')),
    (('1500', '燃气泄漏报警器'), ('1620', '燃气报警器')),
    (('3', '围屋修缮'), ('2', '围屋修缮')),
    (('120', '送采茶戏下乡'), ('134', '送采茶戏下乡')),
    (('1380户', '居民'), ('1144户', '居民')),
    (('8部', '加装电梯'), ('9部', '加装电梯')),
    (('3.86亿元', '总投资'), ('3.71亿元', '完成投资')),
    (('1.2亿元', '县级财政'), ('1.2亿元', '县级财政')),
    (('120', '农村危房改造'), None),
    (('260', '公益性岗位'), None),
    (('270', '学位'), None),
    (('12件', '民生实事'), None),
    (('12道（件）', '民生实事'), None),
    (('29份（项）', '民生实事'), None),
    (('29项', '民生实事'), None),
    (('10万元', '幸福食堂建设资金'), None),
    (('3元', '自付'), None),
    (('200元', '暖冬包价值'), None),
    (('4.5个', '托位'), None),
    (('150个', '普惠托位'), None),
    (('2.1亿元', '上级资金'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='21600', report='21601', target='first', result='first')

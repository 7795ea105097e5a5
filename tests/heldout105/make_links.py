#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 10500 plan / 10501 report).

Run inside tests/heldout105:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (a county head's school lecture) gives five results only in its slide table
(`老年助餐点（个） | 14 | 15 | 107%` …): the link takes the table's result cell, the first mention in a row that names
what is counted (for the old estates the cell `6`, not the prose `老旧小区6个全部改完` after it). A target with no result
is listed with None and skipped: the list's `10件` (the report restates it as a target), the county's own funds
`1.3亿元`, the 2030 level of `4.5个` 托位 per 千人口 (the report restates it as a 2030 target; its `3.9个` is a stock) and
the draft's `12个` meal points (a target of the draft, replaced by the `14个` of the list).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.7亿元', '计划总投资'), ('4.52亿元', '完成投资')),
    (('240个', '普惠托位'), ('262个', '普惠托位')),
    (('3600人次', '婴幼儿发育筛查'), ('3790人次', '发育筛查')),
    (('1350个', '学位'), ('1350个', '学位')),
    (('5所', '农村寄宿制学校'), ('5所', '寄宿制学校')),
    (('2.4万人', '老年人免费健康体检'), ('2.53万人', '老人免费体检')),
    (('12个', '村卫生室'), ('12个', '村卫生室')),
    (('6000人', '两癌筛查'), ('6214人', '两癌筛查')),
    (('14个', '老年助餐点（长者食堂）'), ('15', '老年助餐点')),
    (('8万人次', '助餐服务'), ('9.2', '助餐服务')),
    (('320户', '特殊困难老年人家庭'), ('331', '居家适老化改造')),
    (('6个', '老旧小区'), ('6', '老旧小区改造')),
    (('1460户', '居民'), ('1488户', '居民')),
    (('180户', '农村危房改造'), ('180户', '农村危房改造')),
    (('42公里', '城乡供水管网'), ('43.5公里', '城乡供水管网')),
    (('550名', '残疾人'), ('586', '残疾人基本康复服务')),
    (('760元', '城乡低保标准'), ('760元', '低保标准')),
    (('3200人', '城镇新增就业'), ('3516人', '城镇新增就业')),
    (('4500人次', '职业技能培训'), ('4870人次', '职业技能培训')),
    (('1000人次', '彝绣、餐饮培训'), ('1128人次', '彝绣、回族餐饮培训')),
    (('85公里', '农村公路'), ('79公里', '农村公路')),
    (('600个', '公共停车泊位'), ('640个', '公共停车泊位')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('20个', '自然村'), ('20个', '自然村')),
    (('2500户', '城镇居民'), ('2610户', '居民')),
    (('150场', '送戏下乡'), ('163场', '送戏下乡')),
    (('40场', '打歌专场'), ('48场', '打歌专场')),
    (('10件', '县级民生实事'), None),
    (('1.3亿元', '县级财政'), None),
    (('4.5个', '3岁以下婴幼儿托位'), None),
    (('12个', '老年助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='10500', report='10501')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 7700 plan / 7701 report).

Run inside tests/heldout77:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 7700's draft total `2.36亿元` (the final
list's total was revised to 2.41亿元, so 2.29亿元 answers the final plan, not the draft's figure), `860户` households of the old
estates and `1个` 托育点 / `1个` meal point / `80个` parking places / `300万元` the township asked for (no result in the report).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1.58亿元', '上级资金'), ('1.52亿元', '上级资金到位')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('3000人次', '儿童发育筛查'), ('3240人次', '儿童发育筛查')),
    (('360个', '学位'), ('360个', '第二幼儿园新增学位')),
    (('12所', '农村学校供暖设施'), ('12所', '农村学校供暖改造')),
    (('4200人', '老年人免费健康体检'), ('4415人', '老年人免费健康体检')),
    (('8个', '标准化村卫生室'), ('8个', '标准化村卫生室')),
    (('9个', '老年助餐点'), ('10个', '老年助餐点')),
    (('4万人次', '助餐服务'), ('4.6万人次', '助餐服务')),
    (('200户', '特殊困难老年人家庭'), ('207户', '适老化改造')),
    (('5个', '老旧小区'), ('5个', '老旧小区改造')),
    (('150户', '农村危房改造'), ('153户', '农村危房改造')),
    (('4.5公里', '供热管网'), ('3.2公里', '供热管网')),
    (('320名', '残疾人'), ('334名', '残疾人基本康复服务')),
    (('760元', '城乡低保标准'), ('760元', '城乡低保标准')),
    (('1100人', '城镇新增就业'), ('1236人', '城镇新增就业')),
    (('1500人次', '牧民职业技能培训'), ('1688人次', '牧民职业技能培训')),
    (('48公里', '农村公路'), ('44公里', '农村公路')),
    (('260个', '公共停车泊位'), ('272个', '公共停车泊位')),
    (('3个', '口袋公园'), ('3个', '口袋公园')),
    (('2万亩', '退化草地'), ('2.1万亩', '退化草地治理')),
    (('3000户', '牧民家庭'), ('3120户', '燃气泄漏报警器')),
    (('90场', '送文艺演出下乡'), ('102场', '送文艺演出下乡')),
    (('2.36亿元', '计划总投资'), None),
    (('860户', '居民'), None),
    (('1个', '托育点'), None),
    (('80个', '公共停车泊位'), None),
    (('300万元', '县级配套资金'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='7700', report='7701', target='first')

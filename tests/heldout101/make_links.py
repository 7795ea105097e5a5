#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 10100 plan / 10101 report).

Run inside tests/heldout101:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes. A target with no result is listed
with None and skipped: the plan's `各建成普惠托育机构1家` (one per town; the report counts `两家`
together), the school's `教学楼一栋`, `8600平方米` and `900个` places (the report gives no count
for the building, and moves the places into 2030 as a target), the `胸痛中心、卒中中心各1个`
(the report says only that both passed review), the special-post teachers, the rural
house repairs and the social capital (the report, as edited, gives no figure for them), the
per-household cap of `5000元`, the road for groups `18公里`, the bus lines `2条`, the sewer,
pocket parks and river works (the report counts only `3个` sub-items), the fitness squares, and
the list counts (`12件`, `31个`, restated in the report as targets).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.86亿元', '计划总投资'), ('4.71亿元', '实际完成投资')),
    (('1.92亿元', '县级财政'), ('1.92亿元', '县级财政到位')),
    (('2.3亿元', '上级资金'), ('2.16亿元', '上级资金到位')),
    (('240个', '普惠托位'), ('252个', '普惠托位')),
    (('4.2个', '托位'), ('4.3个', '托位')),
    (('3000名', '儿童'), ('3156人', '儿童眼保健和视力检查')),
    (('6所', '农村学校食堂'), ('6所', '农村学校食堂')),
    (('22个', '村卫生室'), ('22个', '村卫生室')),
    (('1.2万人', '两癌筛查'), ('1.26万人', '两癌筛查')),
    (('3个', '镇级综合养老服务中心'), ('3个', '镇级综合养老服务中心')),
    (('15个', '老年助餐点'), ('16个', '老年助餐点')),
    (('6万人次', '助餐服务'), ('7.3万人次', '助餐服务')),
    (('400户', '特殊困难老年人家庭'), ('412户', '特殊困难老年人家庭')),
    (('12个', '老旧小区'), ('12个', '老旧小区')),
    (('1860户', '居民'), ('1912户', '居民')),
    (('20部', '加装电梯'), ('16部', '加装电梯')),
    (('800元', '城市低保标准'), ('800元', '城市低保标准')),
    (('620元', '农村低保标准'), ('620元', '农村低保标准')),
    (('460名', '残疾人'), ('483名', '残疾人')),
    (('3200人', '城镇新增就业'), ('3416人', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4382人次', '职业技能培训')),
    (('45公里', '农村公路'), ('47.3公里', '农村公路')),
    (('500个', '公共停车泊位'), ('526个', '公共停车泊位')),
    (('2600户', '居民'), ('2718户', '燃气泄漏报警器')),
    (('150场', '送戏下乡'), ('163场', '送戏下乡')),
    (('1家', '普惠托育机构'), None),
    (('900个', '学位'), None),
    (('80名', '特岗教师和公费师范生'), None),
    (('150户', '农村危房改造'), None),
    (('0.64亿元', '社会资本'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='10100', report='10101', target='first')

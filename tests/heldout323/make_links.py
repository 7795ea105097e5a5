#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 32300 plan / 32301 report).

Run inside tests/heldout323:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The plan (32300, a letter posted to every household of 钤山镇) states `2860万元` twice (its lead and its `钱怎么花`
paragraph): the link takes the first. The report (32301, the shop-window transcription) answers from its `｜` table's
`年底实绩` column; `招聘会办了5场` in its notes restates the table's `5`, whose cell takes the link. A target with no
result is listed with None and skipped: the list's counts and money the report does not answer with a figure
(`10件`, `940万元`, `1120万元`, `860万元`), the centre `1处`, the kindergarten's `90个` places, the `980元` fee cap and
its `三成`, the `1块` sports ground, the carried-over 钤西村 toilet `1座`, the `800平方米` per park, the `6名` per
station, and `300人` helped into work (the report gives `达成就业意向418人`: intentions to hire, not jobs, so
another thing).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '总投资'), ('2794', '完成投资')),
    (('40张', '床位'), ('40', '居家养老服务中心床位')),
    (('24张', '护理型床位'), ('26', '护理型床位')),
    (('5个', '老年助餐点'), ('6', '老年助餐点')),
    (('3万人次', '助餐'), ('3.46', '助餐')),
    (('60个', '普惠托位'), ('60', '普惠托位')),
    (('800人次', '入户育儿指导'), ('912', '入户育儿指导')),
    (('4200平方米', '运动场面积'), ('4200', '钤山小学运动场改造面积')),
    (('12名', '课后服务教师'), ('11', '课后服务教师')),
    (('1800人', '两癌筛查'), ('1936', '两癌筛查')),
    (('6个', '村卫生室'), ('6', '村卫生室标准化改造')),
    (('2个', '老旧小区'), ('2', '老旧小区')),
    (('386户', '居民'), ('391', '老旧小区惠及居民')),
    (('15户', '农村危房改造'), ('15', '农村危房改造')),
    (('8座', '农村公厕'), ('7', '农村公厕')),
    (('60个', '公益性岗位'), ('64', '公益性岗位')),
    (('4场', '招聘会'), ('5', '家门口招聘会')),
    (('500人次', '职业技能培训'), ('623', '职业技能培训')),
    (('12.5公里', '通组公路'), ('13.1', '通组公路硬化')),
    (('10个', '公交候车亭'), ('10', '公交候车亭')),
    (('3.2公里', '河道'), ('3.2', '河道治理')),
    (('2个', '口袋公园'), ('2', '口袋公园')),
    (('1200户', '燃气报警器'), ('1265', '燃气报警器')),
    (('3个', '微型消防站'), ('3', '微型消防站')),
    (('60场', '送赣剧、采茶戏下乡'), ('72', '送戏下乡')),
    (('6000册', '农家书屋图书'), ('6420', '农家书屋更新图书')),
    (('10件', '民生实事'), None),
    (('940万元', '镇级财政'), None),
    (('1处', '居家养老服务中心'), None),
    (('90个', '学位'), None),
    (('1座', '公厕'), None),
    (('300人', '就业'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='32300', report='32301', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 27900 plan / 27901 report).

Run inside tests/heldout279:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The report (a wealth-management-style annual report) answers most targets in its `|` holdings table (`计划 | 实际 |
完成率`) and a few in its notes (`131人`, `3218人`, `920株`, `1条`, `12条`); where it states a result twice (`134`
in the table, `134场` in the notes; `3126` in the table, `3126户` in the notes) the link takes the first mention
(`result='first'`), the table cell. The table's `计划` cells restate the plan's targets (target records of 27901):
the links go from the plan's records. A target with no result figure is listed with None and skipped: the list's
count (`10件`), the daily meal capacity `800份` (the report gives only a daily average, stock), the 托育点 `1个`
and the `宝宝屋` `1个` (told as opened, no figure), the `4个` summer-care sites, the `3个` estates, and the village
clinics' outposts `1个`.
"""
import runpy
from pathlib import Path

LINKS = [
    (('1.36亿元', '计划总投资'), ('1.29亿元', '实际投入')),
    (('8600万元', '镇级财政'), ('8150万元', '镇级财政')),
    (('2家', '社区长者食堂'), ('2', '社区长者食堂')),
    (('6个', '老年助餐点'), ('7', '老年助餐点')),
    (('60个', '托位'), ('70', '普惠性托位')),
    (('3座', '口袋公园'), ('3', '口袋公园')),
    (('1.2公顷', '公共绿地'), ('1.35', '公共绿地')),
    (('800株', '乔木'), ('920株', '乔木')),
    (('1860户', '居民'), ('1872', '美丽家园改造受益居民')),
    (('15台', '加装电梯'), ('11', '加装电梯')),
    (('1500个', '就业岗位'), ('1638', '就业岗位')),
    (('120人', '长期失业青年'), ('131人', '长期失业青年')),
    (('2000人次', '职业技能培训'), ('2240', '职业技能培训')),
    (('3000户', '居民家庭'), ('3126', '燃气金属波纹管更换')),
    (('400名', '小学生'), ('436', '暑托班服务小学生')),
    (('8.5公里', '农村公路'), ('8.5', '农村公路改造')),
    (('1条', '城乡公交线路'), ('1条', '城乡公交线路')),
    (('200个', '公共停车泊位'), ('216', '公共停车泊位')),
    (('450个', '小学学位'), ('450', '小学学位')),
    (('1.1万人', '免费体检'), ('1.16', '老年人免费体检')),
    (('3000人', '大肠癌筛查'), ('3218人', '大肠癌筛查')),
    (('12条', '镇村河道'), ('12条', '河道')),
    (('15.6公里', '河道整治长度'), ('15.9', '河道整治长度')),
    (('120场', '送戏、送电影进村'), ('134', '送戏送电影进村')),
    (('10件', '为民办实事项目'), None),
    (('800份', '供餐能力'), None),
    (('1个', '普惠性托育点'), None),
    (('1个', '宝宝屋'), None),
    (('4个', '爱心暑托班班点'), None),
    (('3个', '住宅小区'), None),
    (('1个', '村卫生室延伸点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='27900', report='27901', target='first', result='first')

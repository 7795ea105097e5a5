#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 23900 plan / 23901 report).

Run inside tests/heldout239:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a Wuhan-dialect column) states its targets in prose and repeats seven of them in its
`划重点` table (`120`, `6`, `24`, `600`, `300`, `40`, `6500`): the links go from the prose, the first mention
(`target='first'`). The report (a time-capsule letter) names the two childcare points and the four canteens again as
providers in its inventory: the links take the first mention (`result='first'`). A target with no result is listed
with None and skipped: the list's counts (`十件`, `10件`), the district money (`4800万元`), the 2028 goal (`600个`),
the meal subsidy (`2块钱`), and the targets the letter reports without a figure: 适老化改造 `150户` (`10月份就全部完成了`),
背街小巷 `8条` and the 微循环公交 `1条` (`开通了`, `收了尾`), the 移动体检车 `1台`, the `5个` 四点半课堂 communities.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1.36亿元', '计划总投资'), ('1.29亿元', '完成投资')),
    (('两个', '社区嵌入式托育点'), ('两个', '社区嵌入式托育点')),
    (('一百二十个', '普惠托位'), ('128个', '普惠托位')),
    (('4个', '幸福食堂'), ('4个', '幸福食堂')),
    (('6万人次', '助餐'), ('6.7万人次', '助餐')),
    (('5个', '老旧小区'), ('4个', '老旧小区改造完工')),
    (('1860户', '居民'), ('1742户', '居民')),
    (('24部', '加装电梯'), ('27部', '加装电梯')),
    (('8个', '引进红色物业的老旧小区'), ('8个', '引进红色物业的老旧小区')),
    (('600个', '充电端口'), ('640个', '充电端口')),
    (('2000户', '免费安装燃气报警器居民'), ('2035户', '免费安装燃气报警器居民')),
    (('300个', '公共停车泊位'), ('268个', '公共停车泊位')),
    (('2个', '口袋公园'), ('两个', '口袋公园')),
    (('1.2公里', '绿道'), ('1.35公里', '绿道')),
    (('40个', '公益性岗位'), ('42个', '公益性岗位')),
    (('200名', '就业困难人员'), ('216名', '就业困难人员')),
    (('6500人', '老人免费体检'), ('6912人', '老人免费体检')),
    (('800名', '学生'), ('936名', '学生')),
    (('3个', '暑托班'), ('3个', '暑托班')),
    (('60场', '百姓舞台演出'), ('73场', '百姓舞台演出')),
    (('十件', '实事'), None),
    (('10件', '实事'), None),
    (('4800万元', '区财政资金'), None),
    (('600个', '托位'), None),
    (('2块钱', '助餐补贴'), None),
    (('150户', '困难老人'), None),
    (('8条', '背街小巷'), None),
    (('1条', '社区微循环公交'), None),
    (('1台', '移动体检车'), None),
    (('5个', '开四点半课堂社区'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='23900', report='23901', target='first', result='first')

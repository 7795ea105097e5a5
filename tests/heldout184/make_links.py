#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 18400 plan / 18401 report, 攸县 2028).

Run inside tests/heldout184:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator; runs the shared `tools/make_links.py`. The report states some results twice (its highlights
paragraph and its marking table, or the table and its section on lost points): the link takes the first mention
in a sentence or row that names what is counted (`新增的17个老年食堂`, `4条城乡公交线路`, `实际完成83.5公里`,
`2138户居民`; the table's `252`, `81`, `14`, `112`, `540` come before the prose of section 三). The report's table
restates the plan's targets (target records of 18401): the links go from the plan's records. Targets with no
result figure are listed with None: those the report says were done without a figure (its note under the
table: 村卫生室, 低保, 公益性岗位, 污水治理, 口袋公园, 微型消防站, 农家书屋; the table's `已完成` for 旱厕), the
plan's `各建公办托育点1个` (per town; the report's `2个` counts both towns), the 2600 households and the fire
training, and the list's counts.
"""
import runpy
from pathlib import Path

LINKS = [
    (('240个', '普惠托位'), ('252', '普惠托位')),
    (('1800对', '免费孕前优生健康检查'), ('1846', '孕前优生健康检查')),
    (('360个', '学位'), ('360', '幼儿园学位')),
    (('85名', '乡村教师'), ('81', '乡村教师')),
    (('5.6万人', '老年人免费体检'), ('5.83万', '老年人免费体检')),
    (('1.2万人', '适龄妇女两癌筛查'), ('1.26万', '两癌筛查')),
    (('16个', '老年食堂（助餐点）'), ('17个', '老年食堂')),
    (('12万人次', '助餐'), ('13.4万', '助餐')),
    (('300户', '特殊困难老年人家庭'), ('306', '居家适老化改造')),
    (('11个', '老旧小区'), ('11', '老旧小区')),
    (('20部', '加装电梯'), ('14', '加装电梯')),
    (('120户', '农村低收入群体危房改造'), ('112', '农村危房改造')),
    (('450名', '残疾儿童'), ('473', '残疾儿童康复救助')),
    (('4500人', '城镇新增就业'), ('4862', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3315', '职业技能培训')),
    (('80公里', '农村公路'), ('83.5公里', '农村公路')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('600个', '公共停车泊位'), ('540', '公共停车泊位')),
    (('2000户', '居民'), ('2138户', '居民')),
    (('200场', '送戏下乡'), ('215', '送戏下乡')),
    (('6.2亿元', '计划总投资'), ('6.05亿元', '完成投资')),
    (('2.4亿元', '县级财政资金'), ('2.4亿元', '县级财政资金')),
    (('1个', '公办托育点'), None),
    (('14所', '农村学校旱厕'), None),
    (('28个', '村卫生室标准化提质'), None),
    (('2600户', '居民'), None),
    (('680元', '城市低保月标准'), None),
    (('530元', '农村低保月标准'), None),
    (('260个', '城乡公益性岗位'), None),
    (('15个', '生活污水治理行政村'), None),
    (('5个', '口袋公园'), None),
    (('12个', '微型消防站'), None),
    (('150场', '消防安全培训'), None),
    (('12个', '农家书屋提档升级'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='18400', report='18401', target='first', result='first')

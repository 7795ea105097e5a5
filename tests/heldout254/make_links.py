#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 25400 plan / 25401 report).

Run inside tests/heldout254:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is a county media centre's video page (title, description, chapter list with timestamps,
the author's pinned comment with the money table, residents' comments); the report is the same centre's year-end
fact-check column (“较真”), which checks the video's ten chapters one by one. The report quotes the video's promises
(target records of 25401, with the plan's figures): the links go from the plan's records to the report's results. A
result may be found by its first mention (`result='first'`: 25401 names the `13个` meal points twice, in
`建成老年助餐点13个` and `在13个点都能刷卡`; the link takes the first). A target with no result is listed with None and
skipped: the list's counts and money (`10件`, `27个`, `3.26亿元`, `1.18亿元`, the pinned table's `计划投资` cells), the
figures the report answers with no result figure or only with a remainder (`一栋` 教学楼, its `24间` classrooms and
`6800平方米`: the building is not handed over, the `24间` of the report are a 2027 remainder; the `30个` 村屯 of sewage
treatment: `待核实`, no figure), and the rates the report restates as rates in force (the `200元` per place and month,
the `3元` per meal: stock in 25401, not results). One link joins two units: `8000个` 两癌检查名额 → `7620人` checked (the
report states the share `是名额的95.3%`; README, Open calls).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('300个', '普惠托位'), ('326个', '普惠托位')),
    (('80个', '小宝宝'), ('80个', '托位')),
    (('45名', '新老师'), ('43名', '教师到岗')),
    (('26所', '农村学校'), ('26所', '农村学校燃煤锅炉改电锅炉')),
    (('12个', '老年助餐点'), ('13个', '老年助餐点')),
    (('150户', '困难老人'), ('150户', '适老化改造')),
    (('18个', '村卫生室'), ('18个', '村卫生室')),
    (('8000个', '两癌检查名额'), ('7620人', '两癌免费检查')),
    (('9个', '老旧小区'), ('7个', '老旧小区完工')),
    (('12万平方米', '保温面积'), ('9.6万平方米', '保温面积')),
    (('2160户', '人家'), ('1734户', '居民')),
    (('8.5公里', '供热管网'), ('8.5公里', '供热管网')),
    (('720元', '低保标准'), ('720元', '城乡低保标准')),
    (('260名', '残疾儿童'), ('272名', '残疾儿童')),
    (('3200人', '城镇新增就业'), ('3417人', '城镇新增就业')),
    (('10场', '招聘会'), ('12场', '招聘会')),
    (('2000人次', '职业技能培训'), ('2136人次', '职业技能培训')),
    (('46公里', '农村公路'), ('41.6公里', '农村公路')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('400个', '公共停车泊位'), ('412个', '公共停车泊位')),
    (('11公里', '岔路河干流河道治理'), ('11公里', '岔路河干流河道治理')),
    (('3个', '口袋公园'), ('3个', '口袋公园')),
    (('4000户', '居民'), ('4185户', '燃气报警器安装')),
    (('14个', '微型消防站'), ('14个', '微型消防站')),
    (('10件', '重点民生实事'), None),
    (('27个', '子项目'), None),
    (('3.26亿元', '计划总投资'), None),
    (('1.18亿元', '县级财政'), None),
    (('一栋', '教学楼'), None),
    (('24间', '教室'), None),
    (('6800平方米', '教学楼面积'), None),
    (('200元', '普惠托位补助'), None),
    (('3元', '助餐补贴'), None),
    (('30个', '生活污水治理村屯'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='25400', report='25401', target='first', result='first')

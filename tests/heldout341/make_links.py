#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 34100 plan / 34101 report).

Run inside tests/heldout341:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (交镖簿) copies every target of the plan (镖单) into its one-cell-a-line table (`约定镖货`,
target records of 34101); the links go from the plan's records to the table's `验讫` cells, which take their target's
unit. The plan's total investment is answered by the report's `实际完成投资`; the carried-over 城西 estates (`剩余2个`,
2025's list, carried into 2026) by the report's `上年结转的城西2个老旧小区已于5月完工`. A target with no result is listed
with None and skipped: the list's counts (`十项`, `十张`, `十趟`), the bills' money (`镖银`, the summary table's cells,
its `其中县级` column), the town childcare centre `1处` (the report names it without a figure), the 2027 level of
`4.5个` per 千人口, and the 高龄津贴 standard (`80元`), which the report does not mention.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.27亿元', '总投资'), ('2.19亿元', '完成投资')),
    (('2个', '城西老旧小区改造剩余小区'), ('2个', '城西老旧小区')),
    (('240个', '普惠托位'), ('256', '普惠托位')),
    (('60个', '托位'), ('60', '乡镇托育服务中心托位')),
    (('1500人次', '入户育儿指导'), ('1623', '入户育儿指导')),
    (('1200对', '免费孕前优生健康检查'), ('1188', '孕前优生健康检查')),
    (('360个', '学位'), ('360', '学位')),
    (('120间', '农村学校教室照明'), ('126', '教室照明改造')),
    (('85名', '教师'), ('82', '教师')),
    (('40个', '村卫生室'), ('40', '村卫生室')),
    (('2.8万人', '老年人免费体检'), ('2.93万', '老年人免费体检')),
    (('6000人', '适龄妇女两癌筛查'), ('6150', '两癌筛查')),
    (('8个', '农村互助幸福院'), ('8', '农村互助幸福院')),
    (('15个', '老年助餐点'), ('15', '老年助餐点')),
    (('12万人次', '助餐'), ('13.6万', '助餐')),
    (('300户', '特殊困难老年人家庭'), ('312', '适老化改造')),
    (('3200人', '城镇新增就业'), ('3418', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4256', '职业技能培训')),
    (('260个', '公益性岗位'), ('260', '公益性岗位')),
    (('58公里', '农村公路'), ('52.5', '农村公路')),
    (('3条', '城乡公交线路'), ('3', '城乡公交线路')),
    (('4座', '危桥'), ('4', '危桥')),
    (('6个', '老旧小区'), ('6', '老旧小区')),
    (('1480户', '居民'), ('1512', '居民')),
    (('90户', '农村危房改造'), ('90', '农村危房改造')),
    (('21公里', '供水管网'), ('23.4', '供水管网')),
    (('30个', '生活污水治理村'), ('30', '生活污水治理村')),
    (('5个', '口袋公园'), ('5', '口袋公园')),
    (('1.2万亩', '植树造林'), ('1.26万', '植树造林')),
    (('5000户', '燃气报警器'), ('5000', '燃气报警器')),
    (('12个', '微型消防站'), ('12', '微型消防站')),
    (('3000人次', '应急救护培训'), ('3380', '应急救护培训')),
    (('200场', '送戏曲下乡'), ('216', '送戏下乡')),
    (('50个', '农家书屋'), ('50', '农家书屋')),
    (('4块', '笼式足球场'), ('3', '笼式足球场')),
    (('1处', '乡镇托育服务中心'), None),
    (('4.5个', '婴幼儿托位'), None),
    (('80元', '高龄津贴'), None),
    (('520万元', '镖银'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='34100', report='34101')

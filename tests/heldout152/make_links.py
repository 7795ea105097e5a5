#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 15200 plan / 15201 report).

Run inside tests/heldout152:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Exactly one record must match each side (stance filter: target on the plan, achieved on the report).
The report states most results twice at most: its output table (`二、产出指标完成情况`, a bare cell such as `252`
under the row `新增普惠托位（个）`) and, for the four unfinished tasks, its notes (`加装电梯完工6部`,
`学校食堂改造完成7所`, `公共停车泊位完成574个`, `滨河步道完成4.7公里`); the link takes the table's cell, the first
mention in a line that names what is counted. The table's target cells restate the plan (target records of 15201)
and are never a result. The money links go from the appendix's head (`计划总投资4.37亿元`, `县级财政安排1.26亿元`,
`争取上级资金约2.4亿元`) to the report's lead (`决算数为4.24亿元`, `县级财政资金1.19亿元`, `上级资金2.47亿元`),
not to the table's `合计` row, which repeats the first in 万元.
A target with no result is listed with None and skipped: the list's counts (`10件`, `37项`, `10件` voted); the
per-town `1所` 托育中心 (`各新建1所`, per 镇: the report counts `2所` for both towns, another scope); the plan's
figures the report answers without a figure (`2个` 区域医疗次中心 `已挂牌运行`; `12所` 乡村学校厕所, `6座` 危桥,
`3.6公里` 生态护岸, `5个` 口袋公园, `11个` 微型消防站, `3个` 城市书房: `6项任务均已按计划全部完成`); the beds
`不少于30张` per centre (the report gives `36张` and `32张`, one per centre, no figure for the standard); and the
plan's figures with no counterpart (`3栋` 教学楼, `36个` 班, `10万元` per 幸福屋, `3000元` per 户, `1860户`, the
carried-over `2部`, `1.1万人`, `50%` 污水治理率, the notes' `4.5个` of 2030 and `460万元`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.37亿元', '计划总投资'), ('4.24亿元', '决算数')),
    (('1.26亿元', '县级财政'), ('1.19亿元', '县级财政资金')),
    (('2.4亿元', '上级资金'), ('2.47亿元', '上级资金')),
    (('240个', '普惠托位'), ('252', '普惠托位')),
    (('3.8个', '婴幼儿托位'), ('3.9个', '托位')),
    (('2600名', '孕产妇'), ('2581', '免费产前筛查')),
    (('98%', '新生儿听力筛查率'), ('98.6%', '新生儿听力筛查率')),
    (('1800人次', '入户科学育儿指导'), ('2046', '入户科学育儿指导')),
    (('1620个', '学位'), ('1620', '东城新区小学学位')),
    (('720个', '首批开放学位'), ('756', '秋季首批开放学位')),
    (('8所', '学校食堂'), ('7', '学校食堂')),
    (('5元', '营养餐补助标准'), ('5元', '营养餐补助标准')),
    (('20个', '村卫生室'), ('21', '村卫生室')),
    (('3.2万人次', '老年人免费健康体检'), ('3.41', '老年人免费健康体检')),
    (('15个', '村级互助养老幸福屋'), ('15', '互助养老幸福屋')),
    (('1500户', '特殊困难老年人家庭'), ('1538', '居家适老化改造')),
    (('80元', '高龄津贴'), ('80元', '高龄津贴')),
    (('9个', '城镇老旧小区'), ('9', '城镇老旧小区')),
    (('8部', '加装电梯'), ('6', '加装电梯')),
    (('126公里', '农村供水管网'), ('131.4', '农村供水管网')),
    (('150户', '农村低收入群体危房改造'), ('156户', '农村低收入群体危房改造')),
    (('3600人', '城镇新增就业'), ('3872', '城镇新增就业')),
    (('420个', '乡村公益性岗位'), ('436', '公益性岗位')),
    (('5000人次', '职业技能培训'), ('5317', '职业技能培训')),
    (('8000万元', '创业担保贷款'), ('9260', '创业担保贷款')),
    (('100名', '返乡创业带头人'), ('112名', '返乡创业带头人')),
    (('85公里', '农村公路'), ('88.6', '农村公路')),
    (('600个', '公共停车泊位'), ('574', '公共停车泊位')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('5.2公里', '滨河步道'), ('4.7', '滨河步道')),
    (('30个', '生活污水治理行政村'), ('32', '生活污水治理行政村')),
    (('4000户', '老旧小区居民'), ('4180', '燃气泄漏报警器')),
    (('6000人次', '应急救护培训'), ('6412', '应急救护培训')),
    (('2万册', '农家书屋图书'), ('2.16万册', '农家书屋图书')),
    (('200场', '送戏下乡'), ('214', '送戏下乡')),
    (('1所', '乡镇公办托育中心'), None),
    (('2个', '区域医疗次中心'), None),
    (('30张', '床位'), None),
    (('12所', '乡村学校厕所'), None),
    (('6座', '危桥'), None),
    (('3.6公里', '生态护岸'), None),
    (('5个', '口袋公园'), None),
    (('11个', '乡镇微型消防站'), None),
    (('3个', '城市书房'), None),
    (('3栋', '教学楼'), None),
    (('36个', '班'), None),
    (('10万元', '建设资金'), None),
    (('3000元', '补助'), None),
    (('1860户', '居民'), None),
    (('2部', '结转电梯'), None),
    (('1.1万人', '季节性缺水人口'), None),
    (('50%', '农村生活污水治理率'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='15200', report='15201', same=('year',))

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 14400 plan / 14401 report).

Run inside tests/heldout144:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A result may be found by its first mention (`result='first'`: 14401 states `56.4公里` 农村公路新改建
in its table and again in its third part; the link takes the table cell, the first mention). The report's table
restates every award target (`300个`, `4个`, … target records of 14401): the links go from the plan's records to the
report's result cells and prose. A target with no result is listed with None and skipped: the list's counts (`11件`,
`31项`, `15项`), the per-town `1个` 社区托育点 (the report's `4个` counts all four towns: another scope), the targets the
report says were done without a figure (`120户` 危房改造, `30个` 公交候车亭, `30个` 生活污水治理行政村, `40个` 农家书屋),
the kindergarten's `1所`, `12个` 班 and `4800平方米` (the report gives only its `360个` places), the per-unit award
standards (the report restates them as standards, stock, not results), the `1200元` fee cap, the `90%` pass-rate
threshold and the per-千人口 baseline and 2027 goal.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.62亿元', '计划总投资'), ('3.49亿元', '完成投资')),
    (('1.45亿元', '县级财政'), ('1.45亿元', '县级财政资金')),
    (('3100万元', '奖补资金预算'), ('2921.40万元', '下达奖补资金')),
    (('300个', '普惠托位'), ('326个', '普惠托位')),
    (('1500人次', '入户科学育儿指导'), ('1623人次', '入户科学育儿指导')),
    (('1800对', '免费孕前优生健康检查'), ('1846对', '免费孕前优生健康检查')),
    (('360个', '学位'), ('360个', '学位')),
    (('12所', '农村学校旱厕和食堂改造'), ('12所', '农村学校旱厕和食堂改造')),
    (('80名', '中小学和幼儿园教师'), ('78名', '教师')),
    (('30个', '村卫生室'), ('31个', '村卫生室改造提升')),
    (('1.2万人', '宫颈癌和乳腺癌筛查'), ('12316人', '宫颈癌和乳腺癌筛查')),
    (('25条', '全民健身路径'), ('25条', '全民健身路径')),
    (('20个', '农村老年助餐点（幸福食堂）'), ('22个', '农村老年助餐点')),
    (('12万人次', '助餐'), ('13.4万人次', '助餐')),
    (('300户', '特殊困难老年人家庭'), ('312户', '适老化改造')),
    (('80元', '高龄津贴'), ('80元', '高龄津贴')),
    (('8个', '老旧小区'), ('8个', '老旧小区改造')),
    (('1680户', '居民'), ('1,712户', '老旧小区改造')),
    (('6部', '加装电梯'), ('4部', '既有住宅加装电梯')),
    (('2000户', '农村户厕改造'), ('2,046户', '农村户厕改造')),
    (('580名', '残疾人'), ('604名', '残疾人')),
    (('735元', '城乡低保标准'), ('735元', '城乡低保标准')),
    (('4200人', '城镇新增就业'), ('4516人', '城镇新增就业')),
    (('3500人次', '职业技能培训'), ('3,862人次', '职业技能培训')),
    (('260个', '公益性岗位'), ('272个', '公益性岗位')),
    (('60公里', '农村公路'), ('56.4公里', '农村公路新改建')),
    (('500个', '公共停车泊位'), ('532个', '公共停车泊位')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('2500户', '老旧住宅燃气用户'), ('2,614户', '燃气泄漏报警器')),
    (('15个', '微型消防站'), ('15个', '微型消防站')),
    (('200场', '送戏下乡'), ('216场', '送戏下乡')),
    (('11件', '民生实事'), None),
    (('31项', '民生实事'), None),
    (('15项', '以奖代补项目'), None),
    (('1个', '社区托育点'), None),
    (('1所', '幼儿园'), None),
    (('120户', '农村低收入群体危房改造'), None),
    (('30个', '公交候车亭'), None),
    (('30个', '生活污水治理行政村'), None),
    (('40个', '农家书屋'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='14400', report='14401', target='first', result='first')

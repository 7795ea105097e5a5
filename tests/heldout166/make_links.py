#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 16600 plan / 16601 report).

Run inside tests/heldout166:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator, read side by side by hand. Runs the shared `tools/make_links.py`; this file keeps the link
list and the two doc prefixes. The report's `10件`, `26个` restate the list (target records of 16601): no link.
A target with no result is listed with None and skipped: the report answers 加装电梯 `6部` only with `全部完成`,
and has no figure for the plan's `14个` started in April, `1.22亿元`, `4200万元`, the carried-over `3个` and
`2900万元`, the `1个` 托育点 per town (the report counts `两个` 托育点 together: another scope), `6800平方米`,
the rural meal points `4个`, the `5000元` cap. The report's `10个` 完工 answers the plan's `12个` 老旧小区
(as held-out 123's 9 → 8).
"""
import runpy
from pathlib import Path

LINKS = [
    (('3.62亿元', '计划总投资'), ('3.47\n亿元', '完成投资')),
    (('1.8亿元', '上级资金'), ('1.76亿元', '上级资金')),
    (('240个', '普惠托位'), ('252个', '普惠托位')),
    (('1800名', '儿童免费视力筛查'), ('1862名', '儿童视力筛查')),
    (('450个', '学位'), ('450个', '学位')),
    (('8所', '农村学校冬季清洁供暖改造'), ('8所', '农村学校清洁供暖改造')),
    (('2.6万人', '老年人免费健康体检'), ('2.71万人', '老年人免费体检')),
    (('20个', '村卫生室'), ('20个', '村卫生室')),
    (('10个', '老年助餐点'), ('11个', '老年助餐点')),
    (('6万人次', '助餐'), ('6.4万人次', '助餐')),
    (('300户', '特殊困难老年人家庭'), ('312户', '适老化改造')),
    (('12个', '老旧小区'), ('10个', '老旧小区改造完工')),
    (('2400户', '居民'), ('1980户', '居民')),
    (('18公里', '老化供热管网'), ('18.6公里', '供热管网')),
    (('130户', '农村危房改造'), ('130户', '农村危房改造')),
    (('700名', '残疾人'), ('732名', '残疾人')),
    (('680元', '城乡低保标准'), ('680元', '低保标准')),
    (('4500人', '城镇新增就业'), ('4870人', '城镇新增就业')),
    (('260个', '公益性岗位'), ('271个', '公益性岗位')),
    (('20场', '招聘活动'), ('23场', '招聘活动')),
    (('8000个', '岗位'), ('9100多个', '岗位')),
    (('70公里', '农村公路'), ('64公里', '农村公路')),
    (('600个', '公共停车泊位'), ('620个', '停车泊位')),
    (('4.2公里', '拉法河城区段综合治理'), ('4.2公里', '拉法河城区段治理')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('3.5万平方米', '绿地'), ('3.7万平方米', '绿地')),
    (('2500户', '独居老人家庭'), ('2630户', '燃气泄漏报警器')),
    (('15个', '微型消防站'), ('15个', '微型消防站')),
    (('120场', '送戏下乡'), ('131场', '送戏下乡')),
    (('30个', '农家书屋提升点'), ('30个', '农家书屋提升点')),
    (('6部', '加装电梯'), None),
    (('14个', '集中开工项目'), None),
    (('1个', '社区托育点'), None),
    (('4个', '农村助餐点'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='16600', report='16601', target='first', result='first')

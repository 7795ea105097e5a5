#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 15000 plan / 15001 report).

Run inside tests/heldout150:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A result may be found by its first mention (`result='first'`): 15001 states the lifts' `14部`, the
parking places' `812个` and the embankment's `2.9公里` in its ASCII-box table and again in its section on the unfinished
sub-projects (the lifts a third time in the table's note); the link takes the table's cell, the first mention that names
what is counted. The report's section four restates three targets (`20部`, `900个`, `3.6公里`, target records of 15001):
the links go from the plan's records. A target with no result is listed with None and skipped: the list's counts and
money the report does not answer with a figure (`11件`, `34项`, `6.18亿元` (the report gives 送审 and 审定 sums, not an
investment completed), `2.93亿元` `县级财政配套资金已全部拨付`, `0.85亿元`), the 2027 托位 level per 千人口 `4.5个` and the
2028 goal `5个`, the meals `12万人次` (`本次未单独清算`), the adaptation subsidy `3000元` per 户 (the report's `每户补助3000元`
is a rate in force, stock), the 低保 standards `780元` and `6200元` (`已按标准足额发放`) and the `260块` warning signs
(`按计划设置完毕`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.40亿元', '上级资金'), ('2.31亿元', '上级资金到位')),
    (('1处', '托育综合服务中心'), ('1处', '托育综合服务中心')),
    (('240个', '普惠性托位'), ('252个', '普惠性托位')),
    (('2600人', '孕产妇免费产前筛查'), ('2718人', '孕产妇免费产前筛查')),
    (('92%', '儿童眼保健和视力检查覆盖率'), ('94.3%', '儿童眼保健和视力检查覆盖率')),
    (('1080个', '学位'), ('1080个', '学位')),
    (('270个', '幼儿园学位'), ('270个', '幼儿园学位')),
    (('90名', '乡村学校教师'), ('90名', '乡村学校教师')),
    (('30名', '音体美教师'), ('32名', '音体美教师')),
    (('4.2万人', '老年人免费健康体检'), ('4.37万人', '老年人免费体检')),
    (('2个', '中心卫生院提升改造'), ('2个', '中心卫生院提升改造')),
    (('60张', '床位'), ('64张', '床位')),
    (('25条', '全民健身路径'), ('25条', '全民健身路径')),
    (('3个', '口袋体育公园'), ('3个', '口袋体育公园')),
    (('3个', '镇（街道）综合养老服务中心'), ('3个', '镇（街道）综合养老服务中心')),
    (('15个', '老年幸福食堂'), ('16个', '老年幸福食堂')),
    (('300户', '特殊困难老年人家庭'), ('312户', '居家适老化改造')),
    (('14个', '老旧小区'), ('14个', '老旧小区')),
    (('2860户', '居民'), ('2903户', '居民')),
    (('20部', '加装电梯'), ('14部', '加装电梯')),
    (('120户', '农村低收入群体危房改造'), ('120户', '农村低收入群体危房改造')),
    (('30座', '农村公共厕所'), ('31座', '农村公共厕所')),
    (('800名', '残疾人'), ('826名', '残疾人')),
    (('1个', '未成年人救助保护中心'), ('1个', '未成年人救助保护中心')),
    (('4500人', '城镇新增就业'), ('4812人', '城镇新增就业')),
    (('3500人次', '职业技能培训'), ('3655人次', '职业技能培训')),
    (('400个', '公益性岗位'), ('400个', '公益性岗位')),
    (('200人', '返乡入乡创业'), ('214人', '返乡入乡创业')),
    (('68公里', '农村公路'), ('68.4公里', '农村公路')),
    (('900个', '城区公共停车泊位'), ('812个', '城区公共停车泊位')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('35个', '生活污水治理自然村'), ('35个', '生活污水治理自然村')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('3.6公里', '生态护岸'), ('2.9公里', '生态护岸')),
    (('3500户', '老旧小区居民'), ('3620户', '燃气泄漏报警器')),
    (('15个', '微型消防站'), ('15个', '微型消防站')),
    (('160场', '送戏下乡'), ('172场', '送戏下乡')),
    (('2200场', '农村公益电影放映'), ('2236场', '农村公益电影放映')),
    (('3个', '城市书房'), ('3个', '城市书房')),
    (('11件', '民生实事项目'), None),
    (('34项', '民生实事项目'), None),
    (('6.18亿元', '计划总投资'), None),
    (('2.93亿元', '县级财政配套'), None),
    (('0.85亿元', '社会资本'), None),
    (('4.5个', '3岁以下婴幼儿托位'), None),
    (('12万人次', '助餐'), None),
    (('3000元', '居家适老化改造补助标准'), None),
    (('780元', '城市低保标准'), None),
    (('6200元', '农村低保标准'), None),
    (('260块', '防溺水警示牌'), None),
    (('5个', '托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='15000', report='15001', target='first', result='first')

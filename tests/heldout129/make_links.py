#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 12900 plan / 12901 report).

Run inside tests/heldout129:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A side may match more than one record (`target='first'`, `result='first'`): 12900 states the list's
`10件` twice (its lead and its 参赛对象), and 12901's table restates the plan's targets (target records of 12901),
which the stance filter keeps off the result side. The result of a table row is its bare `竞赛完成` cell (`428`, `4.47万`),
in the target's unit. A target with no result is listed with None and skipped: the list's counts and money the report
does not answer with a figure (`10件`, `27个`, `2.86亿元` `市级财政资金全部到位`, the table's ten rows of 子项目 and 计划投资),
the plan's `1个` 社区托育服务点 per town (the report counts the two towns' points together, `两个`: another scope), the
school building (`1栋`, `1.26万平方米`: `主体结构已封顶`, no figure of the target's kind), the `3000元` cap of the
rehabilitation subsidy, the competition's rules (`10个百分点`, `100%`, `90%`, the per-unit prizes `2万元`, `5000元`,
`2000元`), the `1套` first-aid kit per station, and the 2027 and 2029 figures of the plan's baseline paragraph.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('6.42亿元', '计划总投资'), ('6.58亿元', '完成投资')),
    (('40家', '参赛单位'), ('43家', '参赛单位')),
    (('1500人', '一线参赛职工'), ('1862名', '一线职工')),
    (('400个', '普惠托位'), ('428', '普惠托位')),
    (('360个', '学位'), ('360', '幼儿园学位')),
    (('4.2万人', '老年人免费体检'), ('4.47万', '老年人免费体检')),
    (('18间', '标准化村卫生室'), ('18', '标准化村卫生室')),
    (('15家', '长者饭堂'), ('16', '长者饭堂')),
    (('10万人次', '助餐'), ('11.3万', '长者饭堂助餐')),
    (('300户', '特殊困难老年人家庭'), ('312', '特殊困难老年人家庭适老化改造')),
    (('7个', '老旧小区'), ('7', '老旧小区')),
    (('1860户', '居民'), ('1902', '居民')),
    (('120户', '农村低收入群体危房改造'), ('126', '农村低收入群体危房改造')),
    (('700名', '困难残疾人'), ('736', '困难残疾人')),
    (('6000人', '城镇新增就业'), ('6385', '城镇新增就业')),
    (('5000人次', '职业技能培训'), ('5562', '职业技能培训')),
    (('800人次', '粤西厨娘家政培训'), ('916人次', '粤西厨娘家政培训')),
    (('80公里', '农村公路'), ('76', '农村公路')),
    (('900个', '公共停车泊位'), ('934', '公共停车泊位')),
    (('12公里', '九洲江支流河道整治'), ('12', '九洲江支流河道整治')),
    (('8个', '口袋公园'), ('8', '口袋公园')),
    (('4000户', '居民'), ('4216', '燃气泄漏报警器安装')),
    (('20个', '微型消防站'), ('20个', '微型消防站')),
    (('10个', '流动红旗单位'), ('10家', '流动红旗单位')),
    (('20个', '民生建设先锋班组'), ('20个', '民生建设先锋班组')),
    (('50名', '民生工匠'), ('50名', '民生工匠')),
    (('40万元', '奖励资金'), ('40万元', '奖励资金')),
    (('2000人次', '慰问一线职工'), ('2318人次', '慰问一线职工')),
    (('6个', '户外劳动者驿站'), ('6个', '户外劳动者驿站')),
    (('10件', '民生实事'), None),
    (('27个', '子项目'), None),
    (('2.86亿元', '市级财政资金'), None),
    (('1个', '社区托育服务点'), None),
    (('1栋', '教学综合楼'), None),
    (('1.26万平方米', '建筑面积'), None),
    (('3000元', '康复费用补助'), None),
    (('10个百分点', '月度进度落后序时进度'), None),
    (('100%', '工程质量一次验收合格率'), None),
    (('90%', '完成率'), None),
    (('1套', '急救药箱'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='12900', report='12901', target='first', result='first')

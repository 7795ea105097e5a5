#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 14700 plan / 14701 report).

Run inside tests/heldout147:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator (exactly one record of the right stance must match). Runs the shared
`tools/make_links.py`; this file keeps the link list and the two doc prefixes. The report (a data
reconciliation sheet) restates each target in its `年度目标` column (target records of 14701): the links go from
the plan's records to the report's `核定完成` cells, or, for the four sub-projects the table counts in another
unit, to the report's `三、表外核对事项` sentence (`14条整治河道`, `2座口袋公园`, `2个农家书屋`, the `300米` track,
`长者照护之家1家`). Where the report states a result twice (`6.18` in the table and `6.18万人次` in its notes on
differences; `1375` and `1375人次`; `10` and `加装电梯完工10台`), the link takes the table cell.
A target with no result is listed with None and skipped: the list's counts and money (`11项`, `8650万元`,
`4200万元`, `950万元`), the `宝宝屋` target of `1个` per village (the report counts `2个` in all: another scope),
the two old estates (`两个`: the report counts their households only), the track's `1条`, the carried-over lifts'
`3台` (the report restates it, target), the student aid's `800元` per term (the report states the rate paid:
stock, no result), the 2027 goal `4.5个` per 千常住人口, and the answers' repeated figures (`今年增加到60个`,
`今年增加到3个`, the `11项`, `4项`, `7项` of the list, the delayed lifts' `3台`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1.38亿元', '计划总投资'), ('1.31亿元', '完成投资')),
    (('60个', '普惠性托位'), ('64', '普惠性托位')),
    (('1200人次', '入户科学育儿指导'), ('1326', '入户科学育儿指导')),
    (('95%', '学龄前儿童眼健康筛查覆盖率'), ('97.2', '学龄前儿童眼健康筛查覆盖率')),
    (('300米', '环形塑胶跑道'), ('300米', '环形塑胶跑道')),
    (('300个', '小学课后延时服务学位'), ('320', '小学课后延时服务学位')),
    (('6500人', '老年人免费体检'), ('6812', '老年人免费体检')),
    (('5家', '村卫生室标准化改造'), ('5', '村卫生室标准化改造')),
    (('1800人', '两癌筛查'), ('1856', '两癌筛查')),
    (('3.2公里', '健身步道'), ('3.4', '健身步道')),
    (('1家', '长者照护之家'), ('1家', '长者照护之家')),
    (('32张', '床位'), ('32', '床位')),
    (('3个', '老年助餐点'), ('3', '老年助餐点')),
    (('6万人次', '助餐服务'), ('6.18', '老年助餐服务')),
    (('150户', '困难老年人家庭'), ('153', '困难老年人家庭')),
    (('400户', '独居老人'), ('412', '独居老人')),
    (('860户', '居民'), ('860', '居民')),
    (('12台', '加装电梯'), ('10', '加装电梯')),
    (('8座', '农村公厕'), ('8', '农村公厕')),
    (('120户', '农民相对集中居住签约'), ('126', '农民相对集中居住签约')),
    (('280名', '残疾人'), ('291', '残疾人')),
    (('10个', '睦邻点'), ('11', '睦邻点')),
    (('1500个', '新增就业岗位'), ('1628', '新增就业岗位')),
    (('40人', '长期失业青年'), ('43', '长期失业青年')),
    (('1200人次', '职业技能培训'), ('1375', '职业技能培训')),
    (('2条', '村级公交线路'), ('2', '村级公交线路')),
    (('260个', '公共停车泊位'), ('236', '公共停车泊位')),
    (('9.6公里', '农村公路'), ('9.6', '农村公路')),
    (('14条', '河道综合整治'), ('14条', '整治河道')),
    (('21公里', '河道综合整治长度'), ('21.3', '河道综合整治')),
    (('2座', '口袋公园'), ('2座', '口袋公园')),
    (('1.5万平方米', '绿地'), ('1.62', '绿地')),
    (('60场', '沪剧进村居演出'), ('64', '沪剧进村居演出')),
    (('2个', '农家书屋'), ('2个', '农家书屋')),
    (('8650万元', '镇级财政'), None),
    (('4200万元', '区级补助'), None),
    (('950万元', '社会资金'), None),
    (('1个', '宝宝屋'), None),
    (('两个', '老旧小区'), None),
    (('1条', '环形塑胶跑道'), None),
    (('3台', '结转加装电梯'), None),
    (('800元', '助学补助'), None),
    (('4.5个', '托位'), None),
    (('60个', '普惠托位'), None),
    (('3个', '助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='14700', report='14701')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 24500 plan / 24501 report).

Run inside tests/heldout245:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Both sides take the first matching record (`target='first'`, `result='first'`): the plan states
`420人次` and `600人次` twice (the consensus and the member's note that raised the draft's figure), the report states
`124户` twice (its results paragraph and its problems section) and restates five rows in its verification table
(the links go to the prose, the first mention that names what is counted). The plan's money comes from its
`资金安排（单位：万元）` table (full-width digits) for the two sources of funds and from its lead for the total.
A target with no result is listed with None and skipped: the list's counts (`11件`, `30个`, `11项`), the draft's
figures, `零工驿站1个` and `镇村公交1条` (the report says `已投用`, `开通` without a figure), the dormitory's `1栋` and
`240张` (not done: the report gives them a 2027 date, a target of 2027), `每户补助标准3500元`, the nursing allowance
`50元` / `150元`, `每个配书1500册`, the spacing `50米`, the bus fare `2元`, the 2027 coverage `100%`, and the table's
rows by group.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4120万元', '计划总投资'), ('3968万元', '实际完成投资')),
    (('２６５０', '区级以上补助'), ('2650万元', '区级以上补助资金')),
    (('１４７０', '镇级配套'), ('1318万元', '镇级配套资金')),
    (('350人', '城镇新增就业'), ('381人', '城镇新增就业')),
    (('2800人', '脱贫人口和农村低收入人口务工就业'), ('2936人', '脱贫人口和农村低收入人口务工就业')),
    (('420人次', '特色技能培训'), ('436人次', '特色技能培训')),
    (('12.6公里', '通组公路'), ('12.8公里', '通组公路')),
    (('860米', '梯坎步道'), ('860米', '梯坎步道')),
    (('16处', '休息平台'), ('16处', '休息平台')),
    (('120个', '公共停车泊位'), ('126个', '公共停车泊位')),
    (('40张', '失能照护床位'), ('40张', '失能照护床位')),
    (('两个', '社区'), ('两个', '社区老年食堂')),
    (('3万人次', '助餐'), ('3.42万人次', '助餐')),
    (('120户', '特殊困难老年人家庭'), ('124户', '居家适老化改造')),
    (('2个', '托班'), ('2个', '托班')),
    (('50个', '普惠托位'), ('50个', '普惠托位')),
    (('600人次', '入户科学育儿指导'), ('652人次', '入户科学育儿指导')),
    (('3个', '农村小学运动场'), ('3个', '农村小学运动场')),
    (('1860名', '农村义务教育学生'), ('1860名', '营养改善计划学生')),
    (('3200人', '老年人免费健康体检'), ('3318人', '老年人免费健康体检')),
    (('800人', '“两癌”筛查'), ('826人', '“两癌”筛查')),
    (('4个', '村卫生室'), ('4个', '村卫生室')),
    (('80%', '重点人群家庭医生签约率'), ('82.5%', '重点人群家庭医生签约率')),
    (('3个', '老旧小区'), ('3个', '老旧小区')),
    (('416户', '居民'), ('416户', '居民')),
    (('45户', '农村危房改造'), ('47户', '农村危房改造')),
    (('300座', '农村户厕'), ('312座', '农村户厕')),
    (('2部', '加装电梯'), ('2部', '加装电梯')),
    (('85名', '重度残疾人、困难家庭残疾儿童'), ('91名', '康复服务')),
    (('2个', '巴渝和美乡村示范村'), ('2个', '巴渝和美乡村示范村')),
    (('4.2公里', '场镇污水管网'), ('3.5公里', '场镇污水管网')),
    (('1.5万平方米', '东溪河河岸绿化'), ('1.62万平方米', '东溪河河岸绿化')),
    (('600个', '独立式感烟火灾探测报警器'), ('640个', '感烟火灾探测报警器')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('12场', '防溺水、防火应急演练'), ('14场', '应急演练')),
    (('48场', '送戏下乡'), ('52场', '送戏下乡')),
    (('5个', '农家书屋'), ('5个', '农家书屋')),
    (('1场', '群众文艺汇演'), ('1场', '群众文艺汇演')),
    (('11件', '项目'), None),
    (('30个', '子项目'), None),
    (('11项', '协商成果'), None),
    (('1个', '零工驿站'), None),
    (('1条', '镇村公交'), None),
    (('50米', '休息平台间距'), None),
    (('3500元', '居家适老化改造补助标准'), None),
    (('1栋', '学生宿舍楼'), None),
    (('240张', '住宿床位'), None),
    (('50元', '重度残疾人护理补贴增发'), None),
    (('150元', '重度残疾人护理补贴'), None),
    (('1500册', '农家书屋配书'), None),
    (('2元', '镇村公交票价'), None),
    (('100%', '养老服务设施覆盖率'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='24500', report='24501', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 17000 plan / 17001 report).

Run inside tests/heldout170:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is the county's slogan list (17000), the report the county's year-end Weibo thread (17001).
A target with no result is listed with None and skipped: the list's own counts and money that the thread does not
answer with a result (`10件`, `28个` are restated there as targets), the funding split (`1.42亿元`, `2.44亿元`), the
campaign's scope (`12个` towns, `141个` villages) and its posting quota (`40条`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.86亿元', '计划总投资'), ('3.71亿元', '完成投资')),
    (('240个', '普惠托位'), ('252个', '普惠托位')),
    (('1800对', '免费孕前优生健康检查'), ('1836对', '免费孕前优生健康检查')),
    (('1000人次', '入户科学育儿指导'), ('1127人次', '入户科学育儿指导')),
    (('900个', '学位'), ('900个', '学位')),
    (('36名', '音乐美术教师'), ('33名', '音乐美术教师')),
    (('12栋', '寄宿制学校学生宿舍'), ('12栋', '寄宿生宿舍')),
    (('20个', '村卫生室'), ('20个', '村卫生室')),
    (('3.5万名', '老年人免费体检'), ('3.62万名', '老年人免费体检')),
    (('15个', '屯级颐养之家'), ('15个', '颐养之家')),
    (('120元', '高龄津贴'), ('120元', '高龄津贴')),
    (('320户', '农村危房改造'), ('326户', '农村危房改造')),
    (('600座', '家庭水柜'), ('641座', '家庭水柜')),
    (('40座', '农村公厕'), ('40座', '农村公厕')),
    (('150户', '残疾人家庭无障碍改造'), ('158户', '残疾人家庭无障碍改造')),
    (('800万元', '临时救助资金'), ('862万元', '临时救助资金')),
    (('1200人', '城镇新增就业'), ('1356人', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3420人次', '职业技能培训')),
    (('500个', '乡村公益性岗位'), ('500个', '乡村公益性岗位')),
    (('120公里', '屯级路'), ('113公里', '屯级路')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('350个', '公共停车泊位'), ('362个', '公共停车泊位')),
    (('24个', '生活污水治理自然村'), ('22个', '生活污水治理自然村')),
    (('1.2万亩', '石漠化综合治理'), ('1.26万亩', '石漠化综合治理')),
    (('3000户', '独居老人和困难家庭'), ('3215户', '独居老人和困难家庭')),
    (('30个', '村级微型消防站'), ('30个', '村级微型消防站')),
    (('120场', '送戏下乡'), ('136场', '送戏下乡')),
    (('2200场', '农村公益电影放映'), ('2268场', '农村公益电影放映')),
    (('10件', '为民办实事项目'), None),
    (('28个', '子项目'), None),
    (('1.42亿元', '县本级财政'), None),
    (('2.44亿元', '上级资金'), None),
    (('12个', '乡镇'), None),
    (('141个', '行政村（社区）'), None),
    (('40条', '张贴悬挂标语'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='17000', report='17001')

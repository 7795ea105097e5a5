#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 18300 plan / 18301 report, 沂南县 2026).

Run inside tests/heldout183:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator, and runs the shared `tools/make_links.py`. The plan (a 拉呱 lecture script) states some targets
twice (`4.3亿元` 总投资 in its lead and in its Q&A, `150公里` 农村公路 in item 5 and in the Q&A): the links go from the
first. The report (a 喜报 poster) repeats `8.91万人` 老年人免费查体 in its figure box before its paragraph: the link
takes the paragraph's (the second, own pick 1). Targets with no link: the counts of the list (`十件`), the per-place
beds (`10张` per 处: the report gives only the total `168张`), the nursery fee cap `600元` and the meal subsidy `3元`
(the report restates them as levels in force, stock, not results), the hamlets' size `二三十户`, the 2027 level
`4.5个` per 千人口 (another year), the alarms' `一个` per 户.
"""
import runpy
from pathlib import Path

LINKS = [
    (('4.3亿元', '总投资'), ('4.51亿元', '完成投资')),
    (('2.6亿元', '上级资金'), ('2.74亿元', '上级资金')),
    (('1.2亿元', '县财政'), ('1.27亿元', '县财政')),
    (('40个', '村卫生室'), ('42个', '村卫生室')),
    (('8.5万人', '老人免费查体'), ('8.91万人', '老年人免费查体', 1)),
    (('15处', '农村幸福院'), ('15处', '农村幸福院')),
    (('20个', '老年助餐点'), ('22个', '老年助餐点')),
    (('120元', '高龄补贴'), ('120元', '高龄补贴')),
    (('200个', '普惠托位'), ('216个', '普惠托位')),
    (('80个', '乡镇托位'), ('88个', '乡镇托位')),
    (('2400对', '孕前优生健康检查'), ('2517对', '免费孕前优生健康检查')),
    (('3所', '幼儿园'), ('3所', '幼儿园')),
    (('1080个', '学位'), ('1080个', '学位')),
    (('160名', '教师'), ('153名', '教师')),
    (('300户', '农村危房改造'), ('300户', '农村危房改造')),
    (('120公里', '老旧供水管网'), ('126公里', '老旧供水管网')),
    (('1.6万户', '受益户'), ('1.7万户', '群众')),
    (('150公里', '农村公路'), ('157.3公里', '农村公路')),
    (('60公里', '通自然村道路'), ('63公里', '通自然村道路')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('6000人', '城镇新增就业'), ('6842人', '城镇新增就业')),
    (('3500个', '城乡公益性岗位'), ('3500个', '城乡公益性岗位')),
    (('5000人次', '职业技能培训'), ('5612人次', '职业技能培训')),
    (('6600元', '农村低保标准'), ('6600元', '农村低保标准')),
    (('600名', '残疾人'), ('628名', '残疾人')),
    (('30公里', '河道'), ('31公里', '河道')),
    (('20万株', '村庄绿化栽树'), ('21.4万株', '苗木')),
    (('1.2万户', '燃气泄漏报警器'), ('1.26万户', '燃气泄漏报警器')),
    (('25个', '微型消防站'), ('25个', '微型消防站')),
    (('600场', '送戏下乡'), ('612场', '送戏下乡')),
    (('3万册', '农家书屋图书'), ('3.2万册', '农家书屋图书')),
    (('十件', '实事'), None),
    (('10张', '床位'), None),
    (('600元', '托位收费'), None),
    (('3元', '助餐补贴'), None),
    (('4.5个', '托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='18300', report='18301', target='first', result='first')

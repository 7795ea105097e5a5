#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 34600 plan / 34601 report).

Run inside tests/heldout346:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator (stance filtered: target on the plan side, achieved on the report side). Runs the shared
`tools/make_links.py`; this file keeps the link list and the two doc prefixes.

34600 is 苌池镇's 2026 "手指口述" card sheet (targets); 34601 is the OA flow print of its year-end report, whose
body explains a few results in prose (`两个托班`, `326人次`, `助餐点3个`, `2.57万人次`, `33户`, `168亩`, `64场`,
`2794万元`) and whose attached TAB table restates every target beside its result. A link takes the prose mention
where the body names the thing counted, else the table's `完成` cell (gold/README: the first mention in a sentence
that names what is counted). The table's `年度目标` cells are target records of the report and are not linked from.
No result (listed with None): the list's own counts and money (`10件`, `23个` 子项, `1500万元`, `360万元`, last
year's `9件`, the summary table's 子项 and 计划投资 cells, the note's `22个`, `23个`, `1项`), the 高龄补贴 `60元`
(the report states it only as the rate in force, stock), the `3个` villages of the fire stations (no figure
reported), and the two-year goal of `4.5个` 托位 per 千人口 (2027).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2794万元', '完成投资')),
    (('2个', '托班'), ('两个', '托班')),
    (('40个', '托位'), ('40', '托位')),
    (('300人次', '入户科学育儿指导'), ('326人次', '入户指导')),
    (('1600平方米', '宿舍'), ('1600', '寄宿宿舍')),
    (('120张', '寄宿床位'), ('120', '寄宿床位')),
    (('6个', '村卫生室'), ('6', '村卫生室')),
    (('2800人', '老年人免费健康体检'), ('2913', '老年人免费健康体检')),
    (('3个', '老年助餐点'), ('3个', '助餐点')),
    (('2.4万人次', '助餐'), ('2.57万人次', '助餐')),
    (('35户', '危房改造'), ('33户', '危房改造')),
    (('42户', '危旧窑洞加固'), ('42', '危旧窑洞加固')),
    (('8.5公里', '供水管网'), ('8.5', '供水管网')),
    (('1300户', '受益户'), ('1326户', '受益户')),
    (('260人', '城镇新增就业'), ('281', '城镇新增就业')),
    (('400人次', '面点、家政技能培训'), ('437', '技能培训')),
    (('60个', '公益性岗位'), ('60', '公益性岗位')),
    (('12.6公里', '通村路提质改造'), ('12.6', '通村路提质改造')),
    (('1条', '农村客运班线'), ('1', '农村客运班线')),
    (('3.2公里', '河道治理'), ('3.2', '乌河河道治理')),
    (('150亩', '荒山绿化'), ('168亩', '荒山绿化')),
    (('1800台', '一氧化碳报警器'), ('1800', '一氧化碳报警器')),
    (('4个', '微型消防站'), ('4', '微型消防站')),
    (('60场', '送晋剧下乡'), ('64场', '送戏下乡')),
    (('12个', '农家书屋'), ('12', '农家书屋提档升级')),
    (('10件', '民生实事'), None),
    (('1500万元', '县级以上资金'), None),
    (('360万元', '镇自筹'), None),
    (('60元', '高龄补贴'), None),
    (('3个', '人口较多的村'), None),
    (('4.5个', '托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='34600', report='34601')

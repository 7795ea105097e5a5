#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 29700 plan / 29701 report).

Run inside tests/heldout297:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the
link list and the two doc prefixes. The report sings each result once and restates seven of them in
its TAB table; the links take the first mention (the sung line). Its restated targets (`四十个`,
`五个`, `四十场`, the table's 原约 cells) are target records of the report and are not linked from.
A target with no result is listed with None: the plan's counts and money, and figures the report
does not answer with a figure of its own.
"""
import runpy
from pathlib import Path

LINKS = [
    (('1处', '普惠托育点'), None),
    (('40个', '托位'), ('42个', '托位')),
    (('3个', '好厝边看护点'), ('3个', '好厝边看护点')),
    (('1200平方米', '建筑面积'), ('1200平方米', '风雨操场')),
    (('312名', '寄宿生'), ('308名', '寄宿生')),
    (('600元', '寄宿生生活费补助'), ('600元', '寄宿补助')),
    (('1台', 'CT机'), ('1台', 'CT机')),
    (('2600人', '老人免费体检'), ('2743人', '老人体检')),
    (('5个', '村卫生所'), ('5个', '村卫生所')),
    (('2个', '长者食堂'), ('2个', '长者食堂')),
    (('1.5万人次', '助餐'), ('1.62万人次', '助餐')),
    (('18户', '造福工程搬迁'), ('17户', '造福工程搬迁')),
    (('26户', '农村危房改造'), ('26户', '危房改造')),
    (('9.6公里', '小康路'), ('10.1公里', '小康路')),
    (('1条', '城乡公交线路'), ('1条', '公交线路')),
    (('3.2公里', '河道整治'), ('3.2公里', '河道整治')),
    (('5.4公里', '村庄污水管网'), ('5.4公里', '污水管网')),
    (('800人次', '香蕉、蜜柚种植技能培训'), ('856人次', '蜜柚、香蕉培训')),
    (('30个', '乡村公益性岗位'), ('30个', '公益岗位')),
    (('300户', '独居老人家庭燃气报警器'), ('312户', '燃气报警器')),
    (('2个', '微型消防站'), ('2个', '微型消防站')),
    (('5000册', '藏书'), ('5200册', '藏书')),
    (('40场', '送芗剧下乡'), ('43场', '送戏下乡')),
    (('3860万元', '总投资'), ('3791万', '总投资')),
    (('10件', '为民办实事项目'), None),
    (('1处', '语堂书房'), None),
    (('4座', '水冲式公厕'), None),
    (('3元', '助餐补助'), None),
    (('2元', '票价'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='29700', report='29701', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 32100 plan / 32101 report).

Run inside tests/heldout321:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Results come from the report's TAB table (`实际` column) where it has the row, else from its prose
(`321户` 住户 in a friend's comment). The plan's `270个` 学位 is answered by the table's `0` (the places moved to 2028).
A target with no result is listed with None and skipped: the list's counts and money the report does not answer with a
figure (`10件`, the quests' `6个`/`4个`, each quest's `投入资金`, the side quests' money cells, `860万元`, `1860万元`), the
`3元` meal subsidy (restated as a rate in force, stock), the `城市书房` `1个` (told without a figure), `2100人` 受益群众,
the `500米` siting rule and the `1座` bridge carried from 2026 (told done with a date only). The `95%`
satisfaction threshold is linked to the year's `96.8%`.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2720万元', '任务奖励池'), ('2795.4万元', '实际投入')),
    (('4个', '村级老年助餐点'), ('4', '村级老年助餐点')),
    (('5万人次', '助餐'), ('5.62', '老年助餐')),
    (('3个', '托班'), ('3', '托班')),
    (('60个', '普惠托位'), ('60', '普惠托位')),
    (('300人次', '婴幼儿照护入户指导'), ('342', '婴幼儿照护入户指导')),
    (('270个', '学位'), ('0', '学位')),
    (('12.5公里', '农村公路'), ('13.1', '农村公路')),
    (('30处', '错车道'), ('34', '错车道')),
    (('6个', '港湾式候车亭'), ('6', '港湾式候车亭')),
    (('2个', '老旧小区'), ('2', '老旧小区')),
    (('318户', '住户'), ('321户', '住户')),
    (('4部', '加装电梯'), ('3', '加装电梯')),
    (('1200人次', '技能培训'), ('1386', '技能培训')),
    (('45个', '公益性岗位'), ('45', '公益性岗位')),
    (('400人', '城镇新增就业'), ('452', '城镇新增就业')),
    (('8.6公里', '农村供水管网'), ('8.6', '农村供水管网')),
    (('1500人', '“两癌”筛查'), ('1538', '“两癌”筛查')),
    (('500个', '燃气报警器'), ('520', '燃气报警器')),
    (('6000册', '图书'), ('6200', '城市书房图书')),
    (('95%', '群众满意度'), ('96.8%', '群众满意度')),
    (('10件', '民生实事'), None),
    (('1个', '城市书房'), None),
    (('3元', '老人餐补贴'), None),
    (('2100人', '受益群众'), None),
    (('1座', '危桥改造'), None),
    (('860万元', '镇财政自筹'), None),
    (('1860万元', '上级资金'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='32100', report='32101', target='first', result='first')

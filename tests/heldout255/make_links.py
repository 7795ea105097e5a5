#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 25500 plan / 25501 report).

Run inside tests/heldout255:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is the town's spring resumption order (复工令) of 2026-03-16; the report, the town's winter
shutdown notice (冬休停工封场) of 2026-11-18 with its `｜` table of targets and results. The report's table restates
every target (`年度目标` cells, target records of 25501): the links go from the plan's records to the `已完成` cells.
The carried-over works of 2025 (`1.8公里`, `46户`, `3项`) are answered in the report's lead; the plan's forecast of
`约260人` workers by the report's `214人`. A target with no result is listed with None and skipped: the list's counts
and money (`9件`, `18项` — the report's `16项` counts the part done, not the list —, `2150万元`, `710万元`, `11个`
villages, `约1.3万人`), the plan's investment cells (the report gives only the total), the day-care centre's `约600平方米`
(reported as accepted, no figure), the `8学时` of safety training and the `1名` safety officer per site.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2712万元', '完成投资')),
    (('3项', '结转工程'), ('3项', '结转工程')),
    (('1.8公里', '通村道路路面'), ('1.8公里', '通村道路路面')),
    (('46户', '饮水管网末端改造农户'), ('46户', '饮水管网末端改造农户')),
    (('300人次', '盘绣技能培训'), ('326', '盘绣技能培训')),
    (('120人', '居家就业妇女'), ('134', '居家就业妇女')),
    (('6.5公里', '通村道路'), ('6.5', '通村道路')),
    (('2座', '便民桥'), ('1', '便民桥')),
    (('2个', '村级互助幸福院'), ('2', '互助幸福院')),
    (('1.2万人次', '助餐'), ('1.31', '老人助餐')),
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '托位'), ('40', '托位')),
    (('1200平方米', '卫生院住院楼改造'), ('1200', '卫生院住院楼改造')),
    (('10张', '床位'), ('10', '床位')),
    (('14公里', '入户管网'), ('14.6', '入户管网')),
    (('860户', '受益农户'), ('872', '受益农户')),
    (('1座', '村级污水处理站'), ('0', '村级污水处理站')),
    (('150座', '户厕'), ('158', '户厕')),
    (('8处', '地质灾害监测点'), ('8', '地质灾害监测点')),
    (('200个', '燃气报警器'), ('213', '燃气报警器')),
    (('3000平方米', '花儿会演出场地改造'), ('3000', '花儿会演出场地改造')),
    (('800个', '看台座位'), ('820', '看台座位')),
    (('260人', '在建标段用工'), ('214人', '务工人员')),
    (('9件', '为民办实事项目'), None),
    (('18项', '任务'), None),
    (('2150万元', '县级以上资金'), None),
    (('710万元', '镇级自筹及整合资金'), None),
    (('11个', '行政村'), None),
    (('1.3万人', '受益群众'), None),
    (('600平方米', '日间照料中心附属工程'), None),
    (('8学时', '复工人员岗前安全培训'), None),
    (('1名', '专职安全员'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='25500', report='25501', target='first', result='first')

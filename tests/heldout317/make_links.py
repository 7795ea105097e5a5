#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 31700 plan / 31701 report, 螺溪镇 2026).

Run inside tests/heldout317:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The plan states its ten targets in its 白话释文 table (`｜` rows, investment cells in 万元); the report (电子回单 and a
TAB table) answers each in its table (`年初目标 | 完成 | 完成率 | 完成投资`) and some in a receipt's 附言. Where the
report names a result in a sentence (a receipt's 附言: `新增普惠托位62个`, `新增寄宿学位240个`, `已硬化自然村道路
11.2公里`; the 核对意见's `完成投资1737.1万元`), the link takes that mention; otherwise the table's 完成 cell (a bare
cell in the unit of its row). The report's `年初目标` cells restate the targets (target records of 31701): the links
go from the plan's records. `8个` 村卫生站 is stated twice in the plan (table, then the 驻村干部's 七是): the link
takes the table's (`target='first'`). A target with no result is listed with None and skipped: the counts of the
list (`十件`), the `1120万元` of 百千万工程 funds, the table's own total cell `1793` (its prose twin `1793万元` is
linked), the 520 boarders expected (the report gives 512 boarders as a stock, not a delivered figure), the two
villages' `4.6公里`, the canteen's `5元`/`2元` prices, the `2100户` the sewage works reach, the `1名` doctor per
station, the clansman's pledged `2万元` and the canteen's first `60位` elders.
"""
import runpy
from pathlib import Path

LINKS = [
    (('60个', '普惠托位'), ('62个', '普惠托位')),
    (('45', '计划投资'), ('43.8', '完成投资')),
    (('240个', '寄宿学位'), ('240个', '寄宿学位')),
    (('680', '计划投资'), ('672', '完成投资')),
    (('8个', '村卫生站'), ('8', '村卫生站')),
    (('96', '计划投资'), ('94.5', '完成投资')),
    (('3个', '长者饭堂'), ('3', '长者饭堂')),
    (('1.5万人次', '助餐'), ('1.62', '助餐')),
    (('60', '计划投资'), ('58', '完成投资')),
    (('35户', '农村低收入群体危房改造'), ('35', '危房改造')),
    (('760元', '农村低保标准'), ('760', '低保标准')),
    (('600人次', '青梅加工及客家菜师傅培训'), ('648', '青梅及客家菜师傅培训')),
    (('30', '计划投资'), ('29.6', '完成投资')),
    (('12公里', '自然村道路硬化'), ('11.2公里', '自然村道路硬化')),
    (('540', '计划投资'), ('512', '完成投资')),
    (('15个', '农村生活污水治理自然村'), ('15', '污水治理自然村')),
    (('300', '计划投资'), ('286', '完成投资')),
    (('6个', '微型消防站'), ('6', '微型消防站')),
    (('42', '计划投资'), ('41.2', '完成投资')),
    (('1793万元', '计划总投资'), ('1737.1万元', '完成投资')),
    (('120人', '帮扶就业'), ('131人', '结业学员上岗')),
    (('1120万元', '百千万工程资金'), None),
    (('1793', '计划投资'), None),
    (('520人', '寄宿生'), None),
    (('4.6公里', '自然村道路硬化'), None),
    (('5元', '长者饭堂收费'), None),
    (('2元', '80岁以上老人减免'), None),
    (('2100户', '农村生活污水治理覆盖户'), None),
    (('1名', '乡村医生'), None),
    (('2万元', '禾坪路灯捐资'), None),
    (('60位', '长者'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='31700', report='31701', target='first', result='first')

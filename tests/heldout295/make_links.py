#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 29500 plan / 29501 report).

Run inside tests/heldout295:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report's table restates the twelve targets (`预期值` column, target records of 29501): the links
go from the plan's records to the table's `实测值` cells. A target with no result is listed with None and skipped: the
list's counts (`10件`, `12个`), the plan's inputs (`9个` departments, `36名` deputies), the `2个` 托班, the canteen's
`800人`, the `3.2公里` link road, the `3元` meal subsidy (restated in the report as a rate, stock), the mid-year `50%`,
the carried-over square's `30%` (reported done without a figure), the `2件` carried over and the `1名` recorder.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2731万元', '完成投资')),
    (('1540万元', '上级资金'), ('1496万元', '上级资金到位')),
    (('1320万元', '镇财政资金'), ('1235万元', '镇财政资金到位')),
    (('6', '老年助餐点'), ('7', '老年助餐点')),
    (('120', '特殊困难老年人家庭适老化改造'), ('126', '特殊困难老年人家庭适老化改造')),
    (('80', '普惠托位'), ('80', '普惠托位')),
    (('1800', '尹集中学食堂'), ('1860', '尹集中学食堂')),
    (('5', '村卫生室提质改造'), ('5', '村卫生室提质改造')),
    (('6500', '老年人免费体检'), ('7012', '老年人免费体检')),
    (('600', '城镇新增就业'), ('655', '城镇新增就业')),
    (('120人', '帮扶车间吸纳就业'), ('131人', '帮扶车间吸纳就业')),
    (('14.5', '农村道路提质改造'), ('12.8', '农村道路提质改造')),
    (('4', '农村黑臭水体治理'), ('4', '农村黑臭水体治理')),
    (('72', '送戏进村'), ('80', '送戏进村')),
    (('900', '居民燃气报警器安装'), ('900', '居民燃气报警器安装')),
    (('35', '农村危房改造'), ('31', '农村危房改造')),
    (('95%', '群众满意度'), ('96.3%', '满意度')),
    (('1座', '东刘村危桥改造'), ('1座', '东刘村危桥改造')),
    (('10件', '民生实事'), None),
    (('12个', '实验项目'), None),
    (('9个', '镇直部门'), None),
    (('36名', '跟踪监督的人大代表'), None),
    (('2个', '托班'), None),
    (('800人', '就餐人数'), None),
    (('3.2公里', '通往渔沟镇的连接线'), None),
    (('3元', '老年助餐补贴'), None),
    (('50%', '完成投资'), None),
    (('30%', '尹集村文化广场剩余工程量'), None),
    (('2件', '结转事项'), None),
    (('1名', '记录员'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='29500', report='29501', target='first')

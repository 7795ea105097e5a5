#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 32600 plan / 32601 report).

Run inside tests/heldout326:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is 陕坝镇's KPT whiteboard (its T column is the 2026 list, a `｜` table whose bare cells
take the row's `单位` cell); the report is the year-end 好来宝 script, whose figures are Chinese numerals in verse.
A target with no result is listed with None and skipped: the list's counts (`9件`, `九件`, `两件`), the money cells of
the single rows (the report gives only the total), the rise over last year's jobs (`120人`), the road's width
(`4.5米`), the households of the carried-over estates (`640户`) and the two village doctors per clinic (`2名`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('80', '普惠托位'), ('八十六个', '普惠托位')),
    (('43户', '排队的家庭'), ('四十三户', '排队的人家')),
    (('3', '嘎查村老年食堂'), ('三处', '嘎查村老年食堂')),
    (('5', '老年助餐服务'), ('五万二千人次', '助餐')),
    (('3', '老旧小区雨污管网改造'), ('三个', '老旧小区雨污管网改造')),
    (('3个', '老旧小区雨污管网改造'), ('三个', '去年结转的小区')),
    (('25', '农村牧区道路硬化'), ('二十六点三公里', '牧区路硬化')),
    (('4个', '自然村'), ('四个', '自然村')),
    (('1200', '城镇新增就业'), ('一千二百四十六人', '城镇新增就业')),
    (('1500', '职业技能培训'), ('一千六百一十二人次', '技能培训')),
    (('2000', '居民家用燃气报警器安装'), ('两千零八十户', '燃气报警器安装')),
    (('6', '嘎查村卫生室标准化改造'), ('六个', '嘎查村卫生室标准化改造')),
    (('2113', '计划投资'), ('两千零六十八万元', '完成投资')),
    (('9件', '清单'), None),
    (('120人', '城镇新增就业'), None),
    (('4.5米', '路面宽'), None),
    (('640户', '住户'), None),
    (('2名', '村医'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='32600', report='32601', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 28500 plan / 28501 report).

Run inside tests/heldout285:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator; stance filters keep a plan's target records and a report's achieved records apart (the
report's table restates every target in its `工艺要求` column: those are target records of 28501, and the links go
from the plan's records). Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc
prefixes. A result is taken at its first mention (`result='first'`): 28501 gives `加装电梯` as the table cell `5`
and again in its defect note (`加装电梯完工5部`, indicator `加装电梯完工`); the link takes the table cell, the first
statement that names what it counts.
A target with no result is listed with None and skipped: the plan's figures that the report does not answer with
a figure of its own (the five rivers `5条` — the report gives only the length; `860户` residents of the estates;
the school building `1幢`; the nursery's floor area `650平方米`; each project's money `纬`; `1320万元`; the town
budget `4540万元`; the river cleaners `24名` and boats `8艘`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('120个', '普惠托位'), ('126', '普惠托位')),
    (('1处', '托育点'), ('1处', '托育点')),
    (('270个', '学位'), ('270', '学位')),
    (('18名', '教师'), ('16', '教师')),
    (('4个', '老年助餐点'), ('5', '老年助餐点')),
    (('4.5万人次', '助餐'), ('5.12', '助餐')),
    (('150户', '特殊困难老年人家庭'), ('158', '适老化改造')),
    (('6个', '村卫生室'), ('6个', '村卫生室')),
    (('6800人', '老年人免费体检'), ('7135', '老年人免费体检')),
    (('2个', '老旧小区改造'), ('2', '老旧小区改造')),
    (('8部', '加装电梯'), ('5', '加装电梯')),
    (('1300人', '城镇新增就业'), ('1468', '城镇新增就业')),
    (('500人次', '丝绸织造、蚕桑技能培训'), ('562人次', '丝绸织造、蚕桑技能培训')),
    (('12.6公里', '河道长度'), ('12.6', '整治河道')),
    (('3个', '口袋公园'), ('3个', '口袋公园')),
    (('320个', '公共停车泊位'), ('346', '公共停车泊位')),
    (('2条', '镇村公交线路'), ('2条', '镇村公交线路')),
    (('1800户', '老旧住宅居民'), ('1800', '燃气报警器')),
    (('60场', '送戏下乡'), ('64', '送戏下乡')),
    (('1个', '城市书房'), ('1个', '城市书房')),
    (('5860万元', '计划总投资'), ('5712万元', '实际完成投资')),
    (('5条', '河道'), None),
    (('860户', '居民'), None),
    (('1幢', '教学楼'), None),
    (('650平方米', '建筑面积'), None),
    (('1320万元', '上级补助'), None),
    (('4540万元', '镇财政'), None),
    (('24名', '保洁员'), None),
    (('8艘', '保洁船'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='28500', report='28501', target='first', result='first')

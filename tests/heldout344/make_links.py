#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 34400 plan / 34401 report).

Run inside tests/heldout344:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator; runs the shared `tools/make_links.py`. The plan (a 薅草锣鼓 lyric sheet) states most targets
twice, once sung in Chinese numerals and once in its `注` in Arabic: the links go from the `注` records (the
sentence that names what is counted). The report (the year-end 拉练 score sheet) restates every target in its
table's name cells (target records of 34401) and answers it in the `核实完成` cell beside: the links go to that
cell; the prose of section 三 repeats `3处` and `980人` (other indicators or the same result; the table cell is
taken), and answers the workshop's jobs (`27人`) only in prose. Targets with no result figure are listed with None
and skipped: the list's count (`10件`), the 托班 itself (`1个`), the workshop (`1个`, told `已于9月投产`), the red-army
site's volunteer guides (`20名`, told `已完成培训，全部上岗`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2794万元', '完成投资')),
    (('1920万元', '上级资金'), ('1920万元', '上级资金')),
    (('23公里', '通组公路硬化'), ('23.6', '通组公路硬化')),
    (('180盏', '村道太阳能路灯'), ('180', '村道太阳能路灯')),
    (('6个', '农村客运招呼站'), ('6', '农村客运招呼站')),
    (('4处', '集中供水工程'), ('3', '集中供水工程')),
    (('1260人', '饮水不稳定人口'), ('980', '饮水不稳定人口')),
    (('35户', '农村危房改造'), ('35', '农村危房改造')),
    (('150户', '农村户厕改造'), ('143', '农村户厕改造')),
    (('3.5公里', '场镇生活污水管网'), ('3.5', '场镇污水管网')),
    (('3个', '村级互助养老点'), ('3', '村级互助养老点')),
    (('2个', '老年助餐点'), ('2', '老年助餐点')),
    (('3000人次', '上门服务'), ('3412', '上门服务')),
    (('90个', '学位'), ('90', '镇中心幼儿园学位')),
    (('20个', '托位'), ('20', '托班托位')),
    (('2个', '村卫生室标准化改造'), ('2', '村卫生室标准化改造')),
    (('1800人', '老年人免费健康体检'), ('1915', '老年人健康体检')),
    (('60个', '乡村公益性岗位'), ('62', '乡村公益性岗位')),
    (('400人次', '职业技能培训'), ('436', '职业技能培训')),
    (('30人', '就近就业'), ('27人', '就近就业')),
    (('40块', '防溺水警示牌'), ('46', '防溺水警示牌')),
    (('24场', '送文艺演出下乡'), ('26', '送文艺演出下乡')),
    (('10件', '民生实事'), None),
    (('1个', '托班'), None),
    (('1个', '就业帮扶车间'), None),
    (('20名', '红三军司令部旧址义务讲解员'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='34400', report='34401')

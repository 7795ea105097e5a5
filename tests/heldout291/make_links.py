#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 29100 plan / 29101 report).

Run inside tests/heldout291:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The report (a score-lookup page) restates every target in its `满分` column (target records of 29101): the links go
from the plan's records to the `得分` cells, the first statement of each result; where the page states a result again
in prose (`又多装了14盏`, `植树560亩`), the table cell is taken. The plan's total money (`906` 万元 in its table) is
answered by the page's `实际支付871万元`, its upper-level money (`730`) by `上级资金到位730万元`. The beds per home were
raised in the plan itself from 8 to 12 (`由每院8张增加到每院12张`): the 12 is linked, the 8 (withdrawn) is not.
A target with no result is listed with None and skipped: the list's counts (`8件`, `20项`) and the vote's, the
playground's count `1块` (the page counts its area), the two summer classes `2个` (the page counts pupils), the health
machine `1台` per clinic, the post subsidy `600元`, the money by group (the page gives only the total), the leader
per project `1名`, and the base figures of 2025.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('300人', '农村劳动力转移就业'), ('318', '转移就业')),
    (('160人次', '家政、月嫂技能培训'), ('172', '技能培训')),
    (('45个', '乡村公益性岗位'), ('45', '公益性岗位')),
    (('3.6公里', '通村路'), ('3.6', '通村路硬化')),
    (('120盏', '太阳能路灯'), ('134', '太阳能路灯')),
    (('2座', '城乡公交候车亭'), ('2', '公交候车亭')),
    (('10张', '中医理疗床位'), ('10', '理疗床位')),
    (('1800人', '老年人免费体检'), ('1937', '老年人体检')),
    (('6个', '村卫生室'), ('5', '村卫生室')),
    (('2个', '农村幸福院'), ('2', '幸福院')),
    (('3个', '老年助餐点'), ('3', '助餐点')),
    (('40户', '特殊困难老年人家庭'), ('40', '适老化改造')),
    (('4200平方米', '塑胶操场面积'), ('4200', '塑胶操场')),
    (('150名', '小学生'), ('163', '暑期托管')),
    (('12户', '农村危房改造'), ('12', '危房改造')),
    (('8.5公里', '村内供水管网'), ('9.2', '供水管网')),
    (('1260人', '饮水不稳定人口'), ('1304', '饮水人口')),
    (('200个', '燃气报警器'), ('200', '燃气报警器')),
    (('3个', '微型消防站'), ('3', '微型消防站')),
    (('1座', '垃圾中转站'), ('1', '垃圾中转站')),
    (('9个', '村内坑塘'), ('9', '坑塘治理')),
    (('600亩', '荒山植树造林'), ('560', '植树造林')),
    (('12张', '幸福院床位'), ('12张', '幸福院床位')),
    (('906', '计划投资'), ('871万元', '实际支付')),
    (('730', '上级资金'), ('730万元', '上级资金到位')),
    (('8件', '乡级民生实事'), None),
    (('20项', '民生工程'), None),
    (('1块', '塑胶操场'), None),
    (('2个', '小学生托管班'), None),
    (('1台', '健康一体机'), None),
    (('600元', '岗位补贴'), None),
    (('1名', '包联乡领导'), None),
    (('8张', '幸福院床位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='29100', report='29101')

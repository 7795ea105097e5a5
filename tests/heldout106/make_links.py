#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 10600 plan / 10601 report).

Run inside tests/heldout106:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A side that matches more than one record takes the first (`target='first'`, `result='first'`): the
plan states its total investment twice (`2.36亿元`, the first is the one that names it `计划总投资`) and the report
its investment and 援藏资金 in a sentence and again in its table (the link takes the sentence). A target with no result
is listed with None and skipped: the list's `12件` (the report restates it as a target), the county's own funds
`4100万元`, the school building `一栋` / `3200平方米` / `360个` (the report gives its shell done and the places for 2028,
no delivery), the per-visit transport subsidies `50元` / `30元` (the report gives people and money only), the
per-household grant `2.5万元` (the report says only that it was paid), the meal price `2元` and the bus fare `2元`
(the report's `2元` and `2块钱` are rates in force, stock), the aids `200件`, the trees `1.2万株`, the rent `3元`
and the 2030 childcare goal `4.5个` (restated in the report as a target).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.36亿元', '计划总投资'), ('2.29亿元', '完成投资')),
    (('6800万元', '援藏资金'), ('6800万元', '援藏资金')),
    (('60个', '托位'), ('60个', '托位')),
    (('2200人次', '生长发育筛查'), ('2356人次', '生长发育筛查')),
    (('4200元', '三包经费'), ('4200元', '三包经费')),
    (('4个', '村级互助幸福院'), ('4个', '村级互助幸福院')),
    (('6个', '老年助餐点'), ('6个', '老年助餐点')),
    (('4800人', '老人免费健康体检'), ('5127人', '老年人健康体检')),
    (('150户', '特殊困难老年人家庭'), ('156户', '特殊困难老年人家庭')),
    (('20个', '村卫生室'), ('20个', '村卫生室')),
    (('1.5万人', '包虫病、高原病筛查'), ('1.58万人', '包虫病、高原病筛查')),
    (('220户', '农房抗震改造'), ('220户', '农房抗震改造')),
    (('14公里', '自来水管网'), ('15.2公里', '自来水管网')),
    (('900户', '群众'), ('912户', '新通水群众')),
    (('48套', '公共租赁住房'), ('48套', '公共租赁住房')),
    (('6060元', '城乡低保标准'), ('6060元', '城乡低保标准')),
    (('180名', '残疾人'), ('193名', '残疾人')),
    (('7500人次', '农牧民转移就业'), ('8120人次', '农牧民转移就业')),
    (('600人', '技能培训'), ('648人', '技能培训')),
    (('120个', '公益性岗位'), ('120个', '公益性岗位')),
    (('26公里', '农村公路'), ('26公里', '农村公路')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('3000户', '农牧民家庭'), ('3140户', '独立式烟感报警器')),
    (('60场', '送戏下乡'), ('72场', '送戏下乡')),
    (('一场', '送戏下乡'), ('一场', '送戏下乡')),
    (('12件', '民生实事'), None),
    (('4100万元', '县本级财政'), None),
    (('一栋', '教学楼'), None),
    (('3200平方米', '建筑面积'), None),
    (('360个', '学位'), None),
    (('50元', '产检交通补助'), None),
    (('30元', '产检交通补助'), None),
    (('2.5万元', '农房抗震改造补助'), None),
    (('2元', '老人午餐自付'), None),
    (('2元', '票价'), None),
    (('200件', '辅具'), None),
    (('1.2万株', '村庄绿化植树'), None),
    (('3元', '公共租赁住房租金'), None),
    (('4.5个', '托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='10600', report='10601', target='first', result='first')

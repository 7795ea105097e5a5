#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 31400 plan / 31401 report).

Run inside tests/heldout314:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc
prefixes. The report's `｜` table restates every target in its `开山约定` column (target records of 31401): the
links go from the plan's records to the table's `抬得` cells (achieved, in the target's unit). 六棒's road
(`8.5公里`) links to the table cell `9.6`, not to the note `抬得9.6公里`, which restates it; the plan's carried
`1.1公里` (2025's remainder moved into 六棒) links to the note's `2025年结转的1.1公里`. The plan's per-棒 money
cells (`计划投资`) link to the report's per-棒 `完成投资` line. A target with no result is listed with None and
skipped: the list's counts and money the report does not answer (`9件`, `410万元`, `2450万元`, the `镇级` cells,
the `合计` cell `2860`), the pact's `13个` villages and `一个` 边棍, the rink's `1800平方米`, the `12课时`, the
`7栋` (the report counts households and area, not buildings), and the `1800元` post subsidy.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2714万元', '完成投资')),
    (('2处', '农村互助幸福院'), ('2', '农村互助幸福院')),
    (('36张', '床位'), ('36', '床位')),
    (('120元', '高龄津贴'), ('120', '高龄津贴')),
    (('1.5万人次', '助餐服务'), ('1.68万', '助餐服务')),
    (('2个', '托班'), ('2', '托班')),
    (('40个', '托位'), ('40', '托位')),
    (('300人次', '入户科学育儿指导'), ('342', '入户科学育儿指导')),
    (('1块', '室内滑冰场'), ('1', '室内滑冰场')),
    (('6名', '音体美教师'), ('5', '音体美教师')),
    (('7个', '村卫生室提档升级'), ('7', '村卫生室提档升级')),
    (('2100人', '老年人免费健康体检'), ('2236', '老年人免费健康体检')),
    (('75%', '体检率'), ('78.4%', '老年人体检率')),
    (('3.2万平方米', '既有住宅节能改造（暖房子）'), ('2.9万', '既有住宅节能改造（暖房子）')),
    (('420户', '居民'), ('388户', '居民')),
    (('4.6公里', '老旧供热管网'), ('4.6', '老旧供热管网')),
    (('8.5公里', '通村路'), ('9.6', '通村路')),
    (('1.1公里', '通村路'), ('1.1公里', '结转通村路')),
    (('11座', '桥涵'), ('11', '桥涵')),
    (('2条', '镇村客运冬季班线'), ('2', '镇村客运冬季班线')),
    (('120个', '林区公益性岗位'), ('126', '林区公益性岗位')),
    (('800人次', '林下经济技能培训'), ('915', '林下经济技能培训')),
    (('260人', '城镇新增就业'), ('281', '城镇新增就业')),
    (('650个', '一氧化碳报警器'), ('650', '一氧化碳报警器')),
    (('5个', '微型消防站'), ('5', '微型消防站')),
    (('30场', '冰雪文化节群众性活动'), ('34', '冰雪文化节群众性活动')),
    (('40场', '送戏下乡'), ('42', '送戏下乡')),
    (('320', '计划投资'), ('318万元', '完成投资')),
    (('85', '计划投资'), ('85万元', '完成投资')),
    (('410', '计划投资'), ('402万元', '完成投资')),
    (('150', '计划投资'), ('150万元', '完成投资')),
    (('1260', '计划投资'), ('1132万元', '完成投资')),
    (('420', '计划投资'), ('455万元', '完成投资')),
    (('95', '计划投资'), ('97万元', '完成投资')),
    (('48', '计划投资'), ('46万元', '完成投资')),
    (('72', '计划投资'), ('29万元', '完成投资')),
    (('9件', '民生实事'), None),
    (('410万元', '镇级自筹'), None),
    (('2450万元', '上级资金'), None),
    (('2860', '计划投资'), None),
    (('13个', '村（社区）'), None),
    (('一个', '边棍'), None),
    (('1800平方米', '室内滑冰场面积'), None),
    (('12课时', '学生冬季上冰课'), None),
    (('7栋', '楼房改造'), None),
    (('1800元', '公益性岗位补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='31400', report='31401', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 16700 plan / 16701 report, 苍溪县 2026).

Run inside tests/heldout167:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator, read side by side by hand from the two texts. Runs the shared `tools/make_links.py`; this file
keeps the link list and the two doc prefixes. The report (a tea-house storytelling script) restates several
targets (`说的80名`, `许的4.5万人`, `托位说的240个`, `县城7个老旧小区`, `许的12场`: target records of 16701); the links go
from the plan's records to the report's achieved ones. The report states `126公里` twice (its roads paragraph and
the deputies' inspection); the link takes the first (`result='first'`). A target with no result is listed with
None and skipped: the list's counts and money the report does not answer with a figure (`十件`, `2.1亿元`,
`1.35亿元`), the two carry-overs of 2025 (`两件`, `5公里` 通村路), the `46处` geological-hazard points (answered
`全部落实` without a figure) and the plan's standing figures (`32支`, `每场200元`: stock, no target).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator)
LINKS = [
    (('4.6亿元', '总投资'), ('4.48亿元', '完成投资')),
    (('6个', '普惠托育点'), ('6个', '托育点')),
    (('240个', '托位'), ('252个', '托位')),
    (('1500人次', '科学育儿入户指导'), ('1630人次', '入户育儿指导')),
    (('360个', '学位'), ('360个', '学位')),
    (('80名', '教师'), ('78名', '教师')),
    (('6200人', '学生'), ('6300人', '寄宿制学校热水淋浴')),
    (('4.5万人', '老年人免费体检'), ('4.72万人', '老年人免费体检')),
    (('10个', '康复理疗室'), ('10个', '康复理疗室')),
    (('20个', '村级互助养老点'), ('21个', '村级互助养老点')),
    (('15个', '老年助餐点'), ('15个', '老年助餐点')),
    (('8万人次', '助餐'), ('9.1万人次', '助餐')),
    (('60元', '长寿补贴'), ('60元', '长寿补贴')),
    (('320户', '农村危房'), ('326户', '农村危房')),
    (('7个', '老旧小区'), ('6个', '老旧小区完工')),
    (('1860户', '居民'), ('1590户', '居民')),
    (('2000户', '农村户厕改造'), ('2104户', '户厕')),
    (('600件', '辅具'), ('642件', '辅具')),
    (('1200万元', '临时救助资金'), ('1310万元', '临时救助')),
    (('4200人', '城镇新增就业'), ('4516人', '城镇新增就业')),
    (('3000人次', '技能培训'), ('3380人次', '猕猴桃修剪、嫁接培训')),
    (('260个', '公益性岗位'), ('260个', '公益性岗位')),
    (('120公里', '农村公路'), ('126公里', '农村公路')),
    (('4条', '客运班线'), ('4条', '客运班线')),
    (('500个', '公共停车位'), ('530个', '停车位')),
    (('18公里', '河道'), ('18公里', '河道')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('3000户', '烟感报警器'), ('3050户', '烟感')),
    (('8个', '微型消防站'), ('8个', '微型消防站')),
    (('200场', '送戏下乡'), ('214场', '送戏下乡')),
    (('4800场', '农村公益电影放映'), ('5120场', '公益电影')),
    (('12场', '农村公益电影'), ('14场', '公益电影')),
    (('十件', '民生实事'), None),
    (('2.1亿元', '上级资金'), None),
    (('1.35亿元', '县级财政'), None),
    (('两件', '未扫尾实事'), None),
    (('5公里', '通村路'), None),
    (('46处', '地质灾害隐患点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='16700', report='16701', target='first', result='first')

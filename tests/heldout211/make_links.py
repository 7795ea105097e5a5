#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 21100 plan / 21101 report).

Run inside tests/heldout211:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator and runs the shared `tools/make_links.py`. Read side by
side by hand from the gold: the vinegar-brewing card's targets (和顺县, 2025) against the tasting
panel's `实测` lines (published 2026-01-16, about 2025). A target with no result is listed with None
and skipped: `24个` 村卫生室 (the report says `全部完成`, no figure), the list's counts `10件`, `32项`
(the report restates `32项` as a target and counts `30项` done: another thing), the money sources
`1.12亿元`, `1.24亿元` and the `3个` points per project of the panel's rule.
"""
import runpy
from pathlib import Path

LINKS = [
    (('2.36亿元', '计划总投资'), ('2.29亿元', '完成投资')),
    (('180个', '普惠托位'), ('186个', '普惠托位')),
    (('2个', '托班'), ('2个', '托班')),
    (('1500人次', '入户养育指导'), ('1563人次', '入户养育指导')),
    (('270个', '学位'), ('270个', '学位')),
    (('60名', '教师'), ('57名', '教师')),
    (('800张', '双层床铺'), ('812张', '双层床铺')),
    (('2.1万人', '老年人免费体检'), ('2.26万人', '老年人免费体检')),
    (('6000人', '两癌筛查'), ('6138人', '两癌筛查')),
    (('15个', '农村老年助餐点'), ('15个', '老年助餐点')),
    (('8万人次', '助餐'), ('8.7万人次', '助餐')),
    (('300户', '特殊困难老年人家庭'), ('306户', '适老化改造')),
    (('80元', '高龄津贴'), ('80元', '高龄津贴')),
    (('6个', '老旧小区'), ('5个', '老旧小区改造完工')),
    (('1420户', '居民'), ('1186户', '居民')),
    (('110户', '农村低收入群体危房改造'), ('110户', '危房改造')),
    (('900座', '农村户用卫生厕所'), ('934座', '户用卫生厕所改造')),
    (('720元', '城乡低保标准'), ('720元', '低保标准')),
    (('350件', '困难残疾人辅具'), ('361件', '辅具')),
    (('10个', '乡镇社工站'), ('10个', '乡镇社工站')),
    (('2200人', '城镇新增就业'), ('2416人', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3287人次', '职业技能培训')),
    (('500人次', '和顺护工品牌培训'), ('612人次', '和顺护工培训')),
    (('260个', '公益性岗位'), ('260个', '公益性岗位')),
    (('45公里', '农村公路'), ('41.6公里', '农村公路')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('400个', '公共停车泊位'), ('388个', '公共停车泊位')),
    (('8公里', '清漳河支流河道治理'), ('8.3公里', '清漳河支流河道治理')),
    (('12个', '生活污水治理村'), ('12个', '生活污水治理村')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('3500户', '燃气报警器'), ('3612户', '燃气报警器')),
    (('12个', '微型消防站'), ('12个', '微型消防站')),
    (('4000人次', '应急救护培训'), ('4325人次', '应急救护培训')),
    (('24个', '村卫生室标准化改造'), None),
    (('10件', '民生实事'), None),
    (('32项', '民生实事'), None),
    (('1.12亿元', '县级财政'), None),
    (('1.24亿元', '上级资金'), None),
    (('3个', '抽查点位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='21100', report='21101')

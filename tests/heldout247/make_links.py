#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 24700 plan / 24701 report).

Run inside tests/heldout247:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a fan's print copy) states some targets twice (`40张` 护理型床位 on the front and again on
the back, `200座` 户厕, `12.5公里` 通村道路, `600人次` 培训): the links take the first mention (`target='first'`). The report
(the year-end bingo card) gives `64张` 寄宿床位 in its grid and again in its note; the link takes the grid's cell
(`result='first'`). The report's grid restates each target (`计…`, target records of 24701): the links go from the plan's
records. A target with no result is listed with None and skipped: the list's count `十件`, the 托育点 `1处` and the
playground's `4200平方米` (the card counts the playground, not its area), the per-meal subsidy `2元` and the other rates
(`1元`, `8元`, `1600元`, `6元`), the new total of beds `60张`, the road's sections and width, the training's two parts,
the villages' shares of the 45 houses and 200 toilets, and the money table's cells but its total (the card gives only
the total invested).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('40张', '护理型床位'), ('40张', '护理型床位')),
    (('3个', '老年饭桌'), ('3个', '老年饭桌')),
    (('1.5万人次', '助餐'), ('1.62万人次', '助餐')),
    (('30个', '托位'), ('30个', '托位')),
    (('1块', '塑胶运动场'), ('1块', '塑胶运动场')),
    (('80张', '寄宿床位'), ('64张', '寄宿床位')),
    (('6个', '村卫生室'), ('6个', '配齐心电图机的村卫生室')),
    (('1800人', '老人免费体检'), ('1926人', '老人免费体检')),
    (('45户', '农村危房'), ('45户', '危房改造')),
    (('200座', '户厕改造'), ('212座', '户厕改造')),
    (('21公里', '入户自来水管道'), ('21.6公里', '自来水管道')),
    (('1300户', '受益群众'), ('1342户', '自来水受益户')),
    (('600人次', '滩羊养殖、甘草种植技能培训'), ('688人次', '技能培训')),
    (('50个', '乡村公益性岗位'), ('50个', '公益性岗位')),
    (('12.5公里', '通村道路'), ('11.2公里', '通村道路')),
    (('1条', '农村客运班线'), ('1条', '客运班线')),
    (('260个', '一氧化碳报警器'), ('271个', '一氧化碳报警器')),
    (('2860', '计划投资'), ('2794万元', '完成投资')),
    (('十件', '为民办实事'), None),
    (('1处', '托育点'), None),
    (('4200平方米', '面积'), None),
    (('2元', '老年饭桌补助'), None),
    (('60张', '总床位'), None),
    (('1600元', '公益性岗位补贴'), None),
    (('4.5米', '路面宽'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='24700', report='24701', target='first', result='first')

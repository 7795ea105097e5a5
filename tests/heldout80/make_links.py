#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 8000 plan / 8001 report).

Run inside tests/heldout80:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 8000's `100%` completion rate (8001 says
`已全部完工` with no figure) and the list's `9个` projects (restated in 8001 as a target).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4721万元', '衔接资金'), ('4586万元', '实际完成投资')),
    (('3个', '茶叶初制所'), ('3', '茶叶初制所')),
    (('1200平方米', '晾晒场'), ('1260', '晾晒场')),
    (('3200人', '跨省务工脱贫劳动力'), ('3418人', '跨省务工交通补助')),
    (('160', '资金规模'), ('170.9万元', '跨省务工交通补助兑付资金')),
    (('600个', '乡村公益性岗位'), ('612个', '乡村公益性岗位')),
    (('576', '资金规模'), ('571.2万元', '岗位补贴')),
    (('150户', 'C、D级危房'), ('148', 'C、D级危房改造住房')),
    (('12座', '蓄水池'), ('12', '蓄水池')),
    (('46公里', '供水管网'), ('47.5', '供水管网')),
    (('8800', '受益人口'), ('8960人', '供水保障提升项目受益')),
    (('1100人', '中高职在校脱贫家庭学生'), ('1136人', '中高职学生')),
    (('8个', '村卫生室'), ('8', '标准化村卫生室')),
    (('38公里', '产业路'), ('36.2', '产业路')),
    (('900座', '户厕'), ('916', '户厕')),
    (('10座', '村级公厕'), ('10', '村级公厕')),
    (('1500元', '脱贫户增收'), ('1720元', '脱贫户增收')),
    (('8万元', '村集体分红'), ('9.6万元', '村集体分红')),
    (('95%', '资金支付进度'), ('97.1%', '资金支付率')),
    (('95%', '满意度'), ('96.4%', '满意度')),
    (('8%', '脱贫人口人均纯收入增长'), ('8.3%', '脱贫人口人均纯收入增长')),
    (('100%', '项目完工率'), None),
    (('9个', '项目'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='8000', report='8001', target='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 16000 plan / 16001 report).

Run inside tests/heldout160:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document
by the corpus text right before its span and the span itself (`key=('before', 'text')`): the report's
table (`｜序｜事项｜年初所许｜岁末所成｜成数（%）｜附注｜`) gives many rows the same number twice
(`｜30｜30｜100｜`), so only the text before a cell tells the target cell from the result cell. Runs the
shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.

Conventions: the target is the plan's first mention, in the proclamation in classical Chinese
(`增普惠托位三百个`), not its repeat in the plain-language version below it (`新增普惠托位300个`); the
result is the roll's `岁末所成` cell, the first mention of the result, not its restatement in the
paragraphs after the roll (`成一百八十张`, `新设托位三百二十六个`); investment: `总计投资四亿三千六百万元` ->
`实投资金四亿二千一百万元`; households reached by the old-estate works: the roll's note `惠及居民3268户`.
A target the report answers without a figure, or not at all, is listed with None and skipped: the
standards the roll's note says were paid `按年初所许标准` (the nutrition subsidy `五元`, the old-age
allowance `一百元`, the rural 低保 standard `五千七百六十元`), the list's own counts (`一十二件`, last
year's `十件`) and the baseline and 2028 goal per thousand people (`三点二个`, `四点五个`).
"""
import runpy
from pathlib import Path

# (text before target, target span) -> (text before result, result span), read side by side by hand
LINKS = [
    (('总计投资', '四亿三千六百万元'), ('实投资金', '四亿二千一百万元')),
    (('增普惠托位', '三百个'), ('（个）｜300｜', '326')),
    (('婴幼儿照护服务指导中心', '一处'), ('（处）｜1｜', '1')),
    (('孕前优生健康检查', '二千八百对'), ('｜2800｜', '2915')),
    (('增学位', '一千八百个'), ('（个）｜1800｜', '1800')),
    (('修缮乡村学校食堂', '一十二所'), ('（所）｜12｜', '12')),
    (('老者免费体检', '八万五千人'), ('｜8.5｜', '8.92')),
    (('标准化村卫生室', '三十个'), ('（个）｜30｜', '30')),
    (('乳腺癌筛查', '一万二千人'), ('｜1.2｜', '1.26')),
    (('设老年助餐点', '四十个'), ('｜40｜', '43')),
    (('行适老化改造', '五百户'), ('｜500｜', '512')),
    (('增护理型床位', '二百张'), ('｜200｜', '180')),
    (('改造老旧小区', '一十五个'), ('（个）｜15｜', '15')),
    (('惠及居民', '三千二百户'), ('惠及居民', '3268户')),
    (('既有住宅加装电梯', '二十部'), ('（部）｜20｜', '17')),
    (('农村危房改造', '一百二十户'), ('（户）｜120｜', '120')),
    (('施康复救助', '二百六十名'), ('｜260｜', '271')),
    (('城镇新增就业', '五千人'), ('｜5000｜', '5630')),
    (('缝制技能培训', '三千人次'), ('｜3000｜', '3388')),
    (('担保贷款不少于', '两亿元'), ('（亿元）｜2｜', '2.31')),
    (('新改建农村公路', '一百二十公里'), ('｜120｜', '126.4')),
    (('新辟城乡公交线路', '四条'), ('（条）｜4｜', '4')),
    (('增公共停车泊位', '六百个'), ('｜600｜', '560')),
    (('建口袋公园', '八处'), ('（处）｜8｜', '8')),
    (('治理农村生活污水行政村', '二十五个'), ('（个）｜25｜', '25')),
    (('植树', '三十万株'), ('（万株）｜30｜', '31.2')),
    (('加装燃气泄漏报警器', '五千户'), ('｜5000｜', '5210')),
    (('建微型消防站', '一十八个'), ('（个）｜18｜', '18')),
    (('送光山花鼓戏下乡', '三百场'), ('｜300｜', '318')),
    (('提质农家书屋', '五十个'), ('（个）｜50｜', '50')),
    (('全民健身赛事', '一十场'), ('（场）｜10｜', '11')),
    (('定民生实事', '一十二件'), None),
    (('去岁所许', '十件'), None),
    (('每千人口有托位', '三点二个'), None),
    (('当增至', '四点五个'), None),
    (('每生每日补助', '五元'), None),
    (('每人每月八十元增至', '一百元'), None),
    (('五千四百六十元提至', '五千七百六十元'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='16000', report='16001', key=('before', 'text'))

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 34900 plan / 34901 report).

Run inside tests/heldout349:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan states `500人次` 技能培训 and `6.8公里` twice (its wheel and a comment): the links take the
first (`target='first'`). Where the report gives a result both in its `｜` table and in a note, the link takes the
table cell, the row that names what it counts (`3` 老年食堂, `80` 适老化改造). The report's table restates the plan's
figures as targets of its own (`40`, `860`, ...): the links go from the plan's records. A target with no result is
listed with None and skipped: the list's own counts and money (`8件`, the table's money cells per wheel sector, the
report has no result per sector), the prize count `200份`, the childcare baseline `56个`, and the `3元` meal price
(restated in the report as a rate in force, stock).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2794万元', '实际完成投资')),
    (('640万元', '镇级财政'), ('640万元', '镇级财政')),
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '普惠托位'), ('42', '新增普惠托位')),
    (('300人次', '入户育儿指导'), ('348人次', '入户育儿指导')),
    (('1座', '风雨操场'), ('1座', '风雨操场')),
    (('860平方米', '建筑面积'), ('860', '风雨操场')),
    (('4名', '银龄退休教师'), ('3名', '银龄教师')),
    (('6个', '课后延时托管班'), ('6个', '课后托管班')),
    (('5个', '村卫生室'), ('5个', '村卫生室')),
    (('1200人', '老人免费体检'), ('1316', '老人免费体检')),
    (('150例', '远程会诊'), ('187例', '远程会诊')),
    (('3个', '村级老年食堂'), ('3', '老年食堂')),
    (('4.5万人次', '助餐服务'), ('4.8万人次', '助餐')),
    (('80户', '困难老人家庭'), ('80', '适老化改造')),
    (('5000元', '适老化改造补助标准'), ('5000元', '适老化改造补助')),
    (('25户', '农村危旧房'), ('25户', '危旧房改造')),
    (('120户', '庭院整治'), ('131户', '庭院整治')),
    (('180个', '生态停车位'), ('180个', '生态停车位')),
    (('500人次', '技能培训'), ('563', '技能培训')),
    (('30个', '乡村公益性岗位'), ('32个', '公益性岗位')),
    (('150人', '农村劳动力新增就业'), ('162人', '农村劳动力新增就业')),
    (('6.8公里', '通村公路提升改造'), ('5.9', '通村公路提升')),
    (('1条', '共富班车线路'), ('1条', '共富班车线路')),
    (('4个', '港湾式候车亭'), ('4个', '候车亭')),
    (('2.3公里', '河道生态修复'), ('2.3', '河道生态修复')),
    (('8座', '农村生活污水处理终端提标改造'), ('8座', '污水终端提标')),
    (('15个', '垃圾分类收集亭'), ('15个', '垃圾分类收集亭')),
    (('8件', '民生实事'), None),
    (('200份', '奖品'), None),
    (('3元', '老年食堂餐费'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='34900', report='34901', target='first', result='first')

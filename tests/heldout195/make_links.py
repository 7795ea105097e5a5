#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 19500 plan / 19501 report).

Run inside tests/heldout195:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is a sheaf of top-up receipts (充值凭条), the report a phone bill (话费账单) whose table gives
each receipt's `套餐量` (the target restated: target records of 19501) beside its `已使用` (achieved); the links go from
the plan's records to the bill's `已使用` cells, or to its notes (`套餐外说明`) where the table has no row. A target with
no result is listed with None and skipped: the list's own counts and money (`10件`, the receipts' `充值金额`, `10笔`,
`2136万元` 总金额), the targets the bill answers without a figure (the 托育点 `1个`, `22公里` of water pipes), targets with
no counterpart (`1栋` dormitory, `3个` teaching points, `800人` to Fujian, the `11个` villages of the flood alarms, the
carried-over `2户`), and the meal subsidy `3元` per 餐, which the bill restates as a rate in force (stock), not a result.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2136万元', '计划总投资'), ('2047.5万元', '完成投资')),
    (('120张', '住宿床位'), ('120', '住宿床位')),
    (('4名', '教师'), ('4', '补充教师')),
    (('30个', '托位'), ('30', '托位')),
    (('600人次', '入户养育指导'), ('684', '入户养育指导')),
    (('90%', '眼保健筛查覆盖率'), ('93.4%', '眼保健筛查覆盖率')),
    (('5个', '村卫生室'), ('5', '村卫生室改造')),
    (('2800人', '老年人免费体检'), ('2936', '老年人免费体检')),
    (('85%', '家庭医生重点人群签约率'), ('86.1%', '家庭医生重点人群签约率')),
    (('4个', '老饭桌（互助助餐点）'), ('4', '老饭桌')),
    (('1.5万人次', '助餐'), ('16820', '助餐')),
    (('36户', '农村危房改造'), ('36', '危房改造')),
    (('420户', '户厕改造'), ('397', '户厕改造')),
    (('280户', '新通水'), ('301', '新通自来水')),
    (('18.5公里', '通组路'), ('16.2', '通组路')),
    (('260盏', '太阳能路灯'), ('260', '太阳能路灯')),
    (('1条', '乡村公交延伸线'), ('1条', '乡村公交延伸线')),
    (('1500人', '劳务输出'), ('1638', '劳务输出')),
    (('600人次', '技能培训'), ('655', '技能培训')),
    (('40个', '乡村公益性岗位'), ('42个', '公益性岗位')),
    (('120人', '重度残疾人'), ('127', '残疾人上门康复')),
    (('30万元', '临时救助资金'), ('31.6万元', '临时救助资金')),
    (('22套', '山洪灾害预警广播'), ('22', '山洪预警广播')),
    (('11场', '应急避险演练'), ('11场', '应急避险演练')),
    (('3000人次', '应急避险演练覆盖群众'), ('3315人次', '应急避险演练参演群众')),
    (('24场', '送戏下乡'), ('26', '送戏下乡')),
    (('2个', '村级文化广场'), ('2个', '文化广场')),
    (('150处', '村庄垃圾死角'), ('163处', '垃圾死角')),
    (('1200亩', '生态林'), ('1200', '新植生态林')),
    (('10件', '民生实事'), None),
    (('1栋', '学生宿舍楼'), None),
    (('3个', '山区教学点'), None),
    (('1个', '普惠托育点'), None),
    (('3元', '老人助餐补助'), None),
    (('22公里', '自来水入户管网'), None),
    (('800人', '赴福建劳务输出'), None),
    (('11个', '村'), None),
    (('2户', '危房改造'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='19500', report='19501')

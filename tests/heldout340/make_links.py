#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 34000 plan / 34001 report).

Run inside tests/heldout340:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc
prefixes. The plan (a woodblock-printed notice) writes its figures in Chinese numerals, the report (its
vermilion-annotated copy) in Arabic ones. `target='first'`: the plan names `二座` 修缮古书坊 twice (item 11 and
the editor's note); the link takes the item. The report quotes some of the plan's words (`原文：…`): those
quotations are target records of the report and take no link; the links go from the plan's records.
A target with no result is listed with None and skipped: the level `一百二十个` 普惠托位 (the report answers it
with the standing total `126个`, stock), the 托育点 `一处`, the dormitory `一栋` and its `一千八百平方米`, the beds
`一百六十张` (put off to 2027), the 两癌筛查 `八百人`, the bus line `一条` and the lamps `二百盏` and the river
`三公里` (answered without a figure), the meal capacity `一百五十份` (answered by a daily average, stock), the 低保
standard `七百九十元` (answered as a rate in force, stock), the market `一处` and its stalls `八十个` (not started),
the town's money `四百二十万元`, and the plan's figures of other years (2025, 2027).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('三十个', '托位'), ('36个', '托位')),
    (('六百人次', '入户科学育儿指导'), ('688人次', '入户科学育儿指导')),
    (('十二名', '乡村教师'), ('12名', '乡村教师')),
    (('四十场', '留守儿童周末课堂'), ('46场', '周末课堂')),
    (('四所', '村卫生所'), ('4所', '村卫生所')),
    (('二千四百人', '老人免费体检'), ('2516人', '老人免费体检')),
    (('二处', '长者食堂'), ('两处', '长者食堂')),
    (('五十户', '困难老人家庭适老化改造'), ('52户', '适老化改造')),
    (('一百元', '高龄补贴'), ('100元', '高龄补贴')),
    (('二十户', '农村危房改造'), ('20户', '农村危房改造')),
    (('三百户', '老旧木构民居更换电线'), ('286户', '木构民居换电线')),
    (('八公里', '自来水管网延伸'), ('8.4公里', '自来水管网延伸')),
    (('二千一百人', '受益群众'), ('2180人', '受益群众')),
    (('五十万元', '临时救助资金'), ('53.6万元', '临时救助支出')),
    (('一百二十名', '残疾人'), ('127名', '残疾人')),
    (('三百个', '新增就业岗位'), ('342个', '新增就业岗位')),
    (('二百人次', '雕版印刷、客家菜技能培训'), ('236人次', '技能培训')),
    (('二十个', '公益性岗位'), ('20个', '公益性岗位')),
    (('八百万元', '创业担保贷款'), ('960万元', '创业担保贷款')),
    (('六点五公里', '自然村道路'), ('6.8公里', '自然村道路')),
    (('三处', '农村污水处理设施'), ('3处', '污水处理设施')),
    (('一百二十亩', '补植水源林'), ('135亩', '补植水源林')),
    (('一千二百具', '灭火器'), ('1200具', '灭火器')),
    (('六个', '微型消防站'), ('6个', '微型消防站')),
    (('四十名', '护林防火巡护员'), ('38名', '护林防火巡护员')),
    (('二座', '修缮古书坊'), ('1座', '修缮古书坊')),
    (('三十名', '雕版印刷传习班学员'), ('32名', '雕版印刷传习班学员')),
    (('二十场', '送戏下乡'), ('24场', '送戏下乡')),
    (('三千册', '农家书屋更新图书'), ('3000册', '农家书屋更新图书')),
    (('二座', '公厕'), ('2座', '公厕')),
    (('一千三百六十万元', '资金'), ('1282.6', '完成投资')),
    (('一百二十个', '普惠托位'), None),
    (('一处', '普惠托育点'), None),
    (('一栋', '学生宿舍楼'), None),
    (('一千八百平方米', '建筑面积'), None),
    (('一百六十张', '寄宿床位'), None),
    (('八百人', '妇女两癌筛查'), None),
    (('一百五十份', '供餐能力'), None),
    (('七百九十元', '城乡低保标准'), None),
    (('一条', '农村客运班线'), None),
    (('二百盏', '太阳能路灯'), None),
    (('三公里', '河道整治'), None),
    (('一处', '墟场改造'), None),
    (('八十个', '摊位'), None),
    (('四百二十万元', '镇财政'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='34000', report='34001', target='first', result='first')

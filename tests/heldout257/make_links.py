#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 25700 plan / 25701 report).

Run inside tests/heldout257:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator, read side by side by hand. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (相亲会 cards) states each project's money once, either in its card (`260万元`, `30万元`) or in
the board's back table (`合计` cells); the report (我的订单 post) states the paid money in its `实付` line (老年助餐 only)
and in its `年度账单` table: the links take the first mention on each side. A target with no result is listed with None
and skipped: the list's count (`10件`), the `12个` 村居 covered, the monthly `9000人次` (the report gives a yearly
`11.3万人次`: another measure), the meal subsidy `3元`, the lift subsidy cap `15万元`, the `3个` 小区 and `2个` 村 of the
scope, the `12次` per household, the funding split cells (镇级资金, 区级补助) and the `5张` cards.
"""
import runpy
from pathlib import Path

LINKS = [
    (('4个', '老年助餐点'), ('5个', '老年助餐点')),
    (('1家', '社区长者食堂'), ('1家', '社区长者食堂')),
    (('260万元', '计划投资'), ('¥248.6万元', '实付')),
    (('12台', '加装电梯'), ('10台', '加装电梯完工')),
    (('8台', '加装电梯新开工'), ('9台', '加装电梯新开工')),
    (('180', '合计'), ('150', '实付金额')),
    (('126户', '平移安置'), ('126户', '平移安置')),
    (('2.3万平方米', '新建农房建筑面积'), ('2.31万平方米', '新建农房建筑面积')),
    (('2个', '社区托育宝宝屋'), ('2个', '宝宝屋')),
    (('40个', '托位'), ('40个', '托位')),
    (('1200人次', '免费临时托服务'), ('1436人次', '免费临时托')),
    (('30万元', '资金'), ('31.2', '实付金额')),
    (('500个', '就业岗位'), ('612个', '就业岗位')),
    (('30人', '长期失业青年'), ('34人', '长期失业青年')),
    (('800人次', '职业技能培训'), ('926人次', '职业技能培训')),
    (('2条', '镇域公交线路'), ('2条', '公交线路')),
    (('15个', '公交候车亭'), ('15个', '候车亭')),
    (('8.6公里', '农村公路'), ('7.1公里', '农村公路')),
    (('1070', '合计'), ('902', '实付金额')),
    (('5条', '中小河道'), ('5条', '河道')),
    (('11.2公里', '中小河道'), ('11.4公里', '河道')),
    (('2座', '口袋公园'), ('2座', '口袋公园')),
    (('9800平方米', '绿地'), ('1.02万平方米', '绿地')),
    (('860', '合计'), ('873.5', '实付金额')),
    (('2000户', '独居老人和困难家庭'), ('2036户', '燃气泄漏报警器')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('60场', '戏曲下乡'), ('64场', '送戏下乡')),
    (('2条', '百姓健身步道'), ('2条', '健身步道')),
    (('3.2公里', '百姓健身步道'), ('3.3公里', '健身步道')),
    (('4个', '村卫生服务点'), ('4个', '卫生服务点')),
    (('6500人', '老年人免费体检'), ('6821人', '老年人免费体检')),
    (('2400', '合计'), ('2205.3', '实付金额')),
    (('10件', '为民办实事项目'), None),
    (('12个', '村居'), None),
    (('9000人次', '助餐'), None),
    (('3元', '补贴'), None),
    (('15万元', '镇级补贴'), None),
    (('3个', '小区'), None),
    (('2个', '村'), None),
    (('12次', '免费临时托'), None),
    (('5张', '卡'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='25700', report='25701')

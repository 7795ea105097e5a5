#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 17500 plan / 17501 report).

Run inside tests/heldout175:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (an auditor's confirmation letter) gives three figures a row: the year's plan restated
(target), the town's reported figure and the auditor's verified figure (both achieved); the links go to the verified
cell (indicator `…（抽查核实）`), the figure the letter settles on (the town's reply accepts it where the two differ:
助餐 9.42 → 9.38万人次, 培训 1688 → 1652人次). Two targets the table leaves out are answered in the letter's prose or the
town's reply (候车亭 12 of 15; 公益性岗位 63). A target with no result is listed with None and skipped.
"""
import runpy
from pathlib import Path

LINKS = [
    (('1.26亿元', '计划总投资'), ('1.19亿元', '已支付')),
    (('2家', '长者食堂'), ('2', '长者食堂（抽查核实）')),
    (('6个', '老年助餐点'), ('7', '老年助餐点（抽查核实）')),
    (('9万人次', '助餐服务'), ('9.38', '助餐服务（抽查核实）')),
    (('8个', '农村睦邻点（四堂间）'), ('8', '农村睦邻点（四堂间）（抽查核实）')),
    (('150户', '困难老年人家庭'), ('163', '困难老年人家庭适老化改造（抽查核实）')),
    (('1500人次', '职业技能培训'), ('1652', '职业技能培训（抽查核实）')),
    (('30人', '帮扶引领成功创业'), ('34', '帮扶引领成功创业（抽查核实）')),
    (('60个', '农村公益性岗位'), ('63个', '公益性岗位')),
    (('12公里', '农村公路提档升级'), ('9.7', '农村公路提档升级（抽查核实）')),
    (('2条', '村村通公交线路'), ('2', '村村通公交线路（抽查核实）')),
    (('15个', '候车亭'), ('12个', '公交候车亭')),
    (('1200户', '农村生活污水纳管'), ('1236', '农村生活污水纳管（抽查核实）')),
    (('9条', '镇村级河道'), ('9', '镇村级河道（抽查核实）')),
    (('5个', '村级微型消防站'), ('5', '村级微型消防站（抽查核实）')),
    (('800户', '燃气泄漏报警器'), ('846', '燃气泄漏报警器安装（抽查核实）')),
    (('40个', '托位'), ('40', '社区托育点托位（抽查核实）')),
    (('4个', '村卫生室标准化改造'), ('4', '村卫生室标准化改造（抽查核实）')),
    (('60场', '送沪剧、越剧下乡演出'), ('66', '送戏下乡演出（抽查核实）')),
    (('10件', '镇级民生实事项目'), None),
    (('300人次', '新型职业农民培训'), None),
    (('1个', '社区托育点'), None),
    (('1个', '口袋公园'), None),
    (('3000平方米', '占地'), None),
    (('2万元', '运营补贴'), None),
    (('40个', '村民夜课班'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='17500', report='17501', target='first', result='first')

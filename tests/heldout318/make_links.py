#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 31800 plan / 31801 report).

Run inside tests/heldout318:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is a Henan-opera lyric sheet (熊寨镇 2026), the report the town's year-end answering
session (答辩会记录, 2027-01-12). The report's deputies restate one target (`助餐点说建6个`, a target record of 31801):
the link goes from the plan's record. A target with no result figure is listed with None and skipped: the list's
counts (`十件`), the lyric's fares and cuts (the report states `每顿减2元` and `票价1元` as rates in force, stock),
the bus's `30个` seats, the `5个` villages, the `三个` trades, the `10件` fitness machines, the table's money cells
(the report gives no money by item), the `75%` gloss, the 2027 goal `20个`, and the subsidies per point and per show.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '总投资'), ('2791万元', '完成投资')),
    (('6个', '助餐点'), ('6个', '助餐点')),
    (('3万人次', '助餐'), ('3.4万人次', '助餐')),
    (('240张', '宿舍床位'), ('240张', '宿舍床位')),
    (('20张', '康复科病床'), ('20张', '康复科病床')),
    (('8个', '村卫生室'), ('8个', '村卫生室')),
    (('七成半', '家庭医生签约率'), ('78.2%', '家庭医生签约率')),
    (('12.5公里', '通村公路'), ('13.1公里', '通村公路')),
    (('2座', '危桥改造'), ('2座', '危桥改造')),
    (('1条', '公交线路'), ('1条', '公交线路')),
    (('4300人', '受益群众'), ('4420人', '受益群众')),
    (('1200户', '厕所改造'), ('1236户', '户厕改造')),
    (('1000元', '户厕改造补助'), ('1000元', '户厕改造补助')),
    (('600盏', '太阳能路灯'), ('540盏', '太阳能路灯')),
    (('800人次', '技能培训'), ('912人次', '技能培训')),
    (('150个', '公益岗位'), ('150个', '公益岗位')),
    (('3个', '文化广场'), ('3个', '文化广场')),
    (('60场', '送戏下乡'), ('64场', '送戏下乡')),
    (('500个', '燃气报警器'), ('512个', '燃气报警器')),
    (('十件', '民生实事'), None),
    (('2块钱', '助餐减免'), None),
    (('一块钱', '公交票价'), None),
    (('30个', '座位'), None),
    (('5个', '村'), None),
    (('三个', '工种'), None),
    (('10件', '健身器材'), None),
    (('75%', '家庭医生签约率'), None),
    (('20个', '老年助餐点'), None),
    (('30万元', '建设资金'), None),
    (('2000元', '演出费补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='31800', report='31801', target='first', result='first')

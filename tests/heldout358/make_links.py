#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 35800 plan / 35801 report).

Run inside tests/heldout358:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The report (a 岔曲 lyric sheet) restates every target in its notes table's `年初定的` column (target records of
35801); the links go from the plan's records to the `年底办成` cells or the notes beside them. The report states
`13家` 精品民宿 twice (the table's note and a resident's question); `result='first'` takes the table.
A target with no result is listed with None and skipped: the list's counts (`10件`, `十件`), the vote's counts, the
per-meal subsidy `5元` and the per-household `4.5万元` (rates the report does not restate), the per-village `1个`
物资箱, the `1980万元` subsidy and the picture table's money cells (the report gives only the total spent).
"""
import runpy
from pathlib import Path

LINKS = [
    (('3个', '养老助餐点'), ('3个', '养老助餐点')),
    (('1.2万人次', '助餐'), ('13180人次', '助餐')),
    (('2个', '村卫生室'), ('2个', '村卫生室')),
    (('85%', '家庭医生签约率'), ('86.4%', '家庭医生签约率')),
    (('1100人', '老人免费体检'), ('1152人', '老人体检')),
    (('46户', '农宅抗震节能改造'), ('46户', '农宅抗震节能改造')),
    (('8户', '农宅抗震节能改造'), ('8户', '农宅抗震节能改造')),
    (('120户', '煤改电设备更新'), ('112户', '煤改电设备更新')),
    (('6.8公里', '山区公路大修'), ('6.8公里', '山区公路大修')),
    (('4个', '公交候车亭'), ('4个', '候车亭')),
    (('150个', '停车位'), ('162个', '停车位')),
    (('200人次', '精品民宿管家培训'), ('236人次', '精品民宿管家培训')),
    (('15家', '精品民宿'), ('13家', '精品民宿')),
    (('40个', '公益性岗位'), ('40个', '公益性岗位')),
    (('9公里', '河道清理'), ('9.3公里', '潮河河道清理')),
    (('2处', '小微湿地'), ('2处', '小微湿地')),
    (('1.5万平方米', '村庄绿化'), ('1.62万平方米', '村庄绿化')),
    (('600个', '燃气报警器'), ('628个', '燃气报警器')),
    (('12套', '地质灾害隐患点监测设备'), ('12套', '监测设备')),
    (('13个', '应急物资箱'), ('13个', '应急物资箱')),
    (('30场', '送戏下乡'), ('34场', '送戏下乡')),
    (('3000册', '农家书屋更新图书'), ('3000册', '农家书屋更新图书')),
    (('60个', '幼儿园学位'), ('60个', '幼儿园学位')),
    (('1个', '托育点'), ('1个', '托育点')),
    (('20个', '普惠托位'), ('20个', '普惠托位')),
    (('2860万元', '计划总投资'), ('2791万元', '完成投资')),
    (('10件', '民生实事'), None),
    (('十件', '实事'), None),
    (('5元', '助餐补贴'), None),
    (('4.5万元', '农宅改造补助'), None),
    (('1个', '应急物资箱'), None),
    (('1980万元', '市区补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='35800', report='35801', target='first', result='first')

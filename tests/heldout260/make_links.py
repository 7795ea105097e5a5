#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 26000 plan / 26001 report).

Run inside tests/heldout260:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator; the shared `tools/make_links.py` does the rest. Targets are taken at their first mention (the
war chart's `年度目标` cell, not the quarter cells after it, which restate the same figure as the fourth quarter's
node). The report states the water-pipe result three times: the edit note at the top (`已改为16.8公里`, which names nothing
counted), the body's item 5 (`供水管网改造完成16.8公里`) and the town's reply (`应为16.8公里`); the link takes the body's
mention (the second record with that text and indicator, pick 1). A target with no result is listed with
None and skipped: the list's count and money the report does not answer (`10件`, `4120万元`, `2730万元`), the
investment cells, the quarter nodes and the map's per-village sub-figures (no result figure in the report).
"""
import runpy
from pathlib import Path

LINKS = [
    (('6850万元', '计划总投资'), ('6612万元', '完成投资')),
    (('3处', '村级养老驿站'), ('3处', '养老驿站')),
    (('4.5万人次', '农村助餐'), ('4.86万人次', '助餐')),
    (('60个', '托位'), ('60个', '托位')),
    (('8个', '村卫生室'), ('8个', '村卫生室')),
    (('85%', '65岁以上老人家庭医生签约率'), ('87.2%', '65岁以上老人家庭医生签约率')),
    (('45户', '农宅抗震节能改造'), ('43户', '农宅抗震节能改造完工')),
    (('18公里', '供水管网改造'), ('16.8公里', '供水管网改造', 1)),
    (('2100户', '居民'), ('2230户', '居民')),
    (('26公里', '农村公路大中修'), ('27.4公里', '农村公路大中修')),
    (('320个', '村内停车位'), ('296个', '村内停车位')),
    (('12公里', '污水管网'), ('12公里', '污水管网')),
    (('3.5公里', '黑水湾沟治理'), ('3.5公里', '黑水湾沟治理')),
    (('4.2万平方米', '村庄绿化'), ('4.6万平方米', '村庄绿化')),
    (('2600户', '燃气报警器入户'), ('2712户', '燃气报警器')),
    (('5个', '微型消防站'), ('5个', '微型消防站')),
    (('800人次', '职业技能培训'), ('936人次', '职业技能培训')),
    (('600人', '城乡新增就业'), ('652人', '城乡新增就业')),
    (('120场', '文艺演出下乡'), ('131场', '演出下乡')),
    (('240场', '公益电影放映'), ('246场', '公益电影')),
    (('10件', '重要民生实事项目'), None),
    (('4120万元', '区级以上资金'), None),
    (('2730万元', '镇级自筹'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='26000', report='26001', target='first', result='first')

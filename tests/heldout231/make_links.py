#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 23100 plan / 23101 report).

Run inside tests/heldout231:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is 亭林镇's 2026 生活圈 图则 table (23100); the report is the town finance office's note on the
projects' delivery and the new assets entered in its books (23101). The links go to the report's prose (`二、逐项交付情况`),
never to the asset table's cells: the table counts the assets one row a site (`1` 处 per 宝宝屋) and in money of another
kind (`原值`, not the plan's `投资` estimate), so it states no total that answers a target. A target with no result is
listed with None and skipped: the count of projects and sub-projects (`12项`, `18个`, restated in the report as target), the
town's own funds (`6200万元`), every row's `投资` estimate (the report gives only the assets' `原值`), the daily meal
capacity (`600份`: the report's `日均供餐约340份` is a daily average, stock), the `5村` (the same villages as `5个` 村卫生室),
the 2027 rows (长者运动健康之家 `1家`; 亭林小学扩建's `360个` places and `6200平方米`, which the report carries into 2027), and
the 零工市场 `1个` (the report says it opened in April, with no count of markets).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9858万元', '计划总投资'), ('8734万元', '完成投资')),
    (('2处', '社区托育宝宝屋'), ('2处', '宝宝屋')),
    (('40个', '托位'), ('46个', '托位')),
    (('3个', '老年助餐点'), ('4个', '老年助餐点')),
    (('1800平方米', '建筑面积'), ('1820平方米', '建筑面积')),
    (('60张', '养老床位'), ('60张', '养老床位')),
    (('5个', '村卫生室'), ('5个', '村卫生室')),
    (('4个班', '爱心暑托班'), ('4个', '爱心暑托班')),
    (('160名', '暑托班学员'), ('172名', '暑托班学员')),
    (('3个', '老年学校村级教学点'), ('3个', '老年学校村级教学点')),
    (('2个', '老旧住宅小区'), ('2个', '老旧住宅小区')),
    (('1260户', '居民'), ('1274户', '居民')),
    (('12台', '既有多层住宅加装电梯'), ('14台', '加装电梯完工投用')),
    (('3台', '加装电梯（2025年结转）'), ('3台', '加装电梯（2025年结转）')),
    (('9个', '居民区'), ('9个', '居民区')),
    (('800个', '非机动车集中充电端口'), ('860个', '非机动车集中充电端口')),
    (('6.5公里', '中小河道'), ('6.8公里', '中小河道')),
    (('2个', '口袋公园'), ('2个', '口袋公园')),
    (('0.45公顷', '口袋公园面积'), ('0.47公顷', '口袋公园面积')),
    (('150个', '公共停车泊位'), ('162个', '公共停车泊位')),
    (('800人', '实现就业人员'), ('930人', '实现就业人员')),
    (('1500人次', '职业技能培训'), ('1620人次', '职业技能培训')),
    (('3.6公里', '环镇健身步道'), ('3.6公里', '环镇健身步道')),
    (('2个', '百姓书房'), ('2个', '百姓书房')),
    (('60场', '文化配送演出'), ('64场', '文化配送演出')),
    (('12项', '镇政府实事项目'), None),
    (('18个', '点位子项'), None),
    (('6200万元', '镇级财政'), None),
    (('600份', '日供餐能力'), None),
    (('5村', '村卫生室标准化改造村'), None),
    (('1家', '长者运动健康之家'), None),
    (('360个', '学位'), None),
    (('6200平方米', '建筑面积'), None),
    (('1个', '零工市场'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='23100', report='23101')

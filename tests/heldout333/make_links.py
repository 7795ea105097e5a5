#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 33300 plan / 33301 report).

Run inside tests/heldout333:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator; stance filters the plan's targets and the report's results (the report's table restates every
target in its `年计划` column). Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc
prefixes. A target with no result is listed with None and skipped: the three rows the report answers only with
`已交货` (05 农村危房 `18户`, 07 助餐点 `2个`, 18 公交候车亭 `8个`), the list's counts (`20个` 项目, `7个` 工序,
`三个` 小区, restated), the rows' planned money (the report gives no money by row), the meal subsidy `4元` and the
`6元` cap, the `12项` checks, the `1480平方米` floor area, the `2000元` post subsidy.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3', '老旧小区'), ('3', '老旧小区')),
    (('1260', '改造涉及住户'), ('1274', '改造涉及住户')),
    (('4.6', '暖房子外墙保温'), ('4.72', '暖房子外墙保温')),
    (('0.8万平方米', '暖房子工程结转'), ('0.8', '暖房子外墙保温上年结转')),
    (('5.2', '供热管网'), ('5.2', '供热管网')),
    (('18', '农村危房'), None),
    (('4', '农村互助幸福院'), ('4', '农村互助幸福院')),
    (('2', '社区老年助餐点'), None),
    (('2.4', '助餐服务'), ('2.63', '助餐服务')),
    (('60', '特殊困难老年人家庭'), ('64', '适老化改造')),
    (('40', '普惠托位'), ('40', '普惠托位')),
    (('5', '村卫生室'), ('5', '村卫生室')),
    (('2600', '老年人免费健康体检'), ('2718', '老年人免费健康体检')),
    (('1', '中心小学风雨操场'), ('0', '中心小学风雨操场')),
    (('420', '城镇新增就业'), ('457', '城镇新增就业')),
    (('35', '公益性岗位'), ('35', '公益性岗位')),
    (('300', '职业技能培训'), ('326', '职业技能培训')),
    (('12.5', '通村公路'), ('12.8', '通村公路')),
    (('8', '公交候车亭'), None),
    (('900', '燃气泄漏报警器入户'), ('936', '燃气泄漏报警器入户')),
    (('3', '微型消防站'), ('3', '微型消防站')),
    (('2', '社区冰场'), ('2', '社区冰场')),
    (('24', '二人转、评剧送戏下乡'), ('27', '送戏下乡')),
    (('2部', '加装电梯'), ('2部', '加装电梯')),
    (('6321', '计划投入'), ('5962万元', '完成投入')),
    (('100%', '一次验收合格率'), ('98.6%', '一次验收合格率')),
    (('20个', '项目'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='33300', report='33301', target='first', result='first')

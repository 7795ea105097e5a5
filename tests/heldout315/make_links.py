#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 31500 plan / 31501 report).

Run inside tests/heldout315:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report's one-cell-per-line table (`【残局清点】`) restates four targets and four results as bare
cells (`12.6`, `13.1`, `300`, `315`, ...): the links go from the plan's prose records to the report's prose records
(`result='first'`). A target with no result is listed with None and skipped: the list's count (`8件`, which the report
restates as a count of the list, a target), the county's share `1180万元`, the villages and people reached (`5个`,
`9600人`), the road's width, thickness and passing-place spacing (`4.5米`, `20厘米`, `500米`, `1处`), the meal point
(`1处`) and its designed daily capacity (`60人次`, answered only by a daily average, a stock), the nursery's yard
(`200平方米`), the classrooms (`6间`), the workshop's floor area (`1500平方米`), the site's safety officers and signs, and
the plan's quantity and cost tables (bare cells restating the prose or costing it).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1865万元', '总投资'), ('1796万元', '完成投资')),
    (('420万元', '闽宁协作资金'), ('420万元', '闽宁协作资金')),
    (('12.6公里', '硬化村组道路'), ('13.1公里', '硬化村组道路')),
    (('24处', '错车道'), ('26处', '错车道')),
    (('860平方米', '改扩建建筑面积'), ('860平方米', '幸福院')),
    (('30张', '床位'), ('30张', '床位')),
    (('4个', '村卫生室'), ('4个', '村卫生室')),
    (('1台', 'DR设备'), ('1台', 'DR设备')),
    (('9.8公里', '入户管道'), ('9.8公里', '入户管道')),
    (('650户', '移民群众'), ('662户', '移民群众')),
    (('2430人', '移民群众'), ('2451人', '移民群众')),
    (('40个', '托位'), ('40个', '托位')),
    (('1处', '风雨操场'), ('1处', '风雨操场')),
    (('1200平方米', '建筑面积'), ('1200平方米', '风雨操场面积')),
    (('90个', '学位'), ('90个', '学位')),
    (('120人', '就业群众'), ('134人', '吸纳就业')),
    (('300个', '独立式烟感报警器'), ('315个', '烟感报警器')),
    (('8件', '民生实事'), None),
    (('1180万元', '县级财政配套'), None),
    (('5个', '行政村'), None),
    (('9600人', '受益群众'), None),
    (('4.5米', '路面宽'), None),
    (('20厘米', '混凝土面层厚'), None),
    (('500米', '错车道间距'), None),
    (('1处', '老饭桌（助餐点）'), None),
    (('60人次', '就餐'), None),
    (('200平方米', '室外活动场地'), None),
    (('6间', '教室'), None),
    (('1500平方米', '车间建筑面积'), None),
    (('1名', '安全员'), None),
    (('40块', '现场安全警示牌'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='31500', report='31501', target='first', result='first')

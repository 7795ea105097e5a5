#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 28600 plan / 28601 report).

Run inside tests/heldout286:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator; runs the shared `tools/make_links.py`. The report's table (`全场技术统计`) states each task
three times after its restated target: the half-time cell (`上半场`, done by 30 June), the full-time cell (`全场`,
done by 31 December) and the rate. The link takes the full-time cell (for `23名` 监测员, whose two cells are both
`23`, the last one: the own pick True). A target with no result is listed with None and skipped: the list's counts
(`10件`), the township's share of the money (`285万元`), the dormitory's `240张` beds, the signing rate `85%`, the
profile's `7户`, `3.5万元`, `800元`, `1500株` and the `2名` deputies per project, which the report does not answer
with a figure.
"""
import runpy
from pathlib import Path

LINKS = [
    (('1865万元', '计划投资'), ('1912万元', '完成投资')),
    (('1240万元', '上级资金'), ('1286万元', '上级资金')),
    (('23名', '地质灾害隐患点专职监测员'), ('23', '地质灾害隐患点专职监测员', True)),
    (('6处', '应急避险点'), ('6', '应急避险点')),
    (('11个', '村级微型消防站'), ('11', '微型消防站')),
    (('18.6公里', '通组公路'), ('17.9', '通组公路')),
    (('9公里', '波形护栏'), ('9.4', '波形护栏')),
    (('2条', '赶场专线客运班车'), ('2', '赶场专线')),
    (('45户', '农村危房改造'), ('45', '农村危房改造')),
    (('26公里', '饮水管网'), ('27.5', '饮水管网')),
    (('1200人', '巩固提升饮水人口'), ('1260人', '解决和巩固饮水人口')),
    (('65名', '重度残疾人'), ('68', '居家托养')),
    (('4个', '村级互助养老服务点'), ('4', '互助养老服务点')),
    (('60张', '乡敬老院床位'), ('60', '敬老院床位')),
    (('40个', '普惠托位'), ('40', '普惠托位')),
    (('300名', '孕妇'), ('312', '产前筛查')),
    (('1栋', '学生宿舍'), ('1', '学生宿舍')),
    (('80个', '乡村公益性岗位'), ('86', '公益性岗位')),
    (('600人次', '茶叶加工技能培训'), ('655', '技能培训')),
    (('15个', '返乡创业主体'), ('17', '返乡创业主体')),
    (('6个', '村卫生室标准化改造'), ('6', '村卫生室改造')),
    (('3处', '村级污水处理设施'), ('2', '污水处理设施')),
    (('12公里', '唐崖河支流河道'), ('12', '河道清理')),
    (('1处', '敬老院厨房改造'), ('1处', '敬老院厨房改造')),
    (('2.4公里', '王家垴通组公路'), ('2.4公里', '王家垴通组公路')),
    (('10件', '民生实事'), None),
    (('285万元', '乡级配套'), None),
    (('240张', '床位'), None),
    (('85%', '重点人群家庭医生签约率'), None),
    (('1500株', '柳树'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='28600', report='28601')

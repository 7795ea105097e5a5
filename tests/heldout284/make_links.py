#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 28400 plan / 28401 report).

Run inside tests/heldout284:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report states `3.92万人次` 助餐 and `134人` 带动就业 twice (the playlist row and the office's note):
the links take the first (`result='first'`). A target with no result is listed with None and skipped: the list's
count `10件` (the report's `十件` is the same count, a target), the bookmarks' summary money cells (`860`, `1240`,
`1980`: groups of bookmarks the report does not split), the `1座` 风雨操场 (the report gives its area, not a count),
and the `2元` meal reduction (a rule, not restated).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '普惠托位'), ('42个', '普惠托位')),
    (('600人次', '育儿指导'), ('653人次', '入户育儿指导')),
    (('1200平方米', '风雨操场面积'), ('1216平方米', '风雨操场面积')),
    (('3名', '心理辅导教师'), ('3名', '心理辅导教师')),
    (('2800人', '老年人免费体检'), ('2915人', '老年人免费体检')),
    (('80%', '老年人体检率'), ('83.4%', '老年人体检率')),
    (('2家', '老年食堂'), ('2家', '老年食堂')),
    (('3.6万人次', '助餐'), ('3.92万人次', '助餐')),
    (('45户', '困难老年人家庭适老化改造'), ('47户', '适老化改造')),
    (('2个', '老旧矿工宿舍区'), ('2个', '矿工宿舍区')),
    (('186户', '住户'), ('186户', '住户')),
    (('4座', '农村公厕'), ('4座', '农村公厕')),
    (('15个', '残疾人之家托养名额'), ('15个', '残疾人之家托养名额')),
    (('1170元', '低保标准'), ('1170元', '低保标准')),
    (('3家', '共富工坊'), ('3家', '共富工坊')),
    (('120人', '本地就业'), ('134人', '带动就业')),
    (('400人次', '职业技能培训'), ('412人次', '技能培训')),
    (('5.2公里', '矾山至南宋公路'), ('5.2公里', '矾南公路改造')),
    (('160个', '公共停车泊位'), ('172个', '公共停车泊位')),
    (('2个', '口袋公园'), ('2个', '口袋公园')),
    (('3处', '矾矿遗留废渣堆场'), ('3处', '废渣堆场治理')),
    (('18亩', '复绿面积'), ('21亩', '复绿')),
    (('40场', '送戏下乡'), ('42场', '送戏下乡')),
    (('4080', '计划投资'), ('4236万元', '完成投资')),
    (('10件', '民生实事'), None),
    (('860', '计划投资'), None),
    (('1240', '计划投资'), None),
    (('1980', '计划投资'), None),
    (('1座', '风雨操场'), None),
    (('2元', '老年食堂就餐减免'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='28400', report='28401', target='first', result='first')

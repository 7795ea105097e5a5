#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 27800 plan / 27801 report).

Run inside tests/heldout278:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`. The report's opening titles (片头字幕) restate five
targets (`600人`, `1个`, `150座`, `8.5公里`, `1800株`, target records of 27801): the links go from the plan's records.
A result may be found by its first mention (`result='first'`: the `142座` of 字幕卡5 is restated in the subtitle
check record's correction; the link takes the card). A target with no result is listed with None and skipped:
the counts of the list (`十件`), the vote, the table's planned money per item, the total and its shares (the report
gives only the total done, `2791万元`, linked from the plan's `总投资`), the托育点 `1个` and 风雨操场 `1座` (told
without a count), the carried-over 骊山湾 `1个`.
"""
import runpy
from pathlib import Path

LINKS = [
    (('600人', '城镇新增就业'), ('653人', '城镇新增就业')),
    (('80个', '乡村公益性岗位'), ('80人', '乡村公益性岗位上岗')),
    (('6场', '招聘会'), ('7场', '招聘会')),
    (('60个', '托位'), ('60个', '托位')),
    (('1200平方米', '建筑面积'), ('1200平方米', '建筑面积')),
    (('3个', '村级互助幸福院'), ('3个', '村级互助幸福院')),
    (('80户', '困难老年人家庭'), ('82户', '困难老年人家庭')),
    (('2个', '老旧小区'), ('2个', '老旧小区改造完工')),
    (('316户', '住户', 'first'), ('316户', '住户')),
    (('150座', '农村户厕改造'), ('142座', '农村户厕改造')),
    (('8.5公里', '通组道路'), ('8.9公里', '通组道路')),
    (('12个', '公交候车亭'), ('12个', '公交候车亭')),
    (('3.2公里', '排水沟渠'), ('3.2公里', '排水沟渠')),
    (('1800株', '行道树'), ('2100株', '行道树')),
    (('500台', '燃气泄漏报警器'), ('500台', '燃气泄漏报警器')),
    (('30场', '送秦腔进村演出'), ('32场', '秦腔进村演出')),
    (('4000人', '老年人免费健康体检'), ('4126人', '老年人免费体检')),
    (('2860万元', '总投资'), ('2791万元', '完成投资')),
    (('十件', '民生实事'), None),
    (('1个', '普惠托育点'), None),
    (('1座', '风雨操场'), None),
    (('1个', '结转老旧小区'), None),
    (('1900万元', '区级财政补助'), None),
    (('960万元', '街道自筹'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='27800', report='27801', target='first', result='first')

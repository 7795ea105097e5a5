#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 22700 plan / 22701 report).

Run inside tests/heldout227:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps
the link list and the two doc prefixes. A target with no result is listed with None and skipped:
the list's own counts (`8个` 岩区, `15条` 线路: the report restates `15条` as a target), the
托育综合服务中心 `1个` (the report says only that it opened), and `9.6公里` 村屯道路: the report
gives `11.9公里` including the `2.3公里` carried over from 2024, so the year's own 9.6 km stand in
no record (the carried 2.3 km link to the report's 2.3 km). The report's table gives money by
sector only, which the plan does not split, so no table cell is linked.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2800万元', '实际完成投资')),
    (('1720万元', '上级补助'), ('1690万元', '上级补助到位')),
    (('60个', '普惠托位'), ('60个', '普惠托位')),
    (('300人次', '婴幼儿入户养育指导'), ('346人次', '入户养育指导')),
    (('1栋', '教学综合楼'), ('1栋', '教学综合楼')),
    (('270个', '学位'), ('270个', '学位')),
    (('4个', '教学点'), ('4个', '教学点')),
    (('12间', '护眼灯教室'), ('12间', '护眼灯教室')),
    (('5个', '村级长者饭堂'), ('5个', '长者饭堂')),
    (('2.4万人次', '助餐'), ('2.61万人次', '助餐')),
    (('150户', '高龄、独居老人家庭'), ('157户', '适老化改造')),
    (('80元', '高龄补贴'), ('80元', '高龄补贴')),
    (('80户', '传统民居风貌改造'), ('71户', '传统民居风貌改造')),
    (('12户', '农村危房'), ('12户', '危房改造')),
    (('3处', '集中供水工程'), ('3处', '集中供水工程')),
    (('1860人', '饮水提质'), ('1932人', '受益')),
    (('600人次', '竹筏工、民宿管家、攀岩向导等技能培训'), ('652人次', '技能培训')),
    (('40个', '便民摊位'), ('40个', '便民摊位')),
    (('120人', '带动就业'), ('137人', '带动就业')),
    (('2.3公里', '村屯道路'), ('2.3公里', '去年结转村屯道路')),
    (('350个', '旅游旺季临时停车泊位'), ('382个', '临时停车泊位')),
    (('56处', '警示灯、反光标志'), ('56处', '警示灯、反光标志')),
    (('200套', '救生圈、应急救援箱'), ('214套', '救生圈、应急救援箱')),
    (('8场', '溺水和攀岩事故救援演练'), ('9场', '演练')),
    (('1场', '兴坪杯攀岩邀请赛'), ('1场', '兴坪杯攀岩邀请赛')),
    (('12次', '岩场攀岩体验日'), ('12次', '免费体验日')),
    (('5000人次', '游客和村民'), ('6380人次', '免费体验日接待')),
    (('3名', '群众代表'), ('3—4名', '群众代表')),
    (('8个', '岩区'), None),
    (('15条', '线路'), None),
    (('1个', '镇级托育综合服务中心'), None),
    (('9.6公里', '村屯道路'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='22700', report='22701')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 33400 plan / 33401 report).

Run inside tests/heldout334:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is the easy-read version of 五堡镇's 2026 list (twelve numbered 件); the report is the town's
year-end folk-verse (柯夏克) sheet, whose 【注】 notes give the results in the plan's order. Links go from the plan's prose
lines to the notes' figures (the verses' own figures, `六十个` and `四百八十个`, restate the notes and are not linked). The money:
the plan's `1860万元` and `580万元` link to the report's TAB table's `到位` cells (funds received).
A target with no result is listed with None and skipped: the list's counts (`12件`), the wage `2100元` and the meal price
`3元` (the report restates both as rates in force, stock), the `1个` per village of the fire stations, the 2025 figures, the
vote's `46名`, and the plan's money table by item (the report gives no money by item).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1860万元', '实事资金'), ('1794', '到位资金')),
    (('580万元', '援疆资金'), ('580', '援疆资金到位')),
    (('1个', '托育园'), ('1个', '托育园')),
    (('60个', '托位'), ('60个', '托位')),
    (('50户', '上门育儿指导家庭'), ('53户', '上门育儿指导')),
    (('12间', '教室'), ('12间', '教室')),
    (('480个', '学位'), ('480个', '学位')),
    (('18名', '教师'), ('16名', '教师')),
    (('4辆', '校车'), ('4辆', '校车')),
    (('6个', '村卫生室'), ('6个', '村卫生室')),
    (('2100人', '老年人免费体检'), ('2216人', '老年人免费体检')),
    (('900人', '两癌检查'), ('873人', '两癌检查')),
    (('5个', '老年饭桌'), ('5个', '老年助餐点')),
    (('3万人次', '送饭、做饭'), ('31600人次', '助餐')),
    (('80户', '行动不方便的老人家庭改造'), ('84户', '适老化改造')),
    (('120户', '抗震安居房加固'), ('116户', '抗震安居房加固')),
    (('8.5公里', '自来水管'), ('9.1公里', '自来水管')),
    (('4座', '公共厕所'), ('4座', '公共厕所')),
    (('600人次', '技能培训'), ('648人次', '技能培训')),
    (('450人', '新找到工作的人'), ('486人', '新增就业')),
    (('70个', '公益性岗位'), ('70个', '公益性岗位')),
    (('610元', '低保标准'), ('610元', '低保标准')),
    (('40名', '残疾人康复'), ('42名', '残疾人康复服务')),
    (('15公里', '乡村公路'), ('13.6公里', '乡村公路')),
    (('6个', '公交站台'), ('6个', '公交站台')),
    (('200盏', '太阳能路灯'), ('200盏', '太阳能路灯')),
    (('300亩', '种树'), ('310亩', '植树造林')),
    (('12公里', '水渠清淤'), ('12公里', '水渠清淤')),
    (('2个', '小公园'), ('2个', '口袋公园')),
    (('500户', '燃气报警器'), ('503户', '燃气报警器')),
    (('7个', '微型消防站'), ('7个', '微型消防站')),
    (('20场', '防溺水课'), ('22场', '防溺水课')),
    (('180场', '送电影下乡'), ('186场', '送电影下乡')),
    (('3500册', '农家书屋新书'), ('3500册', '农家书屋新增图书')),
    (('800人', '农民运动会参加的人'), ('860人', '农民运动会参赛和观赛群众')),
    (('3.2公里', '连通路'), ('3.2公里', '连通路')),
    (('1个', '联合医疗点'), ('1个', '联合医疗点')),
    (('12件', '惠民生实事'), None),
    (('2100元', '公益性岗位工资'), None),
    (('3元', '老人餐费'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='33400', report='33401')

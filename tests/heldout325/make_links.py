#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 32500 plan / 32501 report, 加榜乡 2026).

Run inside tests/heldout325:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator and runs the shared `tools/make_links.py`. The plan states some figures twice (`30个` 托位 in
episode 3 and again in a comment; `5个` 村卫生室 in episode 5 and a comment): `target='first'` takes the episode.
A target with no result is listed with None and skipped: the list's counts (`10件`, `十件`), the `4元` meal
subsidy per meal (the report gives the year's total `5.5万元` instead), the 托育点 `1个`, the 长者食堂 `一个`, the
teaching building's `1栋` and `2200平方米` (the report says only `主体完工`). The report's remainders (`90个`
学位, `1名` 教师, `1个` 寨子) are targets of 2027 and no result.
"""
import runpy
from pathlib import Path

LINKS = [
    (('1860万元', '计划投入资金'), ('1912万元', '完成投资')),
    (('1240万元', '上级资金'), ('1275万元', '上级资金')),
    (('3个', '老年助餐点'), ('3个', '老年助餐点')),
    (('30个', '托位'), ('30个', '托位')),
    (('400人次', '入户育儿指导'), ('436人次', '入户育儿指导')),
    (('270个', '学位'), ('180个', '学位')),
    (('8名', '特岗教师'), ('7名', '特岗教师')),
    (('5个', '村卫生室'), ('5个', '村卫生室')),
    (('1100人', '老人免费体检'), ('1163人', '老人免费体检')),
    (('900人', '两癌筛查适龄妇女'), ('912人', '两癌筛查')),
    (('4座', '蓄水池'), ('4座', '蓄水池')),
    (('18.5公里', '管网'), ('19.1公里', '管网')),
    (('3200人', '受益群众'), ('3260人', '受益群众')),
    (('9.6公里', '通组路'), ('10.2公里', '通组路')),
    (('1条', '客运班线'), ('1条', '客运班线')),
    (('12个', '招呼站'), ('12个', '招呼站')),
    (('120人', '帮扶车间吸纳就业'), ('134人', '帮扶车间吸纳就业')),
    (('600人次', '职业技能培训'), ('652人次', '职业技能培训')),
    (('85个', '乡村公益性岗位'), ('85个', '公益性岗位')),
    (('7.2公里', '梯田灌溉沟渠'), ('7.2公里', '灌溉沟渠')),
    (('6个', '农村生活污水治理自然寨'), ('5个', '生活污水治理自然寨')),
    (('20座', '垃圾收集亭'), ('20座', '垃圾收集亭')),
    (('1500户', '老旧电线改造'), ('1532户', '老旧电线改造')),
    (('3000具', '灭火器'), ('3000具', '灭火器')),
    (('4个', '微型消防站'), ('4个', '微型消防站')),
    (('2块', '村级篮球场'), ('2块', '村级篮球场')),
    (('10场', '乡村篮球、足球赛事'), ('11场', '乡村篮球、足球赛事')),
    (('40场', '送戏进寨'), ('46场', '送戏进寨')),
    (('10件', '民生实事'), None),
    (('4元', '助餐财政补贴'), None),
    (('1个', '托育点'), None),
    (('一个', '长者食堂'), None),
    (('1栋', '教学楼'), None),
    (('2200平方米', '建筑面积'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='32500', report='32501', target='first', result='first', where={'year': 2026})

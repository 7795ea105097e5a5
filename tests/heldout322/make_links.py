#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 32200 plan / 32201 report).

Run inside tests/heldout322:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The plan is a 山东快书 script (32200); the report is the year-end stele inscription (32201), whose front (碑阳)
tells some results in Chinese numerals and whose back (碑阴) tabulates the rest in Arabic digits; a result is taken
from whichever side states it (the table's `完成` column, or the front's prose; the front's total investment is
restated in the entry-check notes: the link takes the first mention, `result='first'`).
A target with no result is listed with None and skipped: the list's counts (`十件`, `10件`), the meal subsidy
`2块钱` and the fee cap `600元` (the report states the levels in force, stock), the fare `一块钱`, the town's own
money `620万元`, the inspection groups `4个`, the 40 garbage points (`/` in the table: merged into the county's
sanitation scheme), the performance's own `4次` and `18个` villages, and last year's figures.
"""
import runpy
from pathlib import Path

LINKS = [
    (('3处', '孝善食堂'), ('三处', '孝善食堂')),
    (('4.5万人次', '助餐'), ('四万八千六百人次', '助餐')),
    (('100户', '困难老人家庭适老化改造'), ('一百零六户', '困难老人家室适老化改造')),
    (('2个', '托班'), ('二个', '托班')),
    (('60个', '普惠托位'), ('六十四个', '普惠托位')),
    (('1栋', '学生宿舍楼'), ('一栋', '宿舍楼')),
    (('320张', '床位'), ('三百二十张', '床位')),
    (('12名', '老师'), ('十一名', '教师')),
    (('11所', '课后服务覆盖小学'), ('十一所', '课后服务覆盖小学')),
    (('9个', '村卫生室'), ('九个', '村卫生室')),
    (('4800人', '老人免费查体'), ('五千零二十人', '老人免费查体')),
    (('75%', '家庭医生签约率'), ('百分之七十七', '家庭医生签约率')),
    (('5个', '帽子加工扶贫车间'), ('六处', '帽业扶贫车间')),
    (('300个', '就业岗位'), ('三百四十二个', '就业岗位')),
    (('600人次', '技能培训'), ('685', '技能培训')),
    (('80万元', '返乡创业贷款贴息'), ('92.5', '创业贷款贴息')),
    (('12.5公里', '土路提档'), ('13.1', '农村道路提档')),
    (('2座', '桥'), ('二座', '桥')),
    (('16个', '公交站亭'), ('13', '公交站亭')),
    (('2条', '城乡公交线路'), ('2', '城乡公交线路')),
    (('15个', '坑塘整治'), ('15', '坑塘整治')),
    (('2.2万棵', '栽树'), ('2.46', '植树')),
    (('1500户', '燃气报警器'), ('1563', '燃气报警器')),
    (('6个', '微型消防站'), ('6', '微型消防站')),
    (('120块', '防溺水警示牌'), ('138', '防溺水警示牌')),
    (('120场', '送戏下乡'), ('131', '送戏下乡')),
    (('6000册', '农家书屋新书'), ('6240', '农家书屋新书')),
    (('24支', '篮球赛球队'), ('26', '篮球赛参赛球队')),
    (('720元', '低保标准'), ('七百二十元', '低保标准')),
    (('200人次', '重度残疾人上门康复服务'), ('236', '重度残疾人上门康复')),
    (('3860万元', '总投资'), ('三千七百一十二万元', '完成投资')),
    (('2900万元', '上级资金'), ('二千九百万元', '上级资金')),
    (('40个', '垃圾分类收集点'), None),
    (('620万元', '镇里自筹'), None),
    (('2块钱', '老人助餐补贴'), None),
    (('600元', '托费'), None),
    (('一块钱', '公交票价'), None),
    (('4个', '人大代表查验组'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='32200', report='32201', target='first', result='first')

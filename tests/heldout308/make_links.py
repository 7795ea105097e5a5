#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 30800 plan / 30801 report).

Run inside tests/heldout308:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator; the shared `tools/make_links.py` writes the file.
30800 is 宋河镇's 2026 list laid out as a dictionary page (民生小字典); 30801 is the year-end
report laid out as a tennis umpire's scorecard, whose `回球` column (and its `场外记分` paragraph
for the items the table leaves out) gives the results. The scorecard restates the plan in its
`发球` column (target records of 30801): the links go from the plan's records. Results are taken
from the table cell where the table has the row, else from the `场外记分` paragraph (the interview
repeats some: `15.2公里`, `220盏`, `2.67万人次`, `60个`, `41名`; the links take the table).
A target with no result is listed with None and skipped: the list's counts (`11件`, twice), the
town's own money (`860万元`), `1860人` (the water's reach is not reported), the training's
`500人次`, and the `3元` meal subsidy (the report restates it as a rate that stands, stock).
"""
import runpy
from pathlib import Path

LINKS = [
    (('1处', '托育点'), ('1处', '托育点')),
    (('60个', '普惠托位'), ('60', '普惠托位')),
    (('400人次', '入户科学育儿指导'), ('436', '入户科学育儿指导')),
    (('180个', '学位'), ('180', '学位')),
    (('8名', '乡村学校教师'), ('7', '补充教师')),
    (('6个', '老年学校班'), ('6个', '老年学校班')),
    (('5个', '村卫生室'), ('5', '村卫生室')),
    (('3200人', '老年人免费体检'), ('3318', '老年人免费体检')),
    (('1500人', '适龄妇女两癌筛查'), ('1526', '两癌筛查')),
    (('4个', '村级老年助餐点'), ('4', '老年助餐点')),
    (('2.4万人次', '助餐'), ('2.67', '助餐')),
    (('45户', '特殊困难老年人家庭适老化改造'), ('45', '适老化改造')),
    (('1个', '老旧小区'), ('1个', '老旧小区')),
    (('96户', '住户'), ('96户', '住户')),
    (('28户', '农村危房改造'), ('26', '农村危房改造')),
    (('9.6公里', '供水管网'), ('9.6', '供水管网')),
    (('700元', '农村低保标准'), ('700元', '农村低保标准')),
    (('210名', '残疾人'), ('223名', '残疾人')),
    (('50万元', '临时救助资金'), ('53.6万元', '临时救助资金')),
    (('300人次', '救助困难群众'), ('331人次', '救助困难群众')),
    (('350人', '城镇新增就业'), ('412', '城镇新增就业')),
    (('4场', '招聘会'), ('5场', '招聘会')),
    (('40个', '公益性岗位'), ('42个', '公益性岗位')),
    (('1个', '镇区公共停车场'), ('1个', '镇区公共停车场')),
    (('80个', '停车泊位'), ('86个', '停车泊位')),
    (('14.5公里', '通村公路'), ('15.2', '通村公路')),
    (('220盏', '路灯'), ('220', '路灯')),
    (('1条', '宋河—京山城区公交线路'), ('1条', '宋河—京山城区公交线路')),
    (('12口', '当家塘'), ('12口', '当家塘')),
    (('8.5万立方米', '生态清淤'), ('8.1万立方米', '清淤')),
    (('1500株', '水杉'), ('1520株', '水杉')),
    (('600个', '燃气报警器'), ('600', '燃气报警器')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('240具', '灭火器'), ('240具', '灭火器')),
    (('30场', '送戏下乡'), ('32', '送戏下乡')),
    (('120场', '公益电影'), ('126场', '公益电影')),
    (('3000册', '农家书屋图书'), ('3000册', '农家书屋新书')),
    (('2680万元', '计划总投资'), ('2594万元', '实际完成投资')),
    (('11件', '实事', 0), None),
    (('860万元', '镇级财政'), None),
    (('1860人', '饮水不稳定群众'), None),
    (('500人次', '农村劳动力技能培训'), None),
    (('3元', '80岁以上老人餐费补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='30800', report='30801')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 23200 plan / 23201 report).

Run inside tests/heldout232:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes. The
report (a town congress presidium's notice of the deputies' vote-rating, 票评) restates each target in its `|` table
(target records of 23201) and gives the result in the next cell; the links go from the plan's records to those result
cells. Two results are stated twice in the report, in the table and again in its notes (`16.5` 公里 of water mains,
`87` 户 moved down the mountain): `result='first'` takes the table's cell. The plan's list total (`4860万元`) is linked
to the report's `完成投资4712万元` and the overseas donations opened (`360万元`) to the donations received (`388万元`).
A target with no result is listed with None and skipped: the list's counts and money the report does not answer with a
figure (`10件`, `1320万元`, `4个` projects open to donations, each project's `总投资` and `开放认捐`), the targets the
report says were done without a figure (the CT scanner `1台`, `2家` home-care centres, `1家` disability home, `14个`
bus stops, `9个` villages' sewers), and the plan's figures the report does not mention (the fee cap `1200元`, the
school's `4300平方米`, `300个` canteen seats and `1100名` capacity, the `3元` meal subsidy, `2个` estates and their
`320户`, `120套` resettlement flats, the `1150元` 低保 standard, `160名` left-behind children, the `75%` signing rate,
`26名` reservoir patrollers, `50场` performances, the naming threshold `50万元`, 2028's `40个` places).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4860万元', '总投资'), ('4712万元', '完成投资')),
    (('360万元', '侨胞认捐额度'), ('388万元', '侨胞捐资')),
    (('60个', '托位'), ('60', '托位')),
    (('300次', '入户育儿指导'), ('326', '入户育儿指导')),
    (('180份', '新生儿家庭礼包'), ('173', '新生儿礼包')),
    (('270个', '学位'), ('270', '学位')),
    (('12个', '放学后托管服务村'), ('12', '放学托管进村')),
    (('8个', '来料加工点'), ('11', '来料加工点')),
    (('500人次', '技能培训'), ('612', '技能培训')),
    (('120个', '公益性岗位'), ('126', '公益性岗位')),
    (('2000万元', '创业担保贷款'), ('2350', '创业担保贷款')),
    (('9家', '村卫生室规范化改造'), ('9', '村卫生室规范化改造')),
    (('4200人', '老人免费体检'), ('4386', '老年人免费体检')),
    (('1500人', '两癌筛查'), ('1530', '两癌筛查')),
    (('3处', '老年食堂'), ('3', '老年食堂')),
    (('90户', '困难老人家庭适老化改造'), ('94', '适老化改造')),
    (('600人次', '助浴服务'), ('655', '助浴')),
    (('25户', '农村危房加固改造'), ('25', '危房加固改造')),
    (('18公里', '供水管网'), ('16.5', '供水管网')),
    (('100户', '下山移民搬迁'), ('87', '下山移民')),
    (('200人次', '康复服务'), ('238', '康复服务')),
    (('300户', '侨眷'), ('312', '侨眷关爱走访')),
    (('7.2公里', '公路拓宽'), ('7.2', '公路拓宽')),
    (('2000米', '玉壶溪清淤'), ('2100', '玉壶溪清淤')),
    (('1000户', '燃气报警器'), ('1043', '燃气报警器')),
    (('800米', '玉壶溪游步道'), ('800米', '玉壶溪游步道')),
    (('10件', '民生实事'), None),
    (('1320万元', '镇财政'), None),
    (('4个', '开放认捐项目'), None),
    (('1台', 'CT机'), None),
    (('2家', '居家养老服务中心'), None),
    (('1家', '残疾人之家'), None),
    (('14个', '公交招呼站'), None),
    (('9个', '污水管网改造自然村'), None),
    (('1200元', '普惠托育收费'), None),
    (('4300平方米', '建筑面积'), None),
    (('300个', '食堂座位'), None),
    (('1100名', '新楼可容纳学生'), None),
    (('3元', '就餐补助'), None),
    (('2个', '老街小区'), None),
    (('320户', '住户'), None),
    (('120套', '安置房'), None),
    (('1150元', '低保标准'), None),
    (('160名', '留守儿童'), None),
    (('75%', '家庭医生签约率'), None),
    (('26名', '山塘水库安全巡查员'), None),
    (('50场', '文化礼堂送戏下乡'), None),
    (('50万元', '冠名认捐额'), None),
    (('40个', '托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='23200', report='23201', result='first')

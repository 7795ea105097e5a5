#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 32900 plan / 32901 report).

Run inside tests/heldout329:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc
prefixes. The plan (32900, a periodic-table poster's text version) states `托位40个` twice (the poster's cell and
a reader's comment quoting it): `target='first'` takes the cell. The report (32901, the projects' first-person
year-end accounts) restates four items in its `｜` table (`4.82`, `13.1`, `712`, `386`): the links go to the
first mention in the prose (`result='first'`, and the table cells carry other span texts anyway).
A target with no result is listed with None and skipped: the 托育点 `1个` (the report tells its opening without
a count), the dormitory `1栋` and its `4200平方米` (no figure), its `360张` beds (put off to 2027 in the report:
a target of 2027, not a result), the water works' `560万元`, the list's `12个` projects and its money sources
(`2950万元`, `420万元`), the meal price `3块钱` (restated in the report as a rate in force, stock), the canteens'
`5万元` and `1名` cook, the workshops' `15人` each, and the 低保 base `465元` (stock).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3860万元', '计划总投资'), ('3712万元', '完成投资')),
    (('4个', '屋场敬老食堂'), ('4个', '屋场敬老食堂')),
    (('4.5万人次', '助餐'), ('4.82万人次', '助餐')),
    (('40个', '托位'), ('40个', '托位')),
    (('5个', '暑期托管班'), ('5个', '暑期托管班')),
    (('300名', '留守儿童'), ('326名', '留守儿童')),
    (('30名', '大学生志愿者'), ('34名', '大学生志愿者')),
    (('980万元', '计划投资'), ('912万元', '完成投资')),
    (('6个', '村卫生室'), ('6个', '村卫生室')),
    (('5200人', '老人免费体检'), ('5417人', '老人免费体检')),
    (('35户', '农村低收入群体危房改造'), ('35户', '危房改造')),
    (('400户', '农村户厕'), ('386户', '农村户厕')),
    (('2处', '集中供水工程'), ('2处', '集中供水工程')),
    (('3100人', '受益群众'), ('3280人', '受益群众')),
    (('18公里', '入户管网'), ('19.2公里', '入户管网')),
    (('12.6公里', '组级公路'), ('13.1公里', '组级公路')),
    (('300盏', '太阳能路灯'), ('300盏', '太阳能路灯')),
    (('2座', '危桥'), ('2座', '危桥')),
    (('490元', '农村低保标准'), ('490元', '农村低保标准')),
    (('120名', '残疾人'), ('131名', '残疾人')),
    (('45个', '乡村公益性岗位'), ('45个', '乡村公益性岗位')),
    (('600人次', '技能培训'), ('712人次', '技能培训')),
    (('2个', '帮扶车间'), ('2个', '帮扶车间')),
    (('8个', '院落生活污水治理'), ('8个', '院落污水治理')),
    (('1.5万株', '苗木'), ('1.62万株', '苗木')),
    (('20场', '送戏下乡'), ('22场', '送戏下乡')),
    (('60套', '应急广播'), ('60套', '应急广播')),
    (('120根', '救生杆'), ('140根', '救生杆')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('12个', '民生实事项目'), None),
    (('2950万元', '上级资金'), None),
    (('420万元', '镇级配套'), None),
    (('1个', '普惠托育点'), None),
    (('1栋', '学生宿舍楼'), None),
    (('4200平方米', '总建筑面积'), None),
    (('360张', '床位'), None),
    (('560万元', '计划投资'), None),
    (('3块钱', '老人每餐自付'), None),
    (('5万元', '建设资金'), None),
    (('1名', '厨师'), None),
    (('15人', '脱贫劳动力'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='32900', report='32901', target='first', result='first', same=('year',))

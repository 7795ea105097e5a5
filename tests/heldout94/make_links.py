#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 9400 plan / 9401 report).

Run inside tests/heldout94:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes, and a result may be named with `result='first'` where the report states the same result twice (the
link goes to the first mention, gold/README). A target with no result is listed with None and skipped: 9400's year-end totals
`1440个` 托位 and `49个` 长者饭堂 (9401 gives `50个` as a stock total only, and a stock is never a result), the `3500元` standard
per household (9401 gives an average cost, another measure), the `4种` diseases and the `1个` 托育点 per town.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('320个', '普惠性托位'), ('336', '普惠性托位')),
    (('1350个', '学位'), ('1350', '学位')),
    (('45名', '农村小学音体美教师'), ('47', '农村小学音体美教师')),
    (('90%', '课后服务参与学生比例'), ('93.6', '课后服务学生参与率')),
    (('98%', '新生儿疾病筛查覆盖率'), ('98.7%', '新生儿疾病筛查率')),
    (('2600名', '孕产妇产前筛查'), ('2651人', '产前筛查孕产妇')),
    (('28间', '村卫生室'), ('28间', '村卫生室')),
    (('2.4万人', '老年人免费体检'), ('2.53万人', '老年人免费体检')),
    (('8000人', '两癌筛查'), ('8126人', '两癌筛查')),
    (('12个', '长者饭堂'), ('13个', '长者饭堂')),
    (('6万人次', '助餐服务'), ('6.9万人次', '助餐')),
    (('300户', '特殊困难老年人家庭'), ('306户', '特殊困难老年人家庭')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('1460户', '居民'), ('1482户', '居民')),
    (('8部', '加装电梯'), ('6部', '加装电梯')),
    (('120户', '农村危房改造'), ('120户', '农村危房改造')),
    (('42公里', '自然村集中供水管网'), ('44.5公里', '自然村集中供水管网')),
    (('760元', '农村低保标准'), ('760元', '农村低保标准')),
    (('500名', '残疾人基本康复服务'), ('512名', '残疾人基本康复服务')),
    (('3200人', '城镇新增就业'), ('3418人', '城镇新增就业')),
    (('4000人次', '技能培训'), ('4372人次', '技能培训')),
    (('150个', '乡村公益性岗位'), ('150个', '乡村公益性岗位')),
    (('65公里', '农村公路'), ('61公里', '农村公路')),
    (('30个', '公交候车亭'), ('30个', '公交候车亭')),
    (('600个', '公共停车泊位'), ('648个', '公共停车泊位')),
    (('6个', '口袋公园'), ('6个', '口袋公园')),
    (('14处', '农村黑臭水体'), ('14处', '农村黑臭水体')),
    (('180场', '送戏下乡'), ('203场', '送戏下乡')),
    (('20个', '农家书屋示范点'), ('20个', '农家书屋示范点')),
    (('4500户', '燃气泄漏报警器'), ('4738户', '燃气泄漏报警器')),
    (('4.6亿元', '计划总投资'), ('4.38亿元', '完成投资')),
    (('1.9亿元', '县级财政'), ('1.86亿元', '县级财政投入')),
    (('1440个', '托位'), None),
    (('49个', '长者饭堂'), None),
    (('3500元', '适老化改造补助标准'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='9400', report='9401', target='first', result='first')

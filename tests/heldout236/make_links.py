#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 23600 plan / 23601 report).

Run inside tests/heldout236:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a recitation script of the town's 2027 list) states each target in Chinese numerals in its
verse and repeats six in Arabic numerals in the big-screen captions: the links go from the verse (`target='first'`).
The report (the residents' rating sheet) restates every target in its `项目名称及年初目标` cells (target records of
23601) and answers them in its `完成情况` cells; three results are repeated in its notes (`40个` 托位, `70元`, `168个`):
the links take the table cell, the first mention (`result='first'`). A target with no result is listed with None and
skipped: the list's counts (`十件`), the dormitory `一栋` and its `三百二十张` beds (told without a figure, the beds carried
into 2028), the raise `二十元` (the report states the new level, not the raise).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('十八点六公里', '组组通硬化路'), ('19.2公里', '组组通硬化路')),
    (('四千二百米', '波形护栏'), ('4350米', '波形护栏')),
    (('六座', '高位水池'), ('6座', '高位水池')),
    (('二十三公里', '新管网'), ('21.4公里', '供水管网')),
    (('一千四百六十户', '人家'), ('1512户', '居民')),
    (('两个', '托班'), ('2个', '托班')),
    (('四十个', '托位'), ('40个', '托位')),
    (('五个', '村卫生室'), ('5个', '村卫生室')),
    (('两千八百人', '老人免费体检'), ('2963人', '老年人免费体检')),
    (('三个', '互助幸福院'), ('3个', '互助幸福院')),
    (('一万二千人次', '长者食堂饭菜'), ('1.31万人次', '长者食堂助餐')),
    (('七十元', '高龄补贴'), ('70元', '高龄补贴')),
    (('一百五十个', '帮扶车间岗位'), ('168个', '帮扶车间新增就业岗位')),
    (('六百人次', '技能培训'), ('652人次', '技能培训')),
    (('八十个', '公益性岗位'), ('80个', '公益性岗位')),
    (('一百二十名', '残疾人'), ('126', '残疾人')),
    (('六百户', '老化电线换新'), ('615户', '木结构房屋老化电线改造')),
    (('三十个', '消防栓'), ('30个', '消防栓')),
    (('六个', '村级篮球场'), ('6个', '灯光篮球场')),
    (('四十场', '送戏下乡'), ('44场', '送戏下乡')),
    (('七千三百万元', '投资'), ('7126万元', '完成投资')),
    (('十件', '事'), None),
    (('一栋', '宿舍楼'), None),
    (('三百二十张', '床位'), None),
    (('二十元', '高龄补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='23600', report='23601', target='first', result='first')

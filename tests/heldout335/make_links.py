#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 33500 plan / 33501 report).

Run inside tests/heldout335:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan states its table's figures twice (a tongue twister and the appendix table): the links take
the first mention, the twister's (`target='first'`). The report's `12.4公里` is the answer key's corrected figure (the
exercise's `12.4公顷` is withdrawn, no record). A target with no result is listed with None and skipped: the list's
counts (`十件`, `10个` sub-projects), the canteen building `一栋` (the report gives no count of it), the `60个`
public-welfare posts (the report counts the people placed, `60人`: another unit), and the contest's groups and prizes.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('六十个', '托位'), ('62个', '托位')),
    (('三百对', '孕前检查夫妻'), ('316对', '孕前优生健康检查')),
    (('四百八十个', '座位'), ('480个', '座位')),
    (('四百八十个', '学生'), ('960名', '学生')),
    (('八个', '村卫生室'), ('8个', '村卫生室标准化改造')),
    (('两千六百人', '老人免费体检'), ('2714人', '老年人免费体检')),
    (('两个', '长者饭堂'), ('两个', '长者饭堂')),
    (('三万人次', '助餐'), ('3.18万人次', '助餐')),
    (('四十户', '老人家里改扶手'), ('43户', '适老化改造')),
    (('三十五户', '危房改造'), ('35户', '农村危房改造')),
    (('十二公里', '自来水管'), ('12.4公里', '自来水管网延伸')),
    (('一千八百户', '通自来水户'), ('1926户', '新通水')),
    (('五百人次', '技能培训'), ('538人次', '技能培训')),
    (('九点六公里', '村道硬化'), ('9.8公里', '村道硬化')),
    (('二百二十盏', '路灯'), ('236盏', '路灯')),
    (('六个', '治污水自然村'), ('6个', '生活污水治理自然村')),
    (('两个', '口袋公园'), ('1个', '口袋公园')),
    (('六百户', '燃气报警器'), ('613户', '燃气报警器')),
    (('八十块', '防溺水警示牌'), ('80块', '防溺水警示牌')),
    (('三十场', '人偶戏下乡'), ('34场', '送人偶戏下乡')),
    (('四千册', '农家书屋新书'), ('4100册', '农家书屋图书')),
    (('3860万元', '计划投资'), ('3754', '完成投资')),
    (('3701', '计划投资'), ('3588', '完成投资')),
    (('159万元', '部门预算'), ('166', '完成投资')),
    (('十件', '为民办实事'), None),
    (('10个', '子项'), None),
    (('一栋', '食堂'), None),
    (('六十个', '公益岗位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='33500', report='33501', target='first', result='first')

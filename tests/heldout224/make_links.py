#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 22400 plan / 22401 report).

Run inside tests/heldout224:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report card restates the targets of the 常有善育 and 常有优学 subjects on its `学期目标` lines
(target records of 22401): the links go from the plan's records to the `期末成绩` lines (`stance='filter'` keeps the
report side to achieved records). A target with no result is listed with None and skipped: the list's counts and
money the report does not answer (`11件`, `27个`, `1860万元`), `家庭医生签约8200人` (the report says `已完成` with
no figure), and `日均助餐200人次` (the report's `12月日均助餐216人次` is a daily average, a stock, which gold/README's
links conventions never take as a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3150万元', '计划总投资'), ('3036万元', '实际完成投资')),
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '普惠托位'), ('40个', '托位')),
    (('120名', '暑托班小学生'), ('131名', '暑托班')),
    (('300人次', '婴幼儿家庭入户指导'), ('356人次', '入户指导')),
    (('6800平方米', '塑胶操场'), ('6800平方米', '操场')),
    (('90个', '小学学位'), ('96个', '学位')),
    (('100%', '课后服务覆盖率'), ('100%', '课后服务覆盖率')),
    (('3600人', '老年人免费体检'), ('3712人', '老年人免费体检')),
    (('5个', '村卫生室'), ('5个', '村卫生室')),
    (('3个', '农村老年人互助食堂'), ('3个', '互助食堂')),
    (('60户', '居家适老化改造'), ('63户', '居家适老化改造')),
    (('18户', '农村危房改造'), ('18户', '危房改造')),
    (('400座', '农村户厕改造'), ('412座', '户厕改造')),
    (('12公里', '老旧供水管网'), ('9.6公里', '老旧供水管网')),
    (('80人次', '困难群众临时救助'), ('107人次', '临时救助')),
    (('45名', '残疾人居家托养服务'), ('45名', '残疾人居家托养')),
    (('3场', '春风行动招聘会'), ('3场', '招聘会')),
    (('600人次', '农民技能培训'), ('683人次', '农民技能培训')),
    (('350个', '就业岗位'), ('371个', '就业岗位')),
    (('14.5公里', '农村公路'), ('14.5公里', '农村公路')),
    (('8个', '公交候车亭'), ('5个', '公交候车亭')),
    (('260盏', '村内道路路灯'), ('260盏', '村内路灯')),
    (('2000亩', '盐碱地排盐暗管改良'), ('2150亩', '盐碱地排盐暗管改良')),
    (('15个', '坑塘'), ('15个', '坑塘')),
    (('300亩', '植树造林'), ('300亩', '植树造林')),
    (('1500户', '燃气报警器'), ('1538户', '燃气报警器')),
    (('4座', '排涝泵站'), ('4座', '排涝泵站')),
    (('6个', '微型消防站'), ('6个', '微型消防站')),
    (('24场', '春节送戏下乡'), ('26场', '送戏下乡')),
    (('20支', '农民篮球赛参赛队伍'), ('22支', '农民篮球赛参赛队伍')),
    (('5000册', '农家书屋更新图书'), ('5000册', '农家书屋更新图书')),
    (('11件', '民生实事'), None),
    (('27个', '子项目'), None),
    (('1860万元', '区级以上补助'), None),
    (('8200人', '家庭医生签约'), None),
    (('200人次', '互助食堂助餐'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='22400', report='22401', target='first', result='first')

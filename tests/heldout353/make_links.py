#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 35300 plan / 35301 report).

Run inside tests/heldout353:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc
prefixes. The report states most results twice, in a receipt deed (收领字) and again in the checking list's
`验得` column: the link takes the first mention (`result='first'`), the deed's. The list's name cells restate
the plan's targets (target records of 35301): the links go from the plan's records. Targets with no result:
the list's counts (`十件`, `两件` per lot) and the groups (`五个`), and the plan's money table (the report gives
only the total invested, linked from the plan's total).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4个', '村级老年助餐点'), ('4个', '村级老年助餐点')),
    (('2.4万人次', '助餐'), ('2.63万人次', '助餐')),
    (('80户', '特殊困难老年人家庭'), ('82户', '适老化改造')),
    (('1个', '托育班'), ('1个', '托育班')),
    (('30个', '普惠托位'), ('30个', '普惠托位')),
    (('26户', '徽派老宅（农村低收入群体危房）'), ('26户', '徽派老宅修缮加固')),
    (('120座', '户用卫生厕所'), ('112座', '改厕')),
    (('7.5公里', '通组路'), ('7.9公里', '通组路')),
    (('3座', '客运码头候船亭'), ('3座', '候船亭')),
    (('1栋', '学生食堂'), ('1栋', '学生食堂')),
    (('1800平方米', '建筑面积'), ('1800平方米', '食堂面积')),
    (('400个', '就餐座位'), ('400个', '座位')),
    (('1座', '汪氏支祠'), ('1座', '汪氏支祠修缮')),
    (('24场', '送徽剧、目连戏进村'), ('27场', '送戏进村')),
    (('600人次', '茶叶加工、民宿管家技能培训'), ('688人次', '技能培训')),
    (('45个', '护林、保洁公益性岗位'), ('45个', '公益性岗位')),
    (('3200人', '老年人免费体检'), ('3417人', '老人体检')),
    (('5个', '村卫生室'), ('5个', '村卫生室改造')),
    (('800吨', '水面漂浮物'), ('862吨', '清漂')),
    (('4.2公里', '沿江截污管网'), ('4.2公里', '截污管网')),
    (('1500个', '独立式烟感报警器'), ('1536个', '烟感报警器')),
    (('6个', '村级微型消防站'), ('6个', '微型消防站')),
    (('一千二百六十万元', '计划总投资'), ('1218万元', '完成投资')),
    (('两件', '民生实事'), None),
    (('5个', '包片工作组'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='35300', report='35301', target='first', result='first')

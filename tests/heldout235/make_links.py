#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 23500 plan / 23501 report).

Run inside tests/heldout235:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.

The plan is the street's New Year card (23500: the 2026 list, ①…⑫); the report is the street's quarterly (23501), whose
table restates each target (`年初目标`, target records of 23501) beside the result (`年底完成`): the links go from the
card's records to the table's result cells, except the money, which the report first states in its lead
(`全年实际完成投资3712万元`, before the table's `合计投资` row). The heating subsidy's 260 households go to the table's
`247` (the notes repeat it as `共247户`, a later mention). A target with no result is listed with None and skipped: the
list's `12项` (the report answers with `11项` done and `1项` not, parts), the coverage `100%` of the 15-minute
convenience circle, the `4场` job fairs and the `1处` culture room (not in the report), the `200元` monthly standard (the
report restates it as a rate in force, stock), and the `14栋` / `986户` of the three estates (the report gives the two
finished estates' `10栋` / `702户` and the third's `4栋` / `284户` apart, with no total: no record answers them).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1家', '社区养老服务驿站'), ('1', '社区养老服务驿站')),
    (('60张', '养老家庭照护床位'), ('64', '养老家庭照护床位')),
    (('12个', '老年餐桌助餐点'), ('12', '老年餐桌助餐点')),
    (('16万人次', '助餐'), ('17.3', '助餐')),
    (('40个', '普惠托位'), ('40', '普惠托位')),
    (('300人次', '月坛小雏鹰托管班'), ('356', '小雏鹰托管')),
    (('3个', '小区综合整治'), ('2', '综合整治小区')),
    (('8部', '既有住宅加装电梯'), ('9', '加装电梯')),
    (('11个', '蔬菜零售、早餐、家政和便民维修网点'), ('13', '便民网点')),
    (('320个', '错时共享车位'), ('347', '错时共享车位')),
    (('150个', '居住停车位'), ('150', '居住停车位')),
    (('3200人', '老人免费体检'), ('3418', '老人免费体检')),
    (('3个', '家庭医生团队'), ('3', '家庭医生团队')),
    (('1800平方米', '拆除违法建设'), ('2065', '拆除违法建设')),
    (('2400平方米', '留白增绿'), ('2510', '留白增绿')),
    (('1处', '口袋公园'), ('1', '口袋公园')),
    (('1500户', '燃气自闭阀和金属软管'), ('1536', '燃气自闭阀')),
    (('2个', '微型消防站'), ('2', '微型消防站')),
    (('60个', '公益性岗位'), ('60', '公益性岗位')),
    (('120人', '就业困难人员'), ('133', '就业困难人员就业')),
    (('36场', '月坛讲堂'), ('41', '月坛讲堂')),
    (('260户', '低保、低收入家庭'), ('247', '取暖补贴')),
    (('50户', '残疾人家庭居家无障碍改造'), ('58', '居家无障碍改造')),
    (('3860万元', '总投资'), ('3712万元', '完成投资')),
    (('12项', '民生实事'), None),
    (('100%', '社区一刻钟便民生活圈覆盖率'), None),
    (('4场', '专场招聘会'), None),
    (('1处', '社区文化活动室'), None),
    (('200元', '冬季取暖补贴'), None),
    (('14栋', '楼栋'), None),
    (('986户', '居民'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='23500', report='23501', target='first', result='first')

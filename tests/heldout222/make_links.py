#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 22200 plan / 22201 report).

Run inside tests/heldout222:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (a warehouse's outbound ledger) restates every target in its `应发` column (target
records of 22201): the links go from the plan's records to the report's `实发` cells, the first mention that names what
is counted (04's `248` in the table, not the note's `248名`). A target with no result is listed with None and skipped:
the list's counts (`12件`, `32项`, which the report restates but answers only in parts, `29项` done, `3项` short), the
per-canteen grant `8万元`, `3100户` of the old estates (the report counts only the `410户` left over), `220` rural
houses and `26` km of sewers (the report says `足量出库` without a figure), and the `100元` old-age allowance (the report
counts the `4120人` paid, not the rate).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9.6亿元', '计划总投资'), ('9.92亿元', '完成投资')),
    (('3.85亿元', '市本级财政资金'), ('3.71亿元', '市本级财政资金')),
    (('600', '普惠托位'), ('642', '普惠托位')),
    (('80个', '普惠托位'), ('86个', '普惠托位')),
    (('2000', '婴幼儿家庭入户科学育儿指导'), ('2315', '入户科学育儿指导')),
    (('3600', '公办中小学学位'), ('3640', '公办中小学学位')),
    (('260', '中小学教师'), ('248', '教师')),
    (('45', '村卫生室'), ('45', '村卫生室')),
    (('2.2', '适龄妇女两癌免费筛查'), ('2.35', '两癌免费筛查')),
    (('40', '农村幸福食堂'), ('42', '农村幸福食堂')),
    (('500', '特殊困难老年人家庭'), ('516', '适老化改造')),
    (('18', '老旧小区'), ('16', '老旧小区')),
    (('1800', '残疾人'), ('1912', '残疾人')),
    (('1.2', '城镇新增就业'), ('1.31', '城镇新增就业')),
    (('3000', '花炮企业转岗职工技能培训'), ('3260', '转岗职工技能培训')),
    (('120', '农村公路'), ('126', '农村公路')),
    (('1500', '公共停车泊位'), ('1380', '公共停车泊位')),
    (('10', '口袋公园'), ('10', '口袋公园')),
    (('2.5', '花炮生产企业从业人员安全培训'), ('2.68', '花炮从业人员安全培训')),
    (('3000', '独居老人家庭'), ('3050', '独居老人燃气报警器')),
    (('12', '惠民焰火燃放'), ('13', '惠民焰火燃放')),
    (('300', '送浏阳花鼓戏下乡'), ('318', '送花鼓戏下乡')),
    (('600元', '城乡低保标准'), ('600元', '城乡低保标准')),
    (('90%', '满意度'), ('95.6%', '群众满意度')),
    (('12件', '实事'), None),
    (('32项', '实事'), None),
    (('8万元', '建设资金补助'), None),
    (('3100户', '居民'), None),
    (('220', '农村低收入群体危房改造'), None),
    (('26', '浏阳河沿线截污管网'), None),
    (('100元', '高龄津贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='22200', report='22201')

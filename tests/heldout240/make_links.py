#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 24000 plan / 24001 report).

Run inside tests/heldout240:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a town party committee's collective-decision record) states `14户` twice (the carried-over
households in its prose, again in the table row): the link takes the first (`target='first'`). The report (an online
progress sheet's export) states some results again in its edit history (`2716`, `412`, `1326`, `52`, `2964`): the
link takes the table's cell, the first mention (`result='first'`). Two results are `0` (the bus line not opened, the
village-history hall not finished): they answer their targets. A target with no result is listed with None and
skipped: the list's counts and money (`12件`, the table's money cells, the funding sources), the draft's `30个`, the
road width `4.5米`, the insurance premium `100元`, and the post allowance `不低于800元` (the report restates the
allowance in force, `850元`, a stock, never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '普惠托位'), ('40', '普惠托位')),
    (('1栋', '学生宿舍'), ('1', '学生宿舍')),
    (('320张', '寄宿床位'), ('320', '寄宿床位')),
    (('5个', '标准化村卫生室'), ('5', '村卫生室标准化改造')),
    (('2600人', '老年人免费体检'), ('2716', '老年人免费体检')),
    (('4个', '村级互助养老服务点'), ('4', '互助养老服务点')),
    (('80元', '高龄津贴'), ('80', '高龄津贴标准')),
    (('120户', '农房抗震改造'), ('120', '农房抗震改造')),
    (('14户', '农房抗震改造'), ('14户', '农房抗震改造')),
    (('60套', '边民安居房'), ('52', '边民安居房')),
    (('2100人', '低保对象、特困人员和监测对象'), ('2138', '防返贫保险')),
    (('1200人次', '技能培训'), ('1326', '技能培训')),
    (('800人', '转移就业'), ('871', '转移就业')),
    (('90个', '乡村公益性岗位'), ('90', '乡村公益性岗位')),
    (('18.5公里', '抵边村组道路硬化'), ('18.5', '抵边村组道路硬化')),
    (('30个', '错车道'), ('32', '错车道')),
    (('1条', '客运班线'), ('0', '客运班线')),
    (('8个', '农村生活污水治理自然村'), ('8', '污水治理自然村')),
    (('6座', '公厕'), ('6', '公厕')),
    (('400户', '火塘改造'), ('412', '火塘改造')),
    (('1200具', '家用灭火器'), ('1200', '家用灭火器')),
    (('3个', '微型消防站'), ('3', '微型消防站')),
    (('1个', '村史馆'), ('0', '村史馆')),
    (('264场', '农村公益电影'), ('270', '农村公益电影')),
    (('2个', '沿边小康村'), ('2', '沿边小康村')),
    (('2块', '边境小学塑胶运动场'), ('2', '边境小学塑胶运动场')),
    (('3100', '投资'), ('2964', '完成投资')),
    (('12件', '为民办实事项目'), None),
    (('30个', '托位'), None),
    (('4.5米', '抵边村道路宽度'), None),
    (('800元', '公益性岗位补贴'), None),
    (('100元', '防返贫保险保费'), None),
    (('2380万元', '上级补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='24000', report='24001', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 26700 plan / 26701 report).

Run inside tests/heldout267:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The plan states most targets twice (its SMS text, then its check table `| 序号 | 类别 | 项目 | 年度目标 |`): a
link takes the first mention, the SMS (`target='first'`). The report states most results in its menu prose and
again in its `｜` table of targets and results: a link takes the prose (`result='first'`). The report's table
restates the targets (`90`, `4200`, ... target records of 26701): the links go from the plan's records.
A target with no result is listed with None and skipped: the list's counts and money the report does not answer
(`10件`, `30项`, `640万元` 镇级配套), the school canteen `1座` (told as put in use, no figure), the `1000元` grant
standard (the report restates it as a standard in force, stock, not a result) and the market `1个` (told as done,
no figure).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2914万元', '完成投资')),
    (('6个', '村级老年食堂'), ('6个', '村级老年食堂')),
    (('3.2万人次', '助餐'), ('3.56万人次', '助餐')),
    (('90个', '普惠托位'), ('96个', '普惠托位')),
    (('3个', '托班'), ('3个', '托班')),
    (('800名', '学生'), ('800名', '学生')),
    (('5个', '村卫生室'), ('5个', '村卫生室')),
    (('4200人', '老年人免费体检'), ('4386人', '老年人免费体检')),
    (('45户', '农村危房'), ('43户', '农村危房改造')),
    (('12.6公里', '农村道路'), ('13.1公里', '农村道路')),
    (('8个', '公交站亭'), ('8个', '公交站亭')),
    (('320人', '城镇新增就业'), ('341人', '城镇新增就业')),
    (('600人次', '技能培训'), ('642人次', '技能培训')),
    (('150户次', '临时救助'), ('172户次', '临时救助')),
    (('500个', '燃气报警器'), ('500个', '燃气报警器')),
    (('3处', '农村黑臭水体'), ('3处', '黑臭水体')),
    (('2个', '口袋公园'), ('2个', '口袋公园')),
    (('2个', '农家书屋'), ('2个', '农家书屋')),
    (('24场', '送戏下乡'), ('28场', '送戏下乡')),
    (('40个', '公益性岗位'), ('40个', '公益性岗位')),
    (('120件', '残疾人辅具适配'), ('124件', '残疾人辅具适配')),
    (('10件', '民生实事'), None),
    (('30项', '民生实事'), None),
    (('640万元', '镇级配套'), None),
    (('1座', '镇中心校食堂'), None),
    (('1000元', '助学金'), None),
    (('1个', '农贸市场'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='26700', report='26701', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 33100 plan / 33101 report).

Run inside tests/heldout331:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator, read side by side by hand. Runs the shared `tools/make_links.py`;
this file keeps the link list and the two doc prefixes. The plan states `托位60个` three times (the card, a reader's
comment, the editor's reply) and `18.6公里` twice: the links take the card's (`target='first'`). The report states
several results twice (its slips or their summary, then the `｜` summary table): the links take the first mention
(`result='first'`), the prose that names what is counted. The table's `承诺数` cells restate targets (target records of
33101): the links go from the plan's records. A target with no result figure is listed with None and skipped: the
list's count `9件`, the money lines of the cards other than the nursery's (the report gives only the nursery's spending
and the total), the sources of money, the meal subsidy `3元` (restated in the report as a rate in force, stock), the
school building `1栋` (`主体完工`, no figure), and the comments' figures other than `3.2公里`.
"""
import runpy
from pathlib import Path

LINKS = [
    (('1处', '普惠托育点'), ('1处', '托育点')),
    (('60个', '托位'), ('64个', '托位')),
    (('20个', '2岁以下托位'), ('22个', '2岁以下托位')),
    (('185万元', '消耗'), ('178.6万元', '实际支出')),
    (('3个', '长者饭堂'), ('3个', '饭堂')),
    (('1.5万人次', '助餐'), ('1.62万人次', '助餐')),
    (('120户', '特殊困难老年人家庭'), ('124户', '适老化改造')),
    (('2400平方米', '建筑面积'), ('2460平方米', '建筑面积')),
    (('270个', '学位'), ('0个', '学位')),
    (('260张', '寄宿床位'), ('200张', '寄宿床位')),
    (('5个', '村卫生室'), ('5个', '卫生室')),
    (('2800人', '老人免费体检'), ('3015人', '老人免费体检')),
    (('1200人', '两癌筛查'), ('1236人', '两癌筛查')),
    (('18.6公里', '屯级道路'), ('19.2公里', '屯级道路')),
    (('40处', '错车道'), ('40处', '错车道')),
    (('200盏', '太阳能路灯'), ('216盏', '路灯')),
    (('3.2公里', '弄亭屯道路'), ('3.2公里', '弄亭屯道路')),
    (('4处', '集中供水工程'), ('4处', '集中供水工程')),
    (('3100人', '受益群众'), ('3260人', '受益群众')),
    (('26公里', '入户管网'), ('27.5公里', '入户管网')),
    (('2个', '帮扶车间'), ('2个', '帮扶车间')),
    (('120人', '吸纳就业'), ('133人', '吸纳就业')),
    (('40人', '脱贫人口'), ('47人', '脱贫人口')),
    (('600人次', '技能培训'), ('652人次', '技能培训')),
    (('1500个', '独立式烟感报警器'), ('1500个', '烟感报警器')),
    (('3个', '村级微型消防站'), ('3个', '微型消防站')),
    (('2860万元', '总消耗'), ('2791.3万元', '实际支出')),
    (('9件', '为民办实事项目'), None),
    (('3元', '每餐补助'), None),
    (('1栋', '教学楼'), None),
    (('96万元', '消耗'), None),
    (('72万元', '消耗'), None),
    (('760万元', '消耗'), None),
    (('110万元', '消耗'), None),
    (('980万元', '消耗'), None),
    (('420万元', '消耗'), None),
    (('150万元', '消耗'), None),
    (('87万元', '消耗'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='33100', report='33101', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 24100 plan / 24101 report).

Run inside tests/heldout241:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (the little reporters' interview) states most results in the town head's answers and again
in the reporters' `｜` table (`1268`, `3.4万`, `64`, ... bare cells); the links take the answers' mentions, the first in a
sentence that names what is counted. The one result stated only in the table is the nursing beds' `0` (the beds are
not in use before March 2027: `40张` in the answer is a target of 2027). A target with no result is listed with None
and skipped: the list's count `10件`, the 托育园 `一处` and the 城市书房 `一处` (the report says only that they opened),
the per-child `一次` check, the `150块` warning signs (`也都立起来了`), the meal subsidy `2元` (the report restates it
as a rate in force, stock), and the table's `计划投资` cells (the report gives no money per project).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2970万元', '完成投资')),
    (('3所', '村小'), ('3所', '村小')),
    (('1200名', '同学'), ('1268名', '同学')),
    (('80个', '托位'), ('80个', '托位')),
    (('2处', '长者食堂'), ('2处', '长者食堂')),
    (('3万人次', '助餐服务'), ('3.4万人次', '助餐')),
    (('40张', '护理型床位'), ('0', '护理型床位')),
    (('1.2公里', '兴华路'), ('1.2公里', '兴华路')),
    (('60个', '临时停车位'), ('64个', '停车位')),
    (('4个', '路口'), ('4个', '路口')),
    (('18公里', '农村公路'), ('16.5公里', '农村公路')),
    (('2600人', '视力和口腔检查'), ('2713人', '视力检查')),
    (('1800名', '适龄妇女'), ('1865人', '“两癌”筛查')),
    (('6个', '村卫生室'), ('6个', '村卫生室')),
    (('8场', '招聘会'), ('9场', '招聘会')),
    (('1500个', '岗位'), ('1720个', '岗位')),
    (('300名', '农村劳动力'), ('326名', '农村劳动力')),
    (('120个', '公益性岗位'), ('120个', '公益性岗位')),
    (('12个', '坑塘'), ('12个', '坑塘')),
    (('9公里', '河道'), ('9.4公里', '河道')),
    (('3个', '口袋公园'), ('3个', '口袋公园')),
    (('1500户', '独居和高龄老人家庭'), ('1536户', '燃气报警器')),
    (('2.6公里', '防护栏'), ('2.6公里', '防护栏')),
    (('1万册', '图书'), ('1.2万册', '图书')),
    (('60场', '送戏下乡'), ('64场', '送戏下乡')),
    (('240场', '农村公益电影'), ('252场', '公益电影')),
    (('10件', '为民办实事项目'), None),
    (('一处', '托育园'), None),
    (('一处', '城市书房'), None),
    (('一次', '视力和口腔检查'), None),
    (('150块', '防溺水警示牌'), None),
    (('2元', '补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='24100', report='24101')

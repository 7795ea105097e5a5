#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 23800 plan / 23801 report).

Run inside tests/heldout238:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan states most targets twice, in its Mandarin script and again in its Minnan script; the
links go from the first mention, the Mandarin one (`target='first'`). The report states six results twice, in the
speech and in its annexed table; the links go to the speech (`result='first'`). A target with no result is listed
with None and skipped: the list's counts and money the report does not answer with a figure (`12件`, `34个`,
`2.35亿元` 区级财政), the new school's `1080个` places (put off to autumn 2028: a target of 2028 in the report),
the 虹山乡 托育点 `1个` and the `12个` 微型消防站 (told done without a figure), the 2026 carry-over `1个` 农贸市场
(`6月已经完工`), and the `5000元` cap per household of the home adaptation.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.62亿元', '计划总投资'), ('5.48亿元', '完成投资')),
    (('4200人', '城镇新增就业'), ('4516人', '城镇新增就业')),
    (('3500人次', '职业技能培训'), ('3821人次', '职业技能培训')),
    (('120个', '公益性岗位'), ('126个', '公益性岗位')),
    (('270个', '学位'), ('270个', '学位')),
    (('85名', '教师'), ('83名', '教师')),
    (('240个', '普惠托位'), ('258个', '普惠托位')),
    (('2.6万人', '老年人免费体检'), ('2.71万人', '老年人免费体检')),
    (('8000人', '两癌筛查'), ('8230人', '两癌筛查')),
    (('15个', '村卫生所'), ('15个', '村卫生所')),
    (('10家', '长者食堂'), ('11家', '长者食堂')),
    (('8万人次', '助餐'), ('9.3万人次', '助餐')),
    (('180户', '特殊困难老年人家庭'), ('186户', '适老化改造')),
    (('120元', '高龄津贴'), ('120元', '高龄津贴')),
    (('7个', '老旧小区'), ('7个', '老旧小区')),
    (('1650户', '居民'), ('1712户', '居民')),
    (('20部', '加装电梯'), ('23部', '加装电梯')),
    (('60户', '农村低收入群体危房改造'), ('60户', '农村危房改造')),
    (('42公里', '农村公路'), ('45.6公里', '农村公路')),
    (('600个', '公共停车泊位'), ('612个', '公共停车泊位')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('30个', '生活污水治理自然村'), ('30个', '污水治理自然村')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('3000户', '老旧住宅居民'), ('3068户', '燃气泄漏报警器')),
    (('810元', '城乡低保标准'), ('810元', '低保标准')),
    (('520名', '残疾人'), ('547名', '残疾人基本康复服务')),
    (('120场', '送高甲戏、南音下乡'), ('136场', '送高甲戏、南音下乡')),
    (('20个', '农家书屋'), ('20个', '农家书屋')),
    (('25条', '全民健身路径'), ('26条', '全民健身路径')),
    (('600人', '归侨侨眷免费体检'), ('642人', '归侨侨眷免费体检')),
    (('12座', '侨房'), ('12座', '华侨旧厝')),
    (('12件', '为民办实事项目'), None),
    (('34个', '子项'), None),
    (('2.35亿元', '区级财政'), None),
    (('1080个', '学位'), None),
    (('1个', '乡级托育点'), None),
    (('12个', '微型消防站'), None),
    (('1个', '农贸市场改造'), None),
    (('5000元', '适老化改造补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='23800', report='23801', target='first', result='first')

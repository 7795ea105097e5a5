#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 12300 plan / 12301 report).

Run inside tests/heldout123:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A result may be found by its first mention (`result='first'`: 12301 states `742个` 公共停车泊位 in
its third group's paragraph and again in its table of unfinished sub-projects; the link takes the paragraph). The
report's table restates three targets (`9个`, `65公里`, `800个`, target records of 12301): the links go from the
plan's records. A target with no result is listed with None and skipped: the list's counts and money the report does
not answer with a figure (`12件`, `31个`, `2.13亿元` `市级财政资金全部到位`, the farm areas' `9个`, `7个`, `6400万元`), and the
targets the report says were done without a figure (东和 `托育点` and its `60个` 托位, 礼纪中学's `600个` places,
`24个` 村卫生室, `1.5万人` 两癌筛查, `150户` 危房, `20座` 公厕, the `740元` 低保 standard, `300个` 公益性岗位,
`3条` 公交线路, `40个` 自然村, `18个` 微型消防站, `40个` 农家书屋), and the plan's figures with no counterpart
(`1栋` 教学楼, `10万元` per meal point, `1380万元`, `3个` 职工小区, `18公里` farm roads, `1.2万平方米`, `1名`, the farm's
`40个` posts).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.86亿元', '计划总投资'), ('4.61亿元', '完成投资')),
    (('1.95亿元', '上级资金'), ('1.78亿元', '上级资金')),
    (('300个', '普惠托位'), ('326个', '普惠托位')),
    (('1200人次', '入户科学育儿指导'), ('1286人次', '入户科学育儿指导')),
    (('1500对', '免费孕前优生健康检查'), ('1532对', '免费孕前优生健康检查')),
    (('90%', '儿童眼保健和视力检查覆盖率'), ('93.6%', '儿童视力检查覆盖率')),
    (('540个', '学位'), ('540个', '学位')),
    (('120名', '教师'), ('117名', '教师')),
    (('3.2万人', '老年人免费体检'), ('3.38万人', '老年人免费体检')),
    (('30条', '全民健身路径'), ('31条', '全民健身路径')),
    (('12个', '老年助餐点'), ('13个', '老年助餐点')),
    (('9万人次', '助餐服务'), ('9.64万人次', '助餐')),
    (('200户', '特殊困难老年人家庭'), ('206户', '适老化改造')),
    (('120元', '长寿补贴'), ('120元', '长寿补贴')),
    (('9个', '老旧小区'), ('8个', '老旧小区改造完工')),
    (('2100户', '居民'), ('1896户', '居民')),
    (('650名', '残疾人'), ('672名', '残疾人')),
    (('5000人', '城镇新增就业'), ('5426人', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4318人次', '职业技能培训')),
    (('65公里', '农村公路'), ('58公里', '农村公路')),
    (('800个', '公共停车泊位'), ('742个', '公共停车泊位')),
    (('6个', '口袋公园'), ('6个', '口袋公园')),
    (('3000户', '居民'), ('3120户', '燃气泄漏报警器')),
    (('200块', '防溺水警示牌'), ('236块', '防溺水警示牌')),
    (('150场', '送琼剧下乡'), ('163场', '送琼剧下乡')),
    (('12件', '为民办实事项目'), None),
    (('2.13亿元', '市级财政'), None),
    (('6400万元', '农场片区计划投资'), None),
    (('60个', '托位'), None),
    (('600个', '学位'), None),
    (('24个', '村卫生室'), None),
    (('1.5万人', '宫颈癌和乳腺癌筛查'), None),
    (('150户', '农村低收入群体危房改造'), None),
    (('20座', '农村公厕'), None),
    (('740元', '城乡低保标准'), None),
    (('300个', '公益性岗位'), None),
    (('3条', '城乡公交线路'), None),
    (('40个', '生活污水治理自然村'), None),
    (('18个', '微型消防站'), None),
    (('40个', '农家书屋'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='12300', report='12301', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 11900 plan / 11901 report).

Run inside tests/heldout119:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Every side names exactly one record (the default: the chart's `实际完成` cell, or the sentence of the
`图表说明` and `结转事项` parts that names what is counted). A target with no result is listed with None and skipped:
the list's `12件` and `31个` (11901 restates them as targets), the county's own funds `2.1亿元` and the other two sources
(the report gives only their shares in a pie chart and the change `约200万元`), and the targets the report covers only in
its count of finished sub-projects (`已完成29个`): the two childcare centres, the school counsellors, village clinics,
households of the renovated estates, rural houses, bus lines, river banks, pocket parks, sewage villages, public-welfare
posts, fire stations, city reading rooms and library points; also the two carried-over items (`1所`, `3部`), the plan's
own supervision figures and the threshold `80%`.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.86亿元', '计划总投资'), ('5.94亿元', '完成投资')),
    (('240个', '普惠托位'), ('256', '普惠托位')),
    (('3500人次', '儿童发育筛查'), ('3862', '儿童发育筛查')),
    (('1080个', '学位'), ('1080', '学位')),
    (('60名', '教师'), ('64名', '教师')),
    (('3.2万人', '老年人免费健康体检'), ('3.41', '老年人健康体检')),
    (('8000人', '两癌筛查'), ('8315', '两癌筛查')),
    (('15个', '颐养之家'), ('15', '颐养之家')),
    (('350户', '特殊困难老年人家庭'), ('362', '居家适老化改造')),
    (('12万人次', '老年助餐服务'), ('13.6', '老年助餐')),
    (('9个', '城镇老旧小区'), ('9', '老旧小区')),
    (('14部', '加装电梯'), ('11部', '加装电梯')),
    (('46公里', '供水管网'), ('48.3公里', '供水管网')),
    (('58公里', '农村公路'), ('52.4公里', '农村公路')),
    (('600个', '公共停车泊位'), ('646个', '公共停车泊位')),
    (('3200人', '城镇新增就业'), ('3517', '城镇新增就业')),
    (('4500人次', '职业技能培训'), ('4873', '职业技能培训')),
    (('880元', '城乡低保标准'), ('880元', '城乡低保标准')),
    (('720元', '城乡低保标准'), ('720元', '城乡低保标准')),
    (('420名', '残疾人'), ('436名', '残疾人')),
    (('3000户', '老旧小区居民和农村液化气用户'), ('3046', '燃气泄漏报警器')),
    (('150场', '送戏下乡'), ('162', '送戏下乡')),
    (('12件', '民生实事'), None),
    (('31个', '子项目'), None),
    (('2.1亿元', '县本级财政'), None),
    (('2.92亿元', '上级补助资金'), None),
    (('0.84亿元', '社会资本'), None),
    (('2个', '镇'), None),
    (('1个', '托育综合服务中心'), None),
    (('12名', '心理健康辅导员'), None),
    (('20所', '村卫生室'), None),
    (('2160户', '居民'), None),
    (('110户', '农村低收入群体危旧房'), None),
    (('3条', '城乡公交线路'), None),
    (('12公里', '生态岸线整治'), None),
    (('5个', '口袋公园'), None),
    (('20个', '生活污水治理行政村'), None),
    (('260个', '城乡公益性岗位'), None),
    (('8个', '微型消防站'), None),
    (('2个', '城市书房'), None),
    (('10个', '农家书屋示范点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='11900', report='11901')

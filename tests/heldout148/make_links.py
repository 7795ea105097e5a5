#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 14800 plan / 14801 report).

Run inside tests/heldout148:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A result may be found by its first mention (`result='first'`: 14801 states `1742对` in its TAB
table and again in its section on unfinished projects; the link takes the table's cell, the first mention in a row
that names what is counted). The report's table restates every target (`240个`, `1500人次`, …: target records of
14801): the links go from the plan's records. A target with no result is listed with None and skipped: the list's
counts and its county share (`10件`, `30个`, `1.6亿元`), last year's `9件` and satisfaction (2025), the carried-over
`26户` (the report does not mention it), the job fairs' `10场`, the baseline `1360个` (stock) and the 2027 level
`4.5个` per 千人口, the milestone `12公里`, the old 低保 standard `660元` (stock), the `8个` towns of the fitness
paths, the crafts training's `400人次`, and the two targets the report says were done without a figure
(`25条` 全民健身路径 `全部建成`, `5个` 口袋公园 `均已建成开放`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.46亿元', '计划总投资'), ('5.58亿元', '完成投资')),
    (('3.1亿元', '上级资金'), ('3.24亿元', '上级资金')),
    (('120张', '护理型床位'), ('120张', '护理型床位')),
    (('15个', '村级互助养老点'), ('16个', '村级互助养老点')),
    (('180户', '农村危房'), ('180户', '农村危房改造')),
    (('900个', '学位'), ('900个', '学位')),
    (('80名', '中小学教师'), ('81名', '中小学教师')),
    (('4500人', '城镇新增就业'), ('4862人', '城镇新增就业')),
    (('350个', '公益性岗位'), ('352个', '公益性岗位')),
    (('2个', '托育综合服务中心'), ('2个', '托育综合服务中心')),
    (('240个', '普惠托位'), ('262个', '普惠托位')),
    (('30个', '村卫生室'), ('30个', '村卫生室标准化改造')),
    (('4.6万人', '老年人免费体检'), ('4.87万人', '老年人免费体检')),
    (('80公里', '农村公路提档升级'), ('83.6公里', '农村公路提档升级')),
    (('600个', '公共停车泊位'), ('548个', '公共停车泊位')),
    (('25公里', '乡镇污水管网'), ('26.2公里', '乡镇污水管网')),
    (('700元', '城乡低保标准'), ('700元', '城乡低保标准')),
    (('700名', '残疾人'), ('735名', '残疾人基本康复服务')),
    (('10个', '老年助餐点'), ('11个', '老年助餐点')),
    (('8万人次', '助餐服务'), ('9.3万人次', '助餐服务')),
    (('7个', '老旧小区'), ('7个', '老旧小区')),
    (('1860户', '居民'), ('1912户', '居民')),
    (('2500户', '燃气泄漏报警器'), ('2611户', '燃气泄漏报警器安装')),
    (('1500人次', '入户科学育儿指导'), ('1623人次', '入户科学育儿指导')),
    (('1800对', '免费孕前优生健康检查'), ('1742对', '免费孕前优生健康检查')),
    (('12所', '乡镇寄宿制学校'), ('12所', '寄宿制学校学生浴室改造')),
    (('1.2万人', '两癌免费筛查'), ('1.26万人', '两癌免费筛查')),
    (('3000人次', '职业技能培训'), ('3385人次', '职业技能培训')),
    (('8000万元', '创业担保贷款'), ('9260万元', '创业担保贷款')),
    (('3个', '残疾人日间照料（托养）机构'), ('2个', '残疾人日间照料机构')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('300户', '特殊困难老年人家庭'), ('318户', '居家适老化改造')),
    (('2000户', '农村户厕改造'), ('2136户', '农村户厕改造')),
    (('10件', '民生实事'), None),
    (('30个', '子项目'), None),
    (('1.6亿元', '县级财政配套'), None),
    (('9件', '民生实事'), None),
    (('26户', '农村危房改造'), None),
    (('10场', '春风行动招聘会'), None),
    (('4.5个', '托位'), None),
    (('12公里', '丁市至麻旺段路面'), None),
    (('8个', '乡镇'), None),
    (('400人次', '特色手工培训'), None),
    (('25条', '全民健身路径'), None),
    (('5个', '口袋公园'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='14800', report='14801', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 10400 plan / 10401 report).

Run inside tests/heldout104:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan states its total investment twice (`3.86亿元`, the lead and the funding paragraph): the link
takes the first (`target='first'`). Where the report's table gives both the assessors' count and the county's own
(`考核组认定` / `我县核实`), the link takes the county's figure, the one the report states as its result (the assessors'
cells are achieved records too, but they are the figure the report disputes). A target with no result is listed with
None and skipped: the list's `12件` and `31项` (10401 restates them as targets), the per-town `1个` childcare point (the
report counts `两个` in all: another scope), the county's own funds `1.27亿元` and the social funds `5000万元`, and the
targets the report passes over without a figure (营养午餐 `6200人`, `2所`卫生院, `1140户` 居民, `110户` 危房,
`650元` 低保标准, `60户` 无障碍改造, `2条` 公交线路, `4个` 口袋公园, `1500人次` 应急救护培训, `5个` 图书室).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.86亿元', '计划总投资'), ('3.71亿元', '完成投资')),
    (('2.09亿元', '上级补助资金和援疆资金'), ('1.96亿元', '上级补助资金和援疆资金到位')),
    (('180个', '普惠托位'), ('186', '普惠托位')),
    (('1500人次', '入户科学育儿指导'), ('1730人次', '入户科学育儿指导')),
    (('98%', '新生儿疾病筛查率'), ('99.2%', '新生儿疾病筛查率')),
    (('4200平方米', '建筑面积'), ('4260平方米', '建筑面积')),
    (('540个', '学位'), ('540', '学位')),
    (('48套', '教师周转宿舍'), ('48套', '教师周转宿舍')),
    (('1.1万人', '老年人免费健康体检'), ('1.18万人', '老年人免费健康体检')),
    (('4000人', '两癌筛查'), ('4160人', '两癌筛查')),
    (('9个', '老年助餐点'), ('9个', '老年助餐点')),
    (('4.5万人次', '助餐服务'), ('5.2万人次', '助餐')),
    (('280户', '特殊困难老年人家庭'), ('286户', '特殊困难老年人家庭适老化改造')),
    (('60张', '家庭养老照护床位'), ('62', '家庭养老照护床位')),
    (('6个', '老旧小区'), ('6个', '老旧小区')),
    (('5部', '加装电梯'), ('3部', '加装电梯')),
    (('32公里', '农村供水管网'), ('32.5公里', '农村供水管网')),
    (('350名', '残疾人'), ('371名', '残疾人')),
    (('2400人', '城镇新增就业'), ('2617人', '城镇新增就业')),
    (('1.2万人次', '农村富余劳动力转移就业'), ('1.31万人次', '农村富余劳动力转移就业')),
    (('2800人次', '职业技能培训'), ('3046人次', '职业技能培训')),
    (('45公里', '农村公路'), ('45.6', '农村公路')),
    (('360个', '公共停车泊位'), ('372个', '公共停车泊位')),
    (('500座', '农村卫生户厕改造'), ('512座', '农村卫生户厕改造')),
    (('3000户', '城镇居民'), ('3128户', '城镇居民')),
    (('120场', '送文化下乡惠民演出'), ('134场', '送文化下乡惠民演出')),
    (('12件', '县级民生实事项目'), None),
    (('31项', '具体任务'), None),
    (('1个', '社区嵌入式托育点'), None),
    (('1.27亿元', '县本级财政'), None),
    (('5000万元', '社会投入'), None),
    (('6200人', '学生'), None),
    (('2所', '卫生院'), None),
    (('1140户', '居民'), None),
    (('110户', '农村危房改造和抗震加固'), None),
    (('650元', '城乡低保标准'), None),
    (('60户', '困难残疾人家庭'), None),
    (('2条', '城乡公交线路'), None),
    (('4个', '口袋公园'), None),
    (('1500人次', '应急救护普及培训'), None),
    (('5个', '村级图书室'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='10400', report='10401', target='first')

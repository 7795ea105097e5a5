#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 21800 plan / 21801 report).

Run inside tests/heldout218:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator, read side by side by hand. Runs the shared `tools/make_links.py`.
The report's 配料 lines restate every target (target records of 21801): the links go from the plan's
records to the report's 出钢 (achieved) records. Bare 出钢 cells (`12`, `96`, `3`, `8`, `5`) are linked in
their target's unit. A target with no result is listed with None and skipped: the list's counts and money
sources (`10件`, `32项`, `1.28亿元`, `2.18亿元`), the 2025 carry-overs (`18户`, `6户`), the estates'
`4300户`, the teaching block `1栋` (`主体完工`, no figure), `23所` (after-school service), `300户`
适老化改造 and `15个` 农家书屋 (both `全部完成`), the extra bus line `一条`, the gas works' `三批` and `7公里`.
"""
import runpy
from pathlib import Path

LINKS = [
    (('3.46亿元', '计划总投资'), ('3.31亿元', '完成投资')),
    (('320户', '棚户区改造征收'), ('312户', '征收签约')),
    (('12个', '老旧小区'), ('12', '老旧小区')),
    (('96栋', '楼栋'), ('96', '楼栋')),
    (('18.6万平方米', '暖房子外墙保温'), ('19.1万平方米', '外墙保温')),
    (('150户', '采煤沉陷区避险搬迁'), ('144户', '搬迁交钥匙')),
    (('240个', '普惠托位'), ('262个', '普惠托位')),
    (('3个', '社区托育点'), ('3', '社区托育点')),
    (('800对', '免费孕前优生健康检查'), ('836对', '孕前优生检查')),
    (('3.6个', '托位'), ('3.7个', '托位')),
    (('540个', '学位'), ('540个', '学位')),
    (('60名', '教师'), ('57名', '教师')),
    (('8个', '村卫生室'), ('8', '村卫生室')),
    (('1.6万人', '老年人免费体检'), ('1.74万人', '老年人体检')),
    (('5000人', '适龄妇女两癌筛查'), ('5230人', '两癌筛查')),
    (('10个', '老年助餐点'), ('11个', '助餐点')),
    (('6万人次', '助餐'), ('6.8万人次', '助餐')),
    (('810元', '城乡低保标准'), ('810元', '低保标准')),
    (('420名', '残疾人基本康复服务'), ('447名', '康复服务')),
    (('1200户', '困难职工家庭冬季送温暖'), ('1263户', '送温暖')),
    (('4500人', '城镇新增就业'), ('4862人', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3215人次', '技能培训')),
    (('260个', '公益性岗位'), ('260个', '公益性岗位')),
    (('15公里', '农村公路'), ('15.4公里', '农村公路')),
    (('2条', '公交线路'), ('2条', '公交线路')),
    (('600个', '公共停车泊位'), ('548个', '停车泊位')),
    (('5个', '口袋公园'), ('5', '口袋公园')),
    (('8公里', '污水管网'), ('8.3公里', '污水管网')),
    (('2000吨', '河道垃圾'), ('2460吨', '河道垃圾')),
    (('22公里', '老化燃气管道'), ('22.6公里', '燃气管道')),
    (('3000户', '居民燃气泄漏报警器'), ('3000户', '报警器')),
    (('10个', '微型消防站'), ('10个', '微型消防站')),
    (('120场', '送戏下乡'), ('131场', '送戏下乡')),
    (('10件', '民生实事'), None),
    (('32项', '民生实事'), None),
    (('1.28亿元', '区本级资金'), None),
    (('2.18亿元', '上级资金'), None),
    (('4300户', '居民'), None),
    (('1栋', '教学楼'), None),
    (('23所', '中小学课后服务'), None),
    (('300户', '特殊困难老年人家庭适老化改造'), None),
    (('15个', '农家书屋'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='21800', report='21801', target='first', result='first')

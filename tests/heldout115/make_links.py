#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 11500 plan / 11501 report).

Run inside tests/heldout115:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report's progress table restates each target inside its item name (target records of 11501); the
links go from the plan's record to the table's result cell, the first mention in a row that names what is counted (the
`17` cell, not the problems paragraph's `加装电梯完成17部`). A target with no result is listed with None and skipped: the
list's `10件` and `28个` (the report restates them as targets), the `十五五` places `1.5万个`, the 2030 托位 per 千人口
`3.6个` (the report's 3.6 is a year-end level, stock), 公办幼儿园学位 `900个` and 公益性岗位 `2800个` (the report gives only
standing totals, `1.86万个` and `5120人`: stock, never a result), and the targets the report answers without a figure.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.86亿元', '计划总投资'), ('4.71亿元', '完成投资')),
    (('5所', '中小学和幼儿园'), ('5所', '中小学和幼儿园')),
    (('3600个', '学位'), ('3720', '学位')),
    (('8000张', '午休床'), ('8000', '午休床')),
    (('420个', '普惠托位'), ('436', '普惠托位')),
    (('6个', '社区嵌入式托育点'), ('6', '社区嵌入式托育点')),
    (('4.2万人次', '儿童眼保健和视力检查'), ('4.53万', '儿童眼保健和视力检查')),
    (('5.6万人', '老年人健康体检'), ('5.81万', '老年人健康体检')),
    (('30个', '村卫生室'), ('30', '村卫生室')),
    (('15个', '农村幸福院助餐点'), ('16', '幸福院助餐点')),
    (('400户', '特殊困难老年人家庭'), ('412', '居家适老化改造')),
    (('1030元', '城乡低保标准'), ('1030元', '城乡低保标准')),
    (('820元', '城乡低保标准'), ('820元', '城乡低保标准')),
    (('14个', '老旧小区'), ('14', '老旧小区')),
    (('20部', '加装电梯'), ('17', '加装电梯')),
    (('160户', '农村危房'), ('160', '农村危房')),
    (('1500个', '城区公共停车泊位'), ('1580', '城区公共停车泊位')),
    (('5200人', '城镇新增就业'), ('5436', '城镇新增就业')),
    (('6000人次', '职业技能培训'), ('6310', '职业技能培训')),
    (('120公里', '农村公路'), ('116.5', '农村公路')),
    (('40辆', '新能源公交车'), ('40', '新能源公交车')),
    (('3000个', '独立式烟感报警器'), ('3120', '独居老人家庭烟感报警器')),
    (('200场', '送戏下乡'), ('214', '送戏下乡')),
    (('700元', '城乡居民医保人均财政补助标准'), ('700元', '城乡居民医保人均财政补助')),
    (('78种', '门诊慢特病病种'), ('78种', '门诊慢特病病种')),
    (('10件', '民生实事项目'), None),
    (('28个', '子项'), None),
    (('1.5万个', '学位'), None),
    (('3.6个', '托位'), None),
    (('900个', '公办幼儿园学位'), None),
    (('2800个', '城乡公益性岗位'), None),
    (('260名', '教师'), None),
    (('1.5万人', '两癌筛查'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='11500', report='11501')

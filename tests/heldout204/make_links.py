#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 20400 plan / 20401 report).

Run inside tests/heldout204:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator, read side by side by hand. Runs the shared `tools/make_links.py`;
this file keeps the link list and the two doc prefixes. The report's point-check table restates every quota
(`定额` column, target records of 20401): the links go from the plan's records to the `实测` cells (achieved),
the first mention that names what is counted; the prose of part 三 (`17个小区中15个完工验收`, `10部中7部投入使用`)
repeats the table's results. Listed with None and skipped: the list's counts and money (`12件`, `1.26亿元`,
`约1.65亿元`, the `资金` cells and their `合计`), the per-千人口 childcare goal `3.6个` (the report gives no
level), and the `20%` lag threshold of the rules.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator)
LINKS = [
    (('3.46亿元', '计划总投资'), ('3.31亿元', '完成投资')),
    (('4个', '托育点'), ('4', '社区嵌入式托育点')),
    (('240个', '普惠托位'), ('252', '普惠托位')),
    (('1100对', '孕前优生健康检查'), ('1146', '孕前优生健康检查')),
    (('630个', '学位'), ('630', '学位')),
    (('100%', '义务教育学校课后服务覆盖率'), ('100%', '课后服务覆盖率')),
    (('2.6万人', '老年人免费体检'), ('2.71万人', '老年人免费体检')),
    (('6个', '社区卫生服务站标准化改造'), ('6', '社区卫生服务站改造')),
    (('14个', '助餐点'), ('15', '老年助餐点')),
    (('12万人次', '助餐'), ('13.4万', '助餐服务')),
    (('300户', '特殊困难老人家庭适老化改造'), ('312', '适老化改造')),
    (('17个', '老旧小区'), ('15', '老旧小区')),
    (('5200户', '居民'), ('4680户', '居民')),
    (('38公里', '供热管网改造'), ('39.2', '供热管网改造')),
    (('10部', '加装电梯'), ('7', '加装电梯')),
    (('860元', '城乡低保标准'), ('860元', '低保标准')),
    (('450名', '残疾人'), ('468', '残疾人康复服务')),
    (('4500人', '城镇新增就业'), ('4833', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3215', '职业技能培训')),
    (('9条', '背街小巷'), ('9', '背街小巷')),
    (('6.4公里', '背街小巷'), ('6.1公里', '背街小巷')),
    (('600个', '公共停车泊位'), ('575', '公共停车泊位')),
    (('5个', '口袋公园'), ('5', '口袋公园')),
    (('3.5万株', '苗木'), ('3.62万株', '苗木')),
    (('26公里', '老旧燃气管道更新'), ('26.3', '燃气管道更新')),
    (('4000户', '燃气泄漏报警器'), ('4000', '燃气泄漏报警器')),
    (('120场', '惠民演出'), ('134', '惠民演出')),
    (('12件', '民生实事'), None),
    (('1.26亿元', '区级财政资金'), None),
    (('1.65亿元', '上级资金'), None),
    (('3.6个', '托位'), None),
    (('20%', '进度滞后'), None),
    (('29084', '资金合计'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='20400', report='20401', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 9700 plan / 9701 report).

Run inside tests/heldout97:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes, and a result may be found by its first mention (`result='first'`: 9701 names the 21 new meal points
twice, the link takes the first, the sentence that counts them). A target with no result is listed with None and skipped:
the list's `12件` (9701 restates it as a target), the district's own funds `2.18亿元`, the meal points' daily capacity `100份`
and the observers' budget `8万元` (no result figure in the report).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.36亿元', '计划总投资'), ('4.21亿元', '完成投资')),
    (('36名', '民生实事项目观察员'), ('36名', '观察员')),
    (('6个', '观察组'), ('6个', '观察组')),
    (('600个', '普惠托位'), ('628个', '普惠托位')),
    (('8个', '嵌入式托育点'), ('8个', '社区嵌入式托育点')),
    (('2000名', '婴幼儿'), ('2136名', '婴幼儿')),
    (('4所', '中小学和幼儿园'), ('4所', '学校')),
    (('3240个', '学位'), ('3240个', '学位')),
    (('40名', '心理健康专职教师'), ('38名', '心理健康专职教师')),
    (('6.5万名', '老年人健康体检'), ('6.71万名', '老年人健康体检')),
    (('1.2万人', '两癌筛查'), ('1.26万人', '两癌筛查')),
    (('15个', '社区健康小屋'), ('15个', '社区健康小屋')),
    (('20个', '老年助餐点'), ('21个', '老年助餐点')),
    (('30万人次', '助餐服务'), ('33.4万人次', '助餐服务')),
    (('500户', '特殊困难老年人家庭'), ('512户', '居家适老化改造')),
    (('200张', '家庭养老照护床位'), ('200张', '家庭养老照护床位')),
    (('23个', '老旧小区'), ('23个', '老旧小区')),
    (('6800户', '居民'), ('6914户', '居民')),
    (('45部', '加装电梯'), ('41部', '加装电梯完工投用')),
    (('1500个', '电动自行车充电桩'), ('1620个', '电动自行车充电桩')),
    (('400名', '残疾人'), ('423名', '残疾人基本康复服务')),
    (('850元', '城乡低保标准'), ('850元', '城乡低保标准')),
    (('7000人', '城镇新增就业'), ('7352人', '城镇新增就业')),
    (('5000人次', '职业技能培训'), ('5480人次', '职业技能培训')),
    (('2000个', '公共停车泊位'), ('2106个', '公共停车泊位')),
    (('5条', '断头路'), ('4条', '断头路')),
    (('10个', '口袋公园'), ('10个', '口袋公园')),
    (('1200亩', '黄河金凤段滩地绿化'), ('1260亩', '黄河金凤段滩地绿化')),
    (('3000户', '居民'), ('3125户', '燃气泄漏报警器')),
    (('100场', '惠民演出'), ('118场', '惠民演出')),
    (('12件', '民生实事'), None),
    (('2.18亿元', '区本级财政资金'), None),
    (('100份', '日均供餐能力'), None),
    (('8万元', '观察工作经费'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='9700', report='9701', target='first', result='first')

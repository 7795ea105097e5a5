#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 6300 plan / 6301 report).

Run inside tests/heldout63:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 6300's Daihai-town share `60个` and the
kindergartens `3所` (the report gives neither), and the year-end totals `430个` 托位 and `27个` meal points (6301 reports 436 and 28
as stock totals at year end, and a stock is never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.62亿元', '计划总投资'), ('2.49亿元', '完成投资')),
    (('120个', '普惠托位'), ('126', '普惠托位')),
    (('6000人次', '儿童免费视力筛查'), ('6412', '儿童免费视力筛查')),
    (('540个', '学位'), ('540', '幼儿园学位')),
    (('14座', '薄弱学校旱厕'), ('14', '学校旱厕')),
    (('5个', '学校食堂'), ('5', '学校食堂')),
    (('2万人', '老年人免费体检'), ('20860', '老年人免费体检')),
    (('6个', '村级互助幸福院'), ('6', '村级互助幸福院')),
    (('8个', '老年助餐点'), ('9', '老年助餐点')),
    (('11个', '老旧小区'), ('11', '老旧小区')),
    (('1620户', '居民'), ('1638户', '居民')),
    (('150户', '困难残疾人家庭'), ('153', '无障碍改造')),
    (('1800人', '城镇新增就业'), ('1932', '城镇新增就业')),
    (('2000人次', '职业技能培训'), ('2215', '职业技能培训')),
    (('45公里', '农村公路'), ('41', '农村公路')),
    (('20个', '公交站亭'), ('20', '公交站亭')),
    (('3500亩', '岱海流域造林绿化'), ('3620', '造林绿化')),
    (('4个', '口袋公园'), ('4', '口袋公园')),
    (('4200户', '居民'), ('4380', '燃气泄漏报警器')),
    (('150场', '送文化下乡演出'), ('168', '送文化下乡演出')),
    (('1.2万册', '农家书屋图书'), ('1.05万册', '农家书屋图书')),
    (('80%', '民生支出占一般公共预算支出的比重'), ('81.2%', '民生支出占一般公共预算支出的比重')),
    (('60个', '岱海镇普惠托位'), None),
    (('3所', '幼儿园'), None),
    (('430个', '普惠托位'), None),
    (('27个', '老年助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='6300', report='6301', target='first')

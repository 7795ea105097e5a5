#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 5000 plan / 5001 report).

Run inside tests/heldout50:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 5000's year-end totals `33个`助餐点 and
`770个` 托位 (5001 reports 34 and 782 as stock totals at year end, and a stock is never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.2亿元', '计划总投资'), ('3.05亿元', '实际完成投资')),
    (('150个', '普惠托位'), ('162个', '普惠托位')),
    (('2400人次', '儿童发育筛查'), ('2630人次', '儿童发育筛查')),
    (('900个', '学位'), ('900个', '学位')),
    (('60套', '教师周转宿舍'), ('60套', '教师周转宿舍')),
    (('1.5万人', '老年人健康体检'), ('1.56万人', '老年人健康体检')),
    (('18个', '村卫生室'), ('18个', '村卫生室')),
    (('10个', '老年助餐点'), ('11个', '老年助餐点')),
    (('5万人次', '助餐服务'), ('5.8万人次', '助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('312户', '适老化改造')),
    (('7个', '老旧小区'), ('7个', '老旧小区')),
    (('1280户', '居民'), ('1296户', '居民')),
    (('8部', '加装电梯'), ('6部', '加装电梯')),
    (('36公里', '农村供水管网'), ('36公里', '农村供水管网')),
    (('400名', '残疾人'), ('418名', '残疾人基本康复服务')),
    (('2600人', '城镇新增就业'), ('2843人', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3312人次', '职业技能培训')),
    (('52公里', '农村公路'), ('49公里', '农村公路')),
    (('400个', '公共停车泊位'), ('420个', '公共停车泊位')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('2000户', '居民'), ('2105户', '燃气泄漏报警器')),
    (('120场', '送戏下乡'), ('136场', '送戏下乡')),
    (('1.6亿元', '上级资金'), ('1.42亿元', '上级资金到位')),
    (('770个', '普惠托位'), None),
    (('33个', '老年助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='5000', report='5001', target='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 6500 plan / 6501 report).

Run inside tests/heldout65:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 6500's year-end totals `53个` 助餐点 and
`1360个` 托位 (6501 reports 54 and 1373 as stock totals, and a stock is never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.86亿元', '计划总投资'), ('2.71亿元', '完成投资')),
    (('1.05亿元', '中央和自治区资金'), ('0.98亿元', '中央和自治区资金到位')),
    (('240个', '普惠托位'), ('253', '普惠托位')),
    (('3200人次', '儿童发育筛查'), ('3415', '儿童发育筛查')),
    (('1080个', '学位'), ('1080', '第六小学新增学位')),
    (('6.5公里', '学校供暖管网'), ('6.5', '学校供暖管网')),
    (('4个', '社区卫生服务站'), ('4', '社区卫生服务站')),
    (('1.8万人', '老年人健康体检'), ('1.86', '老年人健康体检')),
    (('12个', '老年助餐点'), ('13', '老年助餐点')),
    (('6万人次', '助餐服务'), ('6.9', '助餐服务')),
    (('400户', '适老化改造'), ('415', '适老化改造')),
    (('9个', '老旧小区'), ('9', '老旧小区')),
    (('2600户', '居民'), ('2655', '居民')),
    (('10部', '加装电梯'), ('7', '加装电梯')),
    (('12公里', '供热管网'), ('12.4', '供热管网')),
    (('500名', '残疾人'), ('522', '残疾人基本康复服务')),
    (('860元', '低保标准'), ('860元', '低保标准')),
    (('3200人', '城镇新增就业'), ('3466', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4218', '职业技能培训')),
    (('2条', '公交线路'), ('2', '公交线路')),
    (('30辆', '新能源公交车'), ('30', '新能源公交车')),
    (('600个', '公共停车泊位'), ('640', '公共停车泊位')),
    (('6个', '口袋公园'), ('6', '口袋公园')),
    (('4.5公顷', '绿地'), ('3.9公顷', '绿地')),
    (('3000户', '燃气泄漏报警器'), ('3120', '燃气泄漏报警器')),
    (('150场', '送文化演出'), ('166', '送文化演出')),
    (('53个', '老年助餐点'), None),
    (('1360个', '普惠托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='6500', report='6501', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 7500 plan / 7501 report).

Run inside tests/heldout75:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 7500's year-end total `46个` 老年助餐点
(7501 reports `累计达到47个` as a stock total, and a stock is never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('1所', '托育综合服务中心'), ('1所', '托育综合服务中心')),
    (('3600人次', '儿童发育筛查'), ('3712人次', '儿童发育筛查')),
    (('270个', '学位'), ('270个', '学位')),
    (('4200套', '冬季校服'), ('4200套', '冬季校服')),
    (('14个', '嘎查（社区）老年助餐点'), ('15个', '老年助餐点')),
    (('8万人次', '助餐'), ('8.6万人次', '助餐')),
    (('320户', '特殊困难老年人家庭'), ('320户', '特殊困难老年人家庭')),
    (('1.1万人', '老年人免费健康体检'), ('1.06万人', '老年人免费体检')),
    (('16个', '嘎查卫生室'), ('16个', '嘎查卫生室')),
    (('3000人', '两癌筛查'), ('3120人', '两癌筛查')),
    (('9', '老旧小区'), ('9个', '老旧小区')),
    (('1460', '居民'), ('1472户', '居民')),
    (('6', '加装电梯'), ('4部', '加装电梯完工')),
    (('18', '老旧供热管网'), ('18.6公里', '老旧供热管网')),
    (('1800', '城镇新增就业'), ('1926人', '城镇新增就业')),
    (('2400', '牧民职业技能培训'), ('2580人次', '牧民职业技能培训')),
    (('46公里', '农村牧区公路'), ('43公里', '农村牧区公路')),
    (('360个', '公共停车泊位'), ('372个', '公共停车泊位')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('1.2万平方米', '绿地'), ('1.3万平方米', '绿地')),
    (('2600个', '独立式烟感报警器'), ('2731个', '独立式烟感报警器')),
    (('150场', '文艺演出下嘎查'), ('163场', '文艺演出下嘎查')),
    (('2.46亿元', '计划总投资'), ('2.39亿元', '完成投资')),
    (('1.38亿元', '上级资金'), ('1.31亿元', '上级资金到位')),
    (('46个', '老年助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='7500', report='7501', target='first')

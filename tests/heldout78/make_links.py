#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 7800 plan / 7801 report).

Run inside tests/heldout78:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 7800's year-end totals `48个`
助餐点 and `1060个` 托位 (7801 reports 49 and 1072 as stock totals at year end, and a stock is never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.86亿元', '计划总投资'), ('2.71亿元', '实际完成投资')),
    (('1.9亿元', '上级资金'), ('1.74亿元', '上级资金到位')),
    (('240个', '普惠托位'), ('252', '普惠托位')),
    (('3600名', '儿童发育筛查'), ('3915', '儿童发育筛查')),
    (('540个', '学位'), ('540', '幼儿园学位')),
    (('18处', '农村薄弱学校厕所'), ('18', '农村学校厕所')),
    (('2.2万名', '老年人免费健康体检'), ('23480', '老年人免费健康体检')),
    (('25个', '村卫生室'), ('25', '村卫生室')),
    (('12个', '老年助餐点'), ('13', '老年助餐点')),
    (('6万人次', '助餐'), ('71200', '助餐服务')),
    (('400户', '特殊困难老年人家庭'), ('413', '适老化改造')),
    (('9个', '老旧小区'), ('9', '老旧小区')),
    (('1460户', '居民'), ('1492户', '居民')),
    (('10部', '加装电梯'), ('7', '加装电梯')),
    (('42公里', '农村供水管网'), ('42', '农村供水管网')),
    (('520名', '残疾人'), ('547', '残疾人基本康复服务')),
    (('2800人', '城镇新增就业'), ('3061', '城镇新增就业')),
    (('3500人次', '职业技能培训'), ('3820', '职业技能培训')),
    (('60公里', '农村公路'), ('55', '农村公路')),
    (('360个', '公共停车泊位'), ('372', '公共停车泊位')),
    (('4个', '口袋公园'), ('4', '口袋公园')),
    (('180个', '村庄清洁行动自然村'), ('186个', '村庄清洁行动自然村')),
    (('150场', '送戏下乡'), ('163', '送戏下乡')),
    (('30个', '农家书屋提升点'), ('30个', '农家书屋提升点')),
    (('50%', '县级财政配套资金拨付比例'), ('38%', '县级配套资金拨付比例')),
    (('48个', '老年助餐点'), None),
    (('1060个', '普惠托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='7800', report='7801', target='first')

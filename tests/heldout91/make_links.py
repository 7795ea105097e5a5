#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 9100 plan / 9101 report).

Run inside tests/heldout91:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Targets with no result are listed with None and skipped: the city-study rooms `5家` (dropped from
the voted list; the report's `2家` were built on a department's budget, not as the list's project), the lift draft `25部` (a
draft's figure), the 2028 carry-over `剩余2部` (no 2029 result names it), the low-income standard's base `1160元` (stock).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.86亿元', '总计划投资'), ('4.72亿元', '实际完成投资')),
    (('2.93亿元', '县级财政'), ('2.88亿元', '县级财政到位')),
    (('8000万元', '上级补助'), ('9260万元', '上级补助资金')),
    (('360个', '幼儿园学位'), ('360个', '幼儿园学位')),
    (('450个', '初中学位'), ('450个', '初中学位')),
    (('1200间', '护眼照明改造教室'), ('1236间', '护眼照明改造教室')),
    (('200个', '普惠托位'), ('216个', '普惠托位')),
    (('3.2万人次', '儿童眼保健和视力检查'), ('3.41万人次', '儿童眼保健和视力检查')),
    (('8000人', '结直肠癌筛查'), ('8457人', '结直肠癌筛查')),
    (('12个', '规范化村卫生室'), ('12个', '规范化村卫生室')),
    (('9个', '镇（街道）'), ('9个', '镇（街道）')),
    (('15个', '老年助餐点'), ('17个', '老年助餐点')),
    (('20万人次', '助餐服务'), ('23.6万人次', '助餐')),
    (('350户', '困难老年人家庭'), ('352户', '困难老年人家庭')),
    (('4元', '助餐补助'), ('4元', '助餐补助')),
    (('30名', '老年代表'), ('34名', '老年代表')),
    (('9个', '老旧小区'), ('9', '老旧小区改造')),
    (('2600户', '居民'), ('2688', '惠及居民')),
    (('30部', '既有住宅加装电梯'), ('27', '加装电梯')),
    (('45公里', '农村供水管网'), ('45.6', '农村供水管网改造')),
    (('6000人', '城镇新增就业'), ('6712人', '城镇新增就业')),
    (('8000人次', '职业技能培训'), ('9105人次', '职业技能培训')),
    (('1个', '零工市场'), ('1个', '零工市场')),
    (('6条', '公交线路'), ('6条', '公交线路')),
    (('800个', '公共停车泊位'), ('863个', '公共停车泊位')),
    (('3条', '美丽河湖'), ('3条', '美丽河湖')),
    (('10个', '口袋公园'), ('10个', '口袋公园')),
    (('5000户', '老旧住宅居民'), ('5120', '燃气泄漏报警器安装')),
    (('300场', '送戏下乡演出'), ('326场', '送戏下乡演出')),
    (('600名', '残疾人'), ('631名', '残疾人')),
    (('1250元', '最低生活保障标准'), ('1250元', '最低生活保障标准')),
    (('5家', '城市书房'), None),
    (('25部', '既有住宅加装电梯'), None),
    (('2部', '加装电梯'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='9100', report='9101', target='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 6000 plan / 6001 report).

Run inside tests/heldout60:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 6000's 2028 totals `1300个` 托位 and
`40个` 助餐点 (6001 reports 1112 and 33 as stock totals at the end of 2027, and a stock is never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.412亿元', '计划总投资'), ('2.33亿元', '实际完成投资')),
    (('1.35亿元', '上级资金'), ('1.29亿元', '上级资金到位')),
    (('240个', '普惠托位'), ('252', '普惠托位')),
    (('3000人次', '儿童发育筛查'), ('3185', '儿童发育筛查')),
    (('1080个', '学位'), ('1080', '小学学位')),
    (('4所', '薄弱学校运动场'), ('4', '学校运动场改造')),
    (('20个', '村卫生室'), ('20', '村卫生室标准化')),
    (('2.2万人', '老年人健康体检'), ('2.31', '老年人健康体检')),
    (('12个', '老年助餐点'), ('12', '老年助餐点')),
    (('6万人次', '助餐服务'), ('6.6', '助餐服务')),
    (('350户', '特殊困难老年人家庭'), ('338', '适老化改造')),
    (('9个', '老旧小区'), ('9', '老旧小区改造')),
    (('1650户', '居民'), ('1672户', '居民')),
    (('48公里', '农村供水管网'), ('48', '农村供水管网')),
    (('500名', '残疾人'), ('526', '残疾人基本康复')),
    (('120户', '困难残疾人家庭无障碍改造'), ('120户', '困难残疾人家庭无障碍改造')),
    (('3200人', '城镇新增就业'), ('3468', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4390', '职业技能培训')),
    (('60公里', '农村公路'), ('55', '农村公路')),
    (('500个', '公共停车泊位'), ('512', '公共停车泊位')),
    (('6个', '口袋公园'), ('6', '口袋公园')),
    (('12个', '生活污水治理村'), ('11个', '生活污水治理村')),
    (('150场', '送戏下乡'), ('163', '送戏下乡')),
    (('30个', '农家书屋'), ('30个', '农家书屋')),
    (('1300个', '普惠托位'), None),
    (('40个', '老年助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='6000', report='6001', target='first')

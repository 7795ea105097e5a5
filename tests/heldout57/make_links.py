#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 5705 plan / 5706 report).

Run inside tests/heldout57:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: the calendar's 托育服务补贴 `200元` and
旗本级财政安排 `1.5亿元` (the assessment form reports neither).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.6亿元', '计划总投资'), ('4.72亿元', '完成投资')),
    (('2.8亿元', '上级资金'), ('2.63亿元', '上级资金到位')),
    (('240个', '普惠托位'), ('252个', '普惠托位')),
    (('6个', '嘎查村（社区）托育点'), ('6个', '嘎查村（社区）托育点')),
    (('4.5个', '托位'), ('4.6个', '托位')),
    (('3所', '中小学、幼儿园'), ('3所', '学校')),
    (('1800个', '学位'), ('1850个', '学位')),
    (('10辆', '校车'), ('10辆', '校车')),
    (('1.8万名', '老年人免费健康体检'), ('1.93万名', '老年人免费体检')),
    (('4个', '乡镇（苏木）卫生院中医馆'), ('4个', '乡镇（苏木）卫生院中医馆')),
    (('15个', '老年助餐点'), ('16个', '老年助餐点')),
    (('8万人次', '助餐服务'), ('9.1万人次', '助餐')),
    (('400户', '特殊困难老年人家庭'), ('412户', '特殊困难老年人家庭适老化改造')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('2100户', '居民'), ('2164户', '居民')),
    (('260户', '农村牧区危房改造'), ('260户', '农村牧区危房改造')),
    (('600名', '残疾人'), ('631名', '残疾人')),
    (('2个', '残疾人阳光家园'), ('2个', '阳光家园')),
    (('2200人', '城镇新增就业'), ('2356人', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3240人次', '职业技能培训')),
    (('85公里', '农村牧区公路'), ('82公里', '农村牧区公路')),
    (('500个', '公共停车泊位'), ('540个', '公共停车泊位')),
    (('6个', '口袋公园'), ('6个', '口袋公园')),
    (('12公里', '乌丹镇污水管网'), ('12.6公里', '乌丹镇污水管网')),
    (('3000户', '燃气泄漏报警器'), ('3105户', '燃气泄漏报警器')),
    (('5000人次', '应急救护培训'), ('5320人次', '应急救护培训')),
    (('160场', '送戏下乡'), ('172场', '送戏下乡')),
    (('20个', '嘎查村综合文化室'), ('20个', '嘎查村综合文化室')),
    (('200元', '托育服务补贴'), None),
    (('1.5亿元', '旗本级财政安排'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='5705', report='5706', target='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 5900 plan / 5901 report).

Run inside tests/heldout59:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 5900's winter heating subsidy `1200元`
(5901 states it as the standard paid, stock), the candidate `1500户` gas alarms that the vote did not select (5901's `1526`
was done by the emergency bureau outside the list), and the candidate car park (`1处`, `300个`, no report).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.6亿元', '计划总投资'), ('4.38亿元', '完成投资')),
    (('3所', '普惠性托育机构'), ('3所', '普惠性托育机构')),
    (('180个', '普惠托位'), ('196个', '普惠托位')),
    (('6500人次', '儿童眼保健和视力检查'), ('6812人次', '儿童眼保健和视力检查')),
    (('540个', '学位'), ('540个', '学位')),
    (('6辆', '校车'), ('6辆', '校车')),
    (('24个', '嘎查村卫生室'), ('24个', '嘎查村卫生室')),
    (('1.2万人', '老年人健康体检'), ('1.31万名', '老年人健康体检')),
    (('8个', '牧区互助养老幸福院'), ('8个', '互助养老幸福院')),
    (('12个', '老年助餐点'), ('13个', '老年助餐点')),
    (('260户', '特殊困难老年人家庭'), ('271户', '困难老人')),
    (('9个', '老旧小区'), ('9', '老旧小区')),
    (('1460户', '居民'), ('1502', '居民')),
    (('85户', '农村牧区危房改造'), ('85', '农村牧区危房改造')),
    (('320名', '残疾人'), ('347名', '残疾人基本康复服务')),
    (('1800人', '城镇新增就业'), ('2046人', '城镇新增就业')),
    (('2200人次', '农牧民职业技能培训'), ('2418', '农牧民职业技能培训')),
    (('68公里', '农村牧区公路'), ('71', '农村牧区公路')),
    (('30个', '公交候车亭'), ('30个', '公交候车亭')),
    (('15个', '生活污水治理嘎查村'), ('14个', '生活污水治理嘎查村')),
    (('4个', '口袋公园'), ('4', '口袋公园')),
    (('150场', '送戏下乡'), ('163', '送戏下乡')),
    (('2万册', '农家书屋更新图书'), ('2.1', '农家书屋更新图书')),
    (('1200元', '冬季取暖补贴'), None),
    (('1500户', '燃气泄漏报警器'), None),
    (('300个', '泊位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='5900', report='5901', target='first')

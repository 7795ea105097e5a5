#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 5300 plan / 5301 report).

Run inside tests/heldout53:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 5300's `1所` kindergarten (5301 says it
was built but gives no count), and the year-end totals `430个` 托位 and `29个` meal points (5301's `436个` is a stock total,
never a result; it gives no total of meal points).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.12亿元', '计划总投资'), ('1.99亿元', '实际完成投资')),
    (('1.36亿元', '上级资金'), ('1.21亿元', '上级资金到位')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('3个', '社区托育点'), ('3个', '社区托育点')),
    (('92%', '儿童眼保健和视力检查覆盖率'), ('93.5%', '儿童眼保健和视力检查覆盖率')),
    (('270个', '学位'), ('270个', '学位')),
    (('48套', '教师周转宿舍'), ('48套', '教师周转宿舍')),
    (('15个', '村卫生室'), ('15个', '村卫生室')),
    (('4000人', '适龄妇女'), ('4126名', '适龄妇女')),
    (('8个', '老年助餐点'), ('8个', '老年助餐点')),
    (('3.6万人次', '助餐服务'), ('4.1万人次', '助餐服务')),
    (('150户', '特殊困难老年人家庭适老化改造'), ('152户', '特殊困难老年人家庭适老化改造')),
    (('5个', '老旧小区'), ('5个', '老旧小区')),
    (('860户', '居民'), ('874户', '居民')),
    (('90户', '农村危房改造'), ('86户', '农村危房改造')),
    (('350名', '残疾人'), ('361名', '残疾人')),
    (('60名', '困境儿童'), ('60名', '困境儿童')),
    (('1300人', '城镇新增就业'), ('1412人', '城镇新增就业')),
    (('2200人次', '农牧民职业技能培训'), ('2350人次', '农牧民职业技能培训')),
    (('38公里', '农村公路'), ('35公里', '农村公路')),
    (('260个', '公共停车泊位'), ('260个', '公共停车泊位')),
    (('14公里', '城镇污水管网'), ('14公里', '城镇污水管网')),
    (('1500户', '居民'), ('1530户', '居民')),
    (('90场', '送戏下乡'), ('96场', '送戏下乡')),
    (('1所', '中心幼儿园'), None),
    (('430个', '普惠托位'), None),
    (('29个', '老年助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='5300', report='5301', target='first')

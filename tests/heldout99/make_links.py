#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 9900 plan / 9901 report).

Run inside tests/heldout99:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes. A target with no result is listed with None and skipped: the plan's money cells per
supervision group (the report gives only the total), and the supervision's own make-up (`35名` deputies, `4个` groups), which
the report does not restate.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.46亿元', '计划总投资'), ('2.52亿元', '实际完成投资')),
    (('两次', '集中视察'), ('3次', '集中视察')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('3000人次', '儿童发育筛查'), ('3280人次', '发育筛查')),
    (('2所', '乡镇中心幼儿园'), ('两所', '中心幼儿园')),
    (('360个', '学位'), ('360个', '学位')),
    (('6台', '节能供暖锅炉'), ('6台', '节能锅炉')),
    (('4.2万人', '老年人免费健康体检'), ('4.36万人', '老人免费体检')),
    (('15个', '村卫生室'), ('15个', '村卫生室')),
    (('20个', '农村老年餐桌'), ('22个', '农村老年餐桌')),
    (('6万人次', '助餐服务'), ('6.7万人次', '助餐')),
    (('400户', '特殊困难老年人家庭'), ('412户', '特殊困难老年人家庭')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('2150户', '居民'), ('2188户', '居民')),
    (('12万平方米', '既有居住建筑节能改造'), ('12.6万平方米', '暖房子')),
    (('85户', '农村危房'), ('85户', '农村危房改造')),
    (('300名', '困难重度残疾人'), ('316名', '残疾人居家托养服务')),
    (('6000元', '农村低保标准'), ('6000元', '农村低保标准')),
    (('3200人', '城镇新增就业'), ('3516人', '城镇新增就业')),
    (('2500人次', '农民工职业技能培训'), ('2730人次', '农民工技能培训')),
    (('48公里', '农村公路'), ('45公里', '农村公路')),
    (('300个', '公共停车泊位'), ('320个', '公共停车泊位')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('3000户', '燃气泄漏报警器'), ('3105户', '燃气泄漏报警器')),
    (('160场', '送戏下乡'), ('172场', '送戏下乡')),
    (('35名', '县人大代表'), None),
    (('4个', '监督组'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='9900', report='9901', target='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 10000 plan / 10001 report).

Run inside tests/heldout100:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes. A target with no result is listed with None and skipped: 10000's year-end total
`720个` 托位 and its `5.2个` per 千人口 (10001 gives 726 and 5.3 as stock totals at year end, and a stock is never a
result), and three targets the report does not report on (孕前检查, the 板桥—土桥 road section, 农家书屋 books).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('120个', '普惠托位'), ('120个', '托位')),
    (('360个', '学位'), ('360个', '学位')),
    (('4个', '社区老年食堂'), ('4个', '社区老年食堂')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('1460户', '居民'), ('1460户', '居民')),
    (('6部', '既有住宅加装电梯'), ('4部', '既有住宅加装电梯')),
    (('500个', '城区公共停车位'), ('460个', '城区公共停车位')),
    (('3个', '口袋公园'), ('3', '口袋公园')),
    (('3000户', '燃气泄漏报警器安装'), ('3120', '燃气泄漏报警器安装')),
    (('6所', '农村学校清洁供暖改造'), ('6所', '农村学校')),
    (('4.6公里', '黑河蓼泉段河道综合治理'), ('4.6', '黑河蓼泉段河道综合治理')),
    (('5个', '农村互助老人幸福院'), ('5个', '互助老人幸福院')),
    (('2个', '乡村大舞台'), ('2个', '乡村大舞台')),
    (('240个', '普惠托位'), ('246个', '普惠托位')),
    (('1.2万人', '老年人免费健康体检'), ('1.26万人', '老年人免费健康体检')),
    (('4500人', '农村适龄妇女两癌筛查'), ('4713人', '农村适龄妇女两癌筛查')),
    (('350户', '特殊困难老年人家庭'), ('362户', '特殊困难老年人家庭')),
    (('1200座', '农村户厕改造'), ('1236座', '农村户厕改造')),
    (('130名', '残疾儿童'), ('138', '残疾儿童康复救助')),
    (('860元', '城乡低保标准'), ('860元', '城乡低保标准')),
    (('2300人', '城镇新增就业'), ('2412', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4380', '职业技能培训')),
    (('68公里', '农村公路新改建'), ('68', '农村公路新改建')),
    (('150场', '送戏下乡'), ('162', '送戏下乡')),
    (('3.86亿元', '计划总投资'), ('3.72亿元', '完成投资')),
    # no result a link may take: the report's totals are stock, or the plan states only parts, or the report leaves it out
    (('720个', '普惠托位'), None),
    (('5.2个', '托位'), None),
    (('1800对', '免费孕前优生健康检查'), None),
    (('18公里', '农村公路板桥—土桥段'), None),
    (('1.5万册', '农家书屋补充图书'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='10000', report='10001', target='first')

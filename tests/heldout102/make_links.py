#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 10200 plan / 10201 report).

Run inside tests/heldout102:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: the report answers those only in words
(`县级零工市场于5月开市`, `新开城乡公交线路全部通车`, `城市书房建设均按期完成`, `计划新建的农村互助幸福院全部建成`,
`新建的标准化村卫生室全部通过验收`, `全年教师招聘计划全部完成`, ...) or not at all, restates the list counts as targets
(`10件`, `28个`), or gives a total instead of the standard (`高龄津贴2604万元` for `每人每月…100元`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('360个', '普惠托位'), ('386个', '普惠托位')),
    (('2600名', '婴幼儿'), ('2714名', '婴幼儿')),
    (('2160个', '学位'), ('2160个', '学位')),
    (('1.8万名', '农村义务教育学生'), ('1.92万名', '课后服务覆盖学生')),
    (('6.5万名', '65岁以上老年人'), ('6.73万名', '65岁以上老年人')),
    (('1.8万名', '适龄妇女'), ('1.86万人', '两癌筛查')),
    (('12个', '老年助餐点'), ('13个', '老年助餐点')),
    (('20万人次', '助餐服务'), ('23.4万人次', '助餐服务')),
    (('400户', '特殊困难老年人家庭'), ('412户', '特殊困难老年人家庭')),
    (('2300户', '居民'), ('2416户', '居民')),
    (('14部', '加装电梯'), ('11部', '加装电梯完工投用')),
    (('3000户', '农村户厕改造'), ('3128户', '农村户厕改造')),
    (('820元', '城乡低保标准'), ('820元', '城乡低保标准')),
    (('500名', '残疾人'), ('537名', '残疾人')),
    (('5000人', '城镇新增就业'), ('5412', '城镇新增就业')),
    (('8000人次', '职业技能培训'), ('8635', '职业技能培训')),
    (('65公里', '农村公路'), ('61.5', '农村公路')),
    (('800个', '公共停车泊位'), ('846', '公共停车泊位')),
    (('6个', '口袋公园'), ('7', '口袋公园')),
    (('1.2万户', '独居老人和低保家庭'), ('12260', '燃气泄漏报警器')),
    (('200场', '送戏下乡'), ('214', '送戏下乡')),
    (('6.84亿元', '计划总投资'), ('6.91亿元', '完成投资')),
    (('3.1亿元', '上级资金'), ('2.96亿元', '上级资金')),
    (('95%', '群众满意度'), ('94.8%', '群众满意度')),
    (('10件', '民生实事'), None),
    (('28个', '子项'), None),
    (('2.37亿元', '县级财政'), None),
    (('1处', '县普惠托育服务中心'), None),
    (('3.5个', '托位'), None),
    (('3所', '中小学'), None),
    (('120名', '教师'), None),
    (('60名', '农村特岗教师'), None),
    (('85%', '课后服务参与率'), None),
    (('9个', '标准化村卫生室'), None),
    (('15个', '农村互助幸福院'), None),
    (('100元', '高龄津贴'), None),
    (('9个', '老旧小区'), None),
    (('六十户', '农村危房'), None),
    (('2个', '残疾人托养阳光家园'), None),
    (('1个', '县级零工市场'), None),
    (('4条', '城乡公交线路'), None),
    (('12公里', '滏阳河宁晋段生态治理'), None),
    (('5000人次', '应急救护培训'), None),
    (('3个', '城市书房'), None),
    (('30名', '民生实事监督员'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='10200', report='10201', target='first')

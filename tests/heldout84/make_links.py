#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 8400 plan / 8401 report).

Run inside tests/heldout84:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: the plan's 编制床位 `450张` (the report
gives only the 150 new beds to open in 2029, a target of 2029), its `3.1个` 托位 per 千人口, 教师 `35名`, 残疾人之家 `三个`, the two
低保 standards, 候车亭 `20个`, 水土流失 `12平方公里`, 口袋公园 `4个`, 送戏下乡 `120场`, 图书 `1.2万册`, 报警器 `1500户` and
避难场所 `两处` (the report says these were done or exceeded without a figure).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.36亿元', '计划总投资'), ('4.52亿元', '实际完成投资')),
    (('2家', '普惠性托育机构'), ('两家', '普惠托育机构')),
    (('180个', '托位'), ('192个', '托位')),
    (('2400名', '婴幼儿'), ('2516名', '婴幼儿')),
    (('720个', '学位'), ('720个', '学位')),
    (('8所', '农村寄宿制学校'), ('8所', '寄宿制学校')),
    (('560张', '学生床位'), ('580张', '学生床位')),
    (('22个', '村卫生室'), ('22个', '村卫生室')),
    (('1.3万人', '老年人健康体检'), ('13420人', '老年人健康体检')),
    (('6000人', '两癌筛查'), ('6215人', '两癌筛查')),
    (('15个', '老年助餐点'), ('16个', '老年助餐点')),
    (('8万人次', '助餐服务'), ('9.4万人次', '助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('306户', '困难老人家庭')),
    (('55%', '护理型床位占比'), ('57%', '护理型床位占比')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('1460户', '居民'), ('1482户', '居民')),
    (('4部', '加装电梯'), ('3部', '加装电梯')),
    (('210户', '农村危房改造和农房抗震改造'), ('214户', '农村危房和抗震改造')),
    (('48公里', '农村供水管网'), ('51公里', '供水管网')),
    (('95%', '农村自来水普及率'), ('95.3%', '农村自来水普及率')),
    (('420名', '残疾人'), ('436名', '残疾人')),
    (('1800人', '城镇新增就业'), ('2031人', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3460人次', '职业技能培训')),
    (('6家', '社区工厂'), ('7家', '社区工厂')),
    (('500人', '搬迁群众就近就业'), ('612名', '搬迁群众')),
    (('60公里', '通村组道路'), ('63公里', '通村组道路')),
    (('450张', '编制床位'), None),
    (('3.1个', '托位'), None),
    (('35名', '音体美教师'), None),
    (('三个', '残疾人之家'), None),
    (('680元', '城乡低保标准'), None),
    (('5400元', '城乡低保标准'), None),
    (('20个', '农村客运候车亭'), None),
    (('12平方公里', '水土流失面积'), None),
    (('4个', '口袋公园'), None),
    (('120场', '送戏下乡'), None),
    (('1.2万册', '农家书屋图书'), None),
    (('1500户', '燃气泄漏报警器'), None),
    (('两处', '应急避难场所'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='8400', report='8401', target='first')

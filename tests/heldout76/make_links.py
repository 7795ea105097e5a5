#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 7600 plan / 7601 report).

Run inside tests/heldout76:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes, and a result may be named by its first mention (`result='first'`: the
audit's table cell `520` is repeated in its findings, the link takes the table cell). A target with no result is
listed with None and skipped: the kindergarten `1所` (the working paper counts only its places), the culture centres
`15个` (no row in the audit's table) and the count of cards `11张` (a count of the list, restated as a target).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1.26亿元', '计划总投资'), ('1.19亿元', '实际完成投资')),
    (('7800万元', '上级资金'), ('7350万元', '上级资金到位')),
    (('180个', '普惠托位'), ('186', '普惠托位')),
    (('3000人次', '婴幼儿发育筛查'), ('3240', '婴幼儿发育筛查')),
    (('360个', '学位'), ('360', '幼儿园学位')),
    (('14座', '农村学校旱厕'), ('14', '农村学校旱厕改造')),
    (('20个', '村卫生室'), ('20', '村卫生室改造提升')),
    (('2.2万人', '老年人免费健康体检'), ('2.31', '老年人免费健康体检')),
    (('12个', '村级老年饭桌'), ('13', '村级老年饭桌')),
    (('6万人次', '助餐服务'), ('6.4', '助餐服务')),
    (('260户', '特殊困难老年人家庭'), ('265', '适老化改造')),
    (('6个', '老旧小区'), ('6', '老旧小区改造')),
    (('1150户', '居民'), ('1162', '居民')),
    (('10部', '既有住宅加装电梯'), ('7', '加装电梯')),
    (('500名', '残疾人'), ('512', '残疾人基本康复服务')),
    (('720元', '城乡低保标准'), ('720元', '城乡低保标准')),
    (('2300人', '城镇新增就业'), ('2516', '城镇新增就业')),
    (('3500人次', '职业技能培训'), ('3610', '职业技能培训')),
    (('60公里', '农村公路'), ('55', '农村公路')),
    (('500个', '公共停车泊位'), ('520', '公共停车泊位')),
    (('4个', '口袋公园'), ('4', '口袋公园')),
    (('8个', '农村生活污水治理行政村'), ('8', '污水治理新覆盖行政村')),
    (('1800户', '燃气泄漏报警器'), ('1835', '燃气泄漏报警器')),
    (('150场', '送戏下乡'), ('162', '送戏下乡')),
    (('1所', '幼儿园'), None),
    (('15个', '村级综合文化服务中心'), None),
    (('11张', '责任卡'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='7600', report='7601', target='first', result='first')

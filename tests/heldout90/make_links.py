#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 9000 plan / 9001 report).

Run inside tests/heldout90:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 9000's `1所` 普惠性托育中心
(the report says it opened in September, with no figure), the year-end total `430个` 托位 (the report's `436个` is a stock
total, never a result) and the per-home minimum `20张` 护理型床位 (the report's table gives the total over the three homes).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.86亿元', '计划总投资'), ('2.71亿元', '完成投资')),
    (('1.55亿元', '上级补助资金'), ('1.49亿元', '上级补助资金到位')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('4800人次', '婴幼儿生长发育监测'), ('5130人次', '婴幼儿生长发育监测')),
    (('1350个', '公办学位'), ('1350个', '公办学位')),
    (('600张', '学生宿舍床位'), ('600张', '宿舍床位')),
    (('48套', '乡村教师周转房'), ('48套', '乡村教师周转房')),
    (('22个', '村卫生室'), ('22个', '村卫生室')),
    (('1.9万人', '老年人免费健康体检'), ('2.04万人', '老年人健康体检')),
    (('2辆', '救护车'), ('2', '新购救护车')),
    (('3所', '乡镇敬老院'), ('3所', '乡镇敬老院')),
    (('8个', '长者饭堂'), ('9个', '长者饭堂')),
    (('260户', '特殊困难老年人家庭'), ('271户', '适老化改造')),
    (('150户', '农村危房改造'), ('143户', '农村危房改造')),
    (('5个', '城镇老旧小区'), ('5个', '老旧小区')),
    (('860户', '居民'), ('874户', '居民')),
    (('14处', '农村集中供水工程'), ('14处', '农村集中供水工程')),
    (('1.2万人', '受益群众'), ('1.26万人', '受益群众')),
    (('1800人', '城镇新增就业'), ('2036人', '城镇新增就业')),
    (('2500人次', '农村劳动力转移就业培训'), ('2760人次', '转移就业培训')),
    (('68公里', '屯级道路'), ('71.5公里', '屯级道路硬化')),
    (('41个', '自然屯'), ('43', '屯级道路连通自然屯')),
    (('350名', '残疾人'), ('362名', '残疾人')),
    (('14个', '村级微型消防站'), ('14个', '村级微型消防站')),
    (('100场', '送戏下乡'), ('112场', '送戏下乡')),
    (('6场', '铜鼓山歌文化展演活动'), ('8', '铜鼓山歌文化展演')),
    (('1200份', '满意度测评样本量'), ('1260份', '有效问卷')),
    (('1所', '普惠性托育中心'), None),
    (('430个', '托位'), None),
    (('20张', '护理型床位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='9000', report='9001', target='first')

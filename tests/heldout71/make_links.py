#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 7100 plan / 7101 report).

Run inside tests/heldout71:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: the 5 lifts put into 2025's plan,
the 12 km river-side stretch inside the 80 km of rural roads, the county's own funds and the per-household and per-child
subsidy caps (the chat reports none of them). A result stated twice (`76公里`, restated in the chat) links to its first mention.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.6亿元', '计划总投资'), ('4.38亿元', '完成投资')),
    (('180个', '普惠托位'), ('192个', '普惠托位')),
    (('3个', '社区嵌入式托育点'), ('3个', '嵌入式托育点')),
    (('3000人次', '婴幼儿发育筛查'), ('3214人次', '婴幼儿发育筛查')),
    (('12所', '农村互助幸福院'), ('12所', '互助幸福院')),
    (('15个', '老年助餐点'), ('15个', '老年助餐点')),
    (('6万人次', '助餐服务'), ('6.4万人次', '助餐')),
    (('400户', '特殊困难老年人家庭'), ('412户', '适老化改造')),
    (('360个', '学位'), ('360个', '学位')),
    (('8所', '农村学校食堂'), ('8所', '农村学校食堂')),
    (('60名', '中小学教师'), ('58名', '教师')),
    (('20个', '村卫生室'), ('20个', '村卫生室')),
    (('2.5万人', '老年人免费健康体检'), ('2.61万人', '老人体检')),
    (('8000人', '适龄妇女两癌筛查'), ('8120人', '两癌筛查')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('2300户', '居民'), ('2316户', '居民')),
    (('10部', '加装电梯'), ('8部', '加装电梯')),
    (('150户', '农村危房改造'), ('150户', '农村危房改造')),
    (('3000', '城镇新增就业'), ('3285人', '城镇新增就业')),
    (('4000', '职业技能培训'), ('4376人次', '职业技能培训')),
    (('80', '农村公路'), ('76公里', '农村公路')),
    (('500', '公共停车泊位'), ('532个', '公共停车泊位')),
    (('4', '口袋公园'), ('4个', '口袋公园')),
    (('25', '燃气老旧管道'), ('25公里', '燃气老旧管道')),
    (('150', '送戏下乡'), ('168场', '送戏下乡')),
    (('2', '城市书房'), ('2个', '城市书房')),
    (('70%', '老旧管道改造率'), ('70%', '老旧管道改造率')),
    (('760元', '城乡低保标准'), ('760元', '城乡低保标准')),
    (('580元', '城乡低保标准'), ('580元', '城乡低保标准')),
    (('300名', '残疾儿童'), ('318名', '残疾儿童基本康复服务')),
    (('28个', '子项'), ('26个', '子项')),
    (('5部', '加装电梯'), None),
    (('12公里', '鸭绿江沿江路段'), None),
    (('1.35亿元', '县本级财政'), None),
    (('6000元', '适老化改造补助'), None),
    (('1.8万元', '残疾儿童康复补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='7100', report='7101', target='first', result='first')

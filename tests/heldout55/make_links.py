#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 5500 plan / 5501 report).

Run inside tests/heldout55:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 5500's year-end total `330个` 托位
(5501's `336个` is a stock total), the `20个` charging posts and the first-aid training (no figure in the report).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('120个', '普惠托位'), ('126', '普惠托位')),
    (('3600人次', '儿童眼保健和视力筛查'), ('3712', '儿童眼保健和视力筛查')),
    (('1栋', '寄宿制学校学生宿舍'), ('1', '寄宿制学校学生宿舍')),
    (('450个', '学位'), ('450', '学位')),
    (('1200名', '农牧区寄宿生'), ('1236', '寄宿生冬季取暖补助')),
    (('15个', '标准化村卫生室'), ('15', '标准化村卫生室')),
    (('8500人', '老年人免费健康体检'), ('8842', '老年人免费健康体检')),
    (('6个', '村级互助幸福院'), ('6', '村级互助幸福院')),
    (('4个', '老年助餐点'), ('5', '老年助餐点')),
    (('3万人次', '助餐'), ('3.4万人次', '助餐')),
    (('5个', '老旧小区'), ('5', '老旧小区')),
    (('860户', '居民'), ('872户', '居民')),
    (('210户', '农牧民危旧房改造'), ('204', '农牧民危旧房改造')),
    (('12公里', '城镇供热管网'), ('12.4', '供热管网')),
    (('320名', '残疾人'), ('347', '残疾人基本康复服务')),
    (('300万元', '困难群众临时救助资金'), ('312万元', '临时救助资金')),
    (('1100人', '城镇新增就业'), ('1268', '城镇新增就业')),
    (('2000人次', '农牧民职业技能培训'), ('2215', '职业技能培训')),
    (('68公里', '农村公路'), ('61', '农村公路')),
    (('260个', '公共停车泊位'), ('274', '公共停车泊位')),
    (('1500亩', '植树造林'), ('1520', '植树造林')),
    (('3座', '乡镇污水处理设施'), ('2座', '乡镇污水处理设施')),
    (('90场', '送文化下乡演出'), ('96', '送文化下乡演出')),
    (('1800户', '居民'), ('1800', '燃气泄漏报警器')),
    (('2.46亿元', '计划总投资'), ('2.39亿元', '完成投资')),
    (('1.62亿元', '中央和省级资金'), ('1.58亿元', '上级资金到位')),
    (('330个', '托位'), None),
    (('20个', '充电桩'), None),
    (('40场', '群众性应急救护培训'), None),
    (('2000人次', '群众性应急救护培训'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='5500', report='5501', target='first')

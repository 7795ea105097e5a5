#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 11100 plan / 11101 report).

Run inside tests/heldout111:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A side may match more than one record and takes the first (`target='first'`, `result='first'`):
11100 names the 25 new meal points twice (the 常有颐养 paragraph, then `今年的25个是新增` in the reporting rules) and
the 300 托位 twice; 11101 repeats its housing and assistance results in the box `【专栏1】` after the paragraph that
counts them, and the link takes the paragraph's mention. A target with no result is listed with None and skipped.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9.2亿元', '计划总投资'), ('8.97亿元', '完成投资')),
    (('300个', '普惠托位'), ('318个', '普惠托位')),
    (('5000人次', '发育筛查'), ('5360人次', '发育筛查')),
    (('3所', '中小学和幼儿园'), ('3所', '中小学和幼儿园')),
    (('2700个', '学位'), ('2700个', '学位')),
    (('20名', '心理健康专职教师'), ('18名', '心理健康专职教师')),
    (('40个', '村卫生室'), ('40个', '村卫生室')),
    (('6万人', '老年人免费健康体检'), ('6.24万人', '老年人免费健康体检')),
    (('1.2万人', '两癌筛查'), ('1.18万人', '两癌筛查')),
    (('25个', '老年助餐点'), ('26个', '老年助餐点')),
    (('10万人次', '助餐服务'), ('11.3万人次', '助餐服务')),
    (('600户', '特殊困难老年人家庭'), ('612户', '特殊困难老年人家庭')),
    (('5所', '乡镇敬老院'), ('五所', '乡镇敬老院')),
    (('12个', '城镇老旧小区'), ('12个', '城镇老旧小区')),
    (('3600户', '居民'), ('3718户', '居民')),
    (('300户', '农村危房改造'), ('300户', '农村危房改造')),
    (('8万人', '农村供水工程受益群众'), ('8.3万', '农村供水工程受益群众')),
    (('1200名', '残疾人'), ('1265名', '残疾人')),
    (('650元', '城乡低保标准'), ('650元', '城乡低保标准')),
    (('5500人', '城镇新增就业'), ('5812人', '城镇新增就业')),
    (('6000人次', '职业技能培训'), ('6420人次', '职业技能培训')),
    (('120公里', '农村公路提质改造'), ('112公里', '农村公路提质改造')),
    (('800个', '公共停车泊位'), ('836个', '公共停车泊位')),
    (('4000户', '燃气泄漏报警器'), ('4126户', '燃气泄漏报警器')),
    (('200场', '送戏下乡'), ('214场', '送戏下乡')),
    (('10件', '民生实事'), None),
    (('36个', '子项'), None),
    (('3.1亿元', '县本级财政'), None),
    (('120个', '公办托育机构托位'), None),
    (('6000人', '孕产妇产前筛查'), None),
    (('1800个', '城区学位'), None),
    (('15公里', '资江干流沿岸岸线'), None),
    (('6个', '口袋公园'), None),
    (('3万册', '农家书屋图书'), None),
    (('4.5个', '婴幼儿托位'), None),
    (('100%', '开工率'), None),
    (('75%', '年度任务完成率'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='11100', report='11101', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 6100 plan / 6101 report).

Run inside tests/heldout61:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 6100's year-end total `57个`
老年助餐点 (6101 reports 57 as a stock total at year end, and a stock is never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('240个', '普惠托位'), ('256个', '普惠托位')),
    (('1处', '托育综合服务中心'), ('1处', '托育综合服务中心')),
    (('3800名', '儿童'), ('4012名', '儿童眼保健和视力检查')),
    (('1栋', '教学楼'), ('1栋', '教学楼')),
    (('1080个', '学位'), ('1080个', '学位')),
    (('12台', '学校供暖锅炉'), ('12台', '学校供暖锅炉')),
    (('2.6万人', '老年人'), ('2.71万人', '老年人免费健康体检')),
    (('30个', '嘎查村卫生室'), ('30个', '嘎查村卫生室')),
    (('16个', '老年助餐点'), ('16个', '老年助餐点')),
    (('8万人次', '助餐服务'), ('8.6万人次', '助餐服务')),
    (('14个', '老旧小区'), ('14个', '老旧小区')),
    (('2360户', '居民'), ('2412户', '居民')),
    (('220户', '农村牧区危房改造'), ('208户', '农村牧区危房改造')),
    (('480名', '残疾人'), ('503名', '残疾人')),
    (('2800人', '城镇新增就业'), ('2956人', '城镇新增就业')),
    (('3500人次', '职业技能培训'), ('3718人次', '职业技能培训')),
    (('86公里', '农村牧区公路'), ('81公里', '农村牧区公路')),
    (('3条', '公交线路'), ('3条', '公交线路')),
    (('6个', '口袋公园'), ('6个', '口袋公园')),
    (('9.5公里', '乌尔吉沐沦河河道'), ('9.5公里', '河道')),
    (('3000户', '独居老人和低保户'), ('3126户', '燃气泄漏报警器')),
    (('150场', '送戏下乡演出'), ('162场', '送戏下乡')),
    (('20个', '嘎查村文化广场'), ('20个', '嘎查村文化广场')),
    (('270个', '学位'), ('270个', '学位')),
    (('4.86亿元', '计划总投资'), ('4.52亿元', '实际完成投资')),
    (('3.1亿元', '上级资金'), ('2.86亿元', '上级资金到位')),
    (('1.2亿元', '旗本级配套'), ('1.19亿元', '旗本级配套')),
    (('90%', '群众满意度'), ('94.6%', '群众满意度')),
    (('57个', '老年助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='6100', report='6101', target='first', result='first')

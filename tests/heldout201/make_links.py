#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 20100 plan / 20101 report).

Run inside tests/heldout201:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report restates every target on its `许：` lines (target records of 20101); the links go from the
plan's records to the report's `还：` lines (achieved), taking the first match of each name. A target with no result is
listed with None and skipped: the list's counts and money the report does not answer with a figure of the same thing
(`十二支` slips, `12件`, `36个` sub-projects, `1.45亿元` county money), the school itself (`1所`: the report names it and its
opening day, no count), the meal subsidies (`5元` a pupil a day, `3元` a meal: the report counts pupils and meals served,
not the rate), the `两个` townships the bus lines reach, and the 2027 level `4.5个` per 千人口.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.2亿元', '计划总投资'), ('3.05亿元', '完成投资')),
    (('1800人', '城镇新增就业'), ('2O16人', '城镇新增就业')),
    (('1200人', '农村劳动力转移就业'), ('1287人', '农村劳动力转移就业')),
    (('2000人次', '职业技能培训'), ('2210人次', '职业技能培训')),
    (('600人次', '金湖工匠培训'), ('648人次', '金湖工匠培训')),
    (('60个', '公益性岗位'), ('62个', '公益性岗位')),
    (('90个', '普惠托位'), ('96个', '普惠托位')),
    (('2个', '社区托育点'), ('两个', '社区托育点')),
    (('1100对', '孕前优生健康检查'), ('1135对', '孕前优生健康检查')),
    (('540个', '学位'), ('540个', '学位')),
    (('45名', '中小学教师'), ('41名', '教师')),
    (('12个', '村卫生所'), ('12个', '村卫生所改造提升')),
    (('6000人', '宫颈癌和乳腺癌免费筛查'), ('6217人', '两癌免费筛查')),
    (('8张', '重症监护床位'), ('8张', '重症监护床位')),
    (('6个', '长者食堂'), ('6个', '长者食堂')),
    (('150户', '特殊困难老年人家庭'), ('153户', '特殊困难老年人家庭适老化改造')),
    (('120元', '高龄补贴标准'), ('120元', '高龄补贴')),
    (('80户', '农村低收入群体危房改造'), ('82户', '农村低收入群体危房改造')),
    (('3个', '老旧小区'), ('3个', '老旧小区改造完工')),
    (('620户', '居民'), ('634户', '居民')),
    (('10座', '农村公厕'), ('10座', '农村公厕')),
    (('850元', '城乡低保标准'), ('850元', '城乡低保标准')),
    (('300名', '残疾人'), ('318名', '残疾人')),
    (('3个', '困境儿童之家'), ('3个', '困境儿童之家')),
    (('35公里', '农村公路提级改造'), ('37.6公里', '农村公路提级改造')),
    (('400个', '公共停车泊位'), ('412个', '公共停车泊位')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('18个', '建制村'), ('18个', '建制村')),
    (('20个', '生活污水治理自然村'), ('20个', '生活污水治理自然村')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('12公里', '金溪河道清淤'), ('12.5公里', '金溪河道清淤')),
    (('1500户', '燃气泄漏报警器安装户'), ('1532户', '燃气泄漏报警器安装户')),
    (('120块', '防溺水警示牌'), ('126块', '防溺水警示牌')),
    (('200个', '救生圈'), ('200个', '救生圈')),
    (('8个', '微型消防站'), ('6个', '微型消防站')),
    (('100场', '送梅林戏下乡'), ('108场', '送梅林戏下乡')),
    (('15个', '农家书屋'), ('15个', '农家书屋')),
    (('32支', '乡村篮球赛参赛队伍'), ('36支', '乡村篮球赛参赛队伍')),
    (('十二支', '灵签'), None),
    (('12件', '实事'), None),
    (('十二件', '实事'), None),
    (('36个', '子项目'), None),
    (('1.45亿元', '县级财政资金'), None),
    (('1所', '小学'), None),
    (('5元', '农村寄宿生营养午餐补助'), None),
    (('3元', '就餐补助'), None),
    (('两个', '乡镇'), None),
    (('4.5个', '3岁以下婴幼儿托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='20100', report='20101', target='first', result='first')

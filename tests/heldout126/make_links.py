#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 12600 plan / 12601 report).

Run inside tests/heldout126:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (a query platform's export, one card per sub-project) restates every target of the plan
(target records of 12601) beside its result: the links go from the plan's records to the report's achieved records,
which the default stance filter picks. The list's investment (`约9.6亿元`) is answered by the export's summary line
(`完成投资9.43亿元`). A target with no result is listed with None and skipped: the result split into two parts with no
total (`1.6万人` 两癌筛查 → `宫颈癌筛查1.63万人`, `乳腺癌筛查1.61万人`), the targets the report says were done without a
figure (`100%` 课后服务覆盖率, `300个` 特色社团, `26座` 危桥, `8个` 口袋公园, `40个` 微型消防站, `30个` 农家书屋), the
list's own counts and money with no counterpart (`11件`, `30项`, `4.2亿元` 县级财政, the thirty `计划投资` cells and
their `96190`), and the 2030 托位 level (`4.5个` per 千人口).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9.6亿元', '计划总投资'), ('9.43亿元', '完成投资')),
    (('400个', '普惠性托位'), ('436个', '普惠性托位')),
    (('6个', '社区嵌入式托育点'), ('6个', '社区嵌入式托育点')),
    (('1.2万人次', '发育筛查'), ('13274人次', '发育筛查')),
    (('5所', '中小学、幼儿园'), ('5所', '学校竣工交付')),
    (('2700个', '学位'), ('2850个', '学位')),
    (('22个', '村卫生室'), ('22个', '村卫生室')),
    (('35条', '全民健身路径'), ('37条', '全民健身路径')),
    (('4片', '多功能运动场'), ('4片', '多功能运动场')),
    (('15个', '老年助餐点'), ('16个', '老年助餐点')),
    (('20万人次', '助餐服务'), ('21.8万人次', '助餐')),
    (('320户', '特殊困难老年人家庭'), ('327户', '适老化改造')),
    (('260张', '护理型床位'), ('212张', '护理型床位')),
    (('65%', '养老机构护理型床位占比'), ('63.4%', '养老机构护理型床位占比')),
    (('11个', '老旧小区'), ('11个', '老旧小区')),
    (('2860户', '居民'), ('2912户', '居民')),
    (('30部', '加装电梯'), ('27部', '加装电梯完工投用')),
    (('1500户', '农房改善'), ('1536户', '农房改善')),
    (('700名', '残疾人'), ('738名', '残疾人')),
    (('870元', '城乡低保标准'), ('870元', '城乡低保标准')),
    (('20家', '公益性社会组织'), ('23家', '公益性社会组织')),
    (('40个', '公益创投项目'), ('40个', '公益创投项目')),
    (('7500人', '城镇新增就业'), ('8126人', '城镇新增就业')),
    (('400个', '公益性岗位'), ('400个', '公益性岗位')),
    (('5000人次', '职业技能培训'), ('5312人次', '职业技能培训')),
    (('80公里', '农村公路提档升级'), ('62公里', '农村公路提档升级')),
    (('1200个', '公共停车泊位'), ('1286个', '公共停车泊位')),
    (('60个', '生活污水治理自然村'), ('60个', '生活污水治理自然村')),
    (('120公里', '农村河道'), ('126.5公里', '农村河道')),
    (('5000户', '老旧小区居民'), ('5138户', '居民')),
    (('1万人次', '应急救护普及培训'), ('10463人次', '应急救护普及培训')),
    (('1200人', '取得救护员证书'), ('1246人', '取得救护员证书')),
    (('200场', '送戏下乡'), ('217场', '送戏下乡')),
    (('2800场', '农村公益电影'), ('2865场', '农村公益电影')),
    (('1.6万人', '宫颈癌、乳腺癌筛查'), None),
    (('100%', '义务教育学校课后服务覆盖率'), None),
    (('300个', '特色社团'), None),
    (('26座', '农村危桥'), None),
    (('8个', '口袋公园'), None),
    (('40个', '村级微型消防站'), None),
    (('30个', '农家书屋'), None),
    (('11件', '民生实事'), None),
    (('30项', '民生实事'), None),
    (('4.2亿元', '县级财政'), None),
    (('4.5个', '3岁以下婴幼儿托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='12600', report='12601')

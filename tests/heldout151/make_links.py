#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 15100 plan / 15101 report).

Run inside tests/heldout151:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Every side names exactly one record (the default: the plan's targets, the report's achieved records;
the report's table restates fourteen targets and its lead the list's counts and money, which are target records of
15101 and link to nothing). The results stand in the report's Markdown table (services), in its prose (高龄津贴, 农家书屋,
清淤, the three unfinished works) and in its asset-handover box table (the works: the quantity cells, and the 托位 in
the name cell of row 1; the location cell `8所中小学` answers the plan's `8所`). A target with no result is listed with
None and skipped: the list's counts (`10件`, `30个`, `30项`, the 颐养 paragraph's `四件`), its money and rates with no
counterpart (`1720万元`, `800元` per 月, `3元` per 餐, `4000元` per 户, `600元` per 户), sizes (`1200平方米`,
`3800平方米`), the 2027 goal `4.5个` per 千人口, and `1个` 普惠托育点, which the asset list counts as `1` 处 (another
unit: not linked).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3860万元', '计划总投资'), ('3712万元', '完成投资')),
    (('2140万元', '上级资金'), ('2086万元', '上级资金')),
    (('30个', '托位'), ('30个', '托位')),
    (('600人次', '入户科学育儿指导'), ('648', '入户科学育儿指导')),
    (('260对', '计划怀孕夫妇'), ('271', '免费孕前优生健康检查')),
    (('1座', '风雨操场'), ('1', '风雨操场')),
    (('8所', '中小学'), ('8所', '中小学')),
    (('420套', '教室护眼灯具'), ('420', '教室护眼灯具')),
    (('3200人', '老年人免费健康体检'), ('3386', '老年人免费健康体检')),
    (('4个', '村卫生室'), ('4', '村卫生室')),
    (('3.5公里', '健身步道'), ('3.6', '健身步道')),
    (('1500名', '适龄妇女'), ('1522', '适龄妇女两癌筛查')),
    (('2个', '老年饭桌'), ('2', '老年饭桌')),
    (('2.4万人次', '助餐服务'), ('2.61', '老年饭桌助餐服务')),
    (('80户', '特殊困难老年人家庭'), ('80', '特殊困难老年人家庭适老化改造')),
    (('500户', '燃气泄漏报警器'), ('512', '燃气泄漏报警器')),
    (('120元', '高龄津贴标准'), ('120元', '高龄津贴标准')),
    (('612人', '老人'), ('632人', '老人')),
    (('2个', '老旧小区'), ('2个', '老旧小区')),
    (('436户', '住户'), ('436户', '住户')),
    (('12户', '农村危房改造'), ('10户', '农村危房改造')),
    (('300座', '农村户厕'), ('286座', '农村户厕')),
    (('5.6公里', '自来水老旧管网'), ('5.8', '自来水管网')),
    (('40名', '重度残疾人'), ('42', '重度残疾人居家托养')),
    (('520户', '困难家庭'), ('536', '困难家庭冬季取暖补贴')),
    (('320人', '城镇新增就业'), ('347', '城镇新增就业')),
    (('600人次', '职业技能培训'), ('655', '职业技能培训')),
    (('45个', '乡村公益性岗位'), ('45', '乡村公益性岗位')),
    (('8.2公里', '村组道路'), ('8.4', '村组道路')),
    (('260盏', '太阳能路灯'), ('262', '太阳能路灯')),
    (('120个', '公共停车位'), ('126', '公共停车位')),
    (('14公里', '清淤沟渠'), ('14.6公里', '沟渠清淤')),
    (('2个', '口袋公园'), ('2', '口袋公园')),
    (('40场', '送戏下乡'), ('42', '送戏下乡')),
    (('200场', '公益电影放映'), ('216', '公益电影放映')),
    (('14个', '农家书屋'), ('14个', '农家书屋')),
    (('5000册', '图书'), ('5000册', '图书')),
    (('10件', '为民办实事项目'), None),
    (('30个', '子项目'), None),
    (('1720万元', '镇级自筹和社会投入'), None),
    (('1个', '普惠托育点'), None),
    (('800元', '托育收费'), None),
    (('1200平方米', '建筑面积'), None),
    (('四件', '常有颐养项目'), None),
    (('3元', '助餐补贴'), None),
    (('4000元', '投入'), None),
    (('600元', '冬季取暖补贴'), None),
    (('3800平方米', '占地'), None),
    (('4.5个', '托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='15100', report='15101')

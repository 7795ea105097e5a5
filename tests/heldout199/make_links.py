#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 19900 plan / 19901 report).

Run inside tests/heldout199:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator, read side by side by hand (the plan, a farm calendar by solar terms; the report, a transcribed
blackboard newspaper). Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
A target with no result is listed with None and skipped: the list's counts and money the report restates or does not
answer (`10件`, `26个`, the town's and district's shares, the `50%` mid-year share), the targets the report answers
without a figure (`4个` smart health huts: `全部建成`), the standards and capacities (`3000元` per household,
`300份` a day), and the two targets the report answers only with a standing total (`58个` neighbourhood points,
`46名` river cleaners: `全镇达到58个`, `现有46名` are stock, never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator)
LINKS = [
    (('4260万元', '计划投资'), ('4185万元', '完成投资')),
    (('40个', '托位'), ('42个', '托位')),
    (('600人次', '入户育儿指导'), ('642人次', '入户育儿指导')),
    (('1座', '风雨操场'), ('1座', '风雨操场')),
    (('1200平方米', '建筑面积'), ('1200平方米', '面积')),
    (('2个', '爱心暑托班'), ('2个', '爱心暑托班')),
    (('80名', '学生'), ('86名', '学生')),
    (('6500人', '老年人免费体检'), ('6720人', '老人免费体检')),
    (('1800人', '“两癌”筛查'), ('1836人', '“两癌”筛查')),
    (('12个', '农村睦邻点'), ('12个', '睦邻点')),
    (('150户', '独居老人家庭适老化改造'), ('156户', '独居老人家庭适老化改造')),
    (('3个', '老年助餐服务点'), ('3个', '助餐点')),
    (('1400户', '农村生活污水设施提标改造'), ('1400户', '农村生活污水设施提标改造')),
    (('300户', '四好庭院'), ('312户', '四好庭院')),
    (('12户', '农村低收入户危旧房改造'), ('12户', '危旧房改造')),
    (('18户', '农房翻建'), ('18户', '农房')),
    (('120个', '乡村公益性岗位'), ('126个', '乡村公益性岗位')),
    (('2000人次', '农技培训'), ('2135人次', '柑橘修剪、稻米种植培训')),
    (('60人', '长期失业青年'), ('63人', '长期失业青年')),
    (('1580元', '低保标准'), ('1580元', '低保标准')),
    (('45户', '残疾人家庭'), ('45户', '残疾人家庭')),
    (('2个', '村级儿童之家'), ('2个', '村级儿童之家')),
    (('8.5公里', '农村公路提档改造'), ('8.2公里', '农村公路提档改造')),
    (('2.6公里', '农村公路提档改造'), ('2.6公里', '农村公路')),
    (('1条', '城乡公交线路'), ('1条', '公交新线')),
    (('180盏', '村内道路路灯'), ('186盏', '村道路灯')),
    (('31条', '村级宅沟河道'), ('31条', '宅沟河道')),
    (('26公里', '村级宅沟河道长度'), ('26.4公里', '宅沟河道长度')),
    (('2个', '口袋公园'), ('2个', '口袋公园')),
    (('160亩', '补植林带'), ('162亩', '补植林带')),
    (('1次', '代表视察'), ('2次', '人大代表视察')),
    (('1200户', '烟感报警器'), ('1260户', '烟感报警器')),
    (('10场', '防汛防台应急演练'), ('12场', '防汛防台演练')),
    (('260户', '燃气软管（瓶改管）'), ('260户', '瓶改管')),
    (('40场', '崇明山歌、扁担戏进村演出'), ('43场', '崇明山歌、扁担戏进村演出')),
    (('5个', '百姓健身苑点'), ('5个', '百姓健身苑点')),
    (('3000册', '农家书屋图书'), ('3120册', '农家书屋新书')),
    (('800吨', '柑橘销售'), ('920吨', '柑橘销售')),
    (('26个', '子项目'), None),
    (('2980万元', '镇级财政'), None),
    (('1280万元', '区级补助'), None),
    (('4个', '村卫生室智慧健康小屋'), None),
    (('58个', '农村睦邻点'), None),
    (('46名', '河道保洁员'), None),
    (('3000元', '适老化改造补贴标准'), None),
    (('300份', '供餐能力'), None),
    (('50%', '完成投资'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='19900', report='19901', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 22800 plan / 22801 report).

Run inside tests/heldout228:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator, read side by side by hand. The report restates the
list's `12件` and `3860万元` (target records of 22801): the links go from the plan's records; the
plan's total investment is answered by the report's `完成投资`. A target with no result is listed
with None and skipped: the list's own counts and the town's own share (`12件`, `910万元`), last
year's `11件`, and the targets the report says were done without a figure (`11个` villages and
`26套` dust-storm loudspeakers `已全部安装`, the `1个` culture square `建成`, the `1500元` monthly
post subsidy `按月足额发放`).
"""
import runpy
from pathlib import Path

LINKS = [
    (('3860万元', '计划总投资'), ('3712万元', '完成投资')),
    (('2950万元', '区级以上资金'), ('2950万元', '区级以上资金')),
    (('1处', '托育室'), ('1处', '托育室')),
    (('30个', '普惠托位'), ('30个', '普惠托位')),
    (('600人次', '婴幼儿发育筛查'), ('642人次', '婴幼儿发育筛查')),
    (('1座', '风雨操场'), ('1座', '风雨操场')),
    (('1200平方米', '风雨操场面积'), ('1236\n平方米', '风雨操场面积')),
    (('4个', '村小教学点'), ('4个', '教学点')),
    (('300人次', '沙乡夜校培训'), ('341人次', '沙乡夜校培训')),
    (('5个', '村卫生室标准化改造'), ('5个', '村卫生室标准化改造')),
    (('2100人', '老年人免费健康体检'), ('2288人', '老年人免费健康体检')),
    (('75%', '家庭医生重点人群签约率'), ('77.4%', '家庭医生重点人群签约率')),
    (('2个', '农村老饭桌'), ('2个', '农村老饭桌')),
    (('3.6万人次', '助餐'), ('3.81万人次', '助餐')),
    (('200户', '特殊困难老年人家庭'), ('196户', '特殊困难老年人家庭适老化改造')),
    (('120元', '高龄津贴'), ('120元', '高龄津贴')),
    (('35户', '农村危房'), ('33户', '农村危房')),
    (('12公里', '老旧供水管网'), ('12.6公里', '供水管网')),
    (('400座', '农村户厕'), ('412座', '户厕改造')),
    (('60名', '残疾人康复服务'), ('63名', '残疾人康复服务')),
    (('150户次', '临时救助'), ('168户次', '临时救助')),
    (('6200元', '农村低保标准'), ('6200元', '低保标准')),
    (('3200人', '劳务输出'), ('3417人', '劳务输出')),
    (('800人次', '技能培训'), ('865人次', '技能培训')),
    (('120个', '沙漠管护公益性岗位'), ('120个', '沙漠管护公益性岗位')),
    (('18公里', '通村道路'), ('16.5公里', '通村道路硬化')),
    (('2条', '农村客运班线'), ('2条', '班线')),
    (('5000亩', '草方格压沙'), ('5300亩', '草方格压沙')),
    (('30万株', '灌木'), ('31.2万株', '灌木')),
    (('800吨', '清运垃圾'), ('960吨', '清运垃圾')),
    (('3个', '应急救援点'), ('3个', '应急救援点')),
    (('40场', '送戏下乡'), ('46场', '送戏下乡')),
    (('8个', '农家书屋'), ('8个', '农家书屋')),
    (('2万亩', '压砂硒砂瓜'), ('2.3万亩', '硒砂瓜种植')),
    (('15户', '养驼户'), ('17户', '养驼户')),
    (('25万人次', '沙漠旅游接待游客'), ('26.8万人次', '沙漠旅游接待游客')),
    (('12件', '实事'), None),
    (('910万元', '镇自筹'), None),
    (('11个', '村'), None),
    (('26套', '沙尘暴预警广播'), None),
    (('1个', '驼铃文化广场'), None),
    (('1500元', '公益性岗位补贴'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='22800', report='22801', target='first', result='first')

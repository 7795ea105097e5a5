#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 13100 plan / 13101 report).

Run inside tests/heldout131:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A side may be found by its first mention (`target='first'`, `result='first'`): the plan's
`【小编划重点】` box repeats `20部` 加装电梯 and `每人每月100元` 高龄津贴 after the paragraphs (the links take the
paragraphs), and the report's table restates eight targets and repeats eight results under other spans
(`400`, `436` …; target and achieved records of 13101): the links go from the plan's records to the report's prose.
A target with no result is listed with None and skipped: the list's counts and money the report does not answer with
a figure (`12件`, `36个`, `2.1亿元` 县级财政), the targets the report says were done without a figure (`1800对`
孕前优生健康检查, `100%` 课后服务覆盖率, the `2.4万平方米` 急诊急救综合楼 (only `11月18日投用`), `1.6万人` 两癌筛查,
`30个` 生活污水治理行政村, `22个` 微型消防站, `2万册` 农家书屋图书), and the plan's figures that are no target of the
year's list (`4.5个` per 千人口 by 2030, last year's `10件`, the `2件` more, the `1200元` fee cap in a reply).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.8亿元', '计划总投资'), ('5.62亿元', '完成投资')),
    (('400个', '普惠托位'), ('436个', '普惠托位')),
    (('2个', '乡镇托育综合服务中心'), ('两个', '乡镇托育综合服务中心')),
    (('1500人次', '入户科学育儿指导'), ('1620人次', '入户科学育儿指导')),
    (('3.6个', '托位'), ('3.7个', '托位')),
    (('1620个', '学位'), ('1620个', '学位')),
    (('270个', '学位'), ('270个', '学位')),
    (('30名', '专职心理健康教师'), ('34名', '专职心理健康教师')),
    (('45个', '村卫生室'), ('45个', '村卫生室')),
    (('4.2万人', '老年人免费健康体检'), ('4.37万人', '老年人免费健康体检')),
    (('35条', '全民健身路径'), ('38条', '全民健身路径')),
    (('20个', '老年助餐点'), ('22个', '老年助餐点')),
    (('12万人次', '助餐服务'), ('13.4万人次', '助餐')),
    (('300户', '特殊困难老年人家庭'), ('312户', '特殊困难老年人家庭')),
    (('3500元', '适老化改造补助标准'), ('3500元', '适老化改造补助')),
    (('100元', '高龄津贴'), ('100元', '高龄津贴')),
    (('14个', '老旧小区'), ('12个', '老旧小区改造完工')),
    (('2860户', '居民'), ('2514户', '居民')),
    (('20部', '加装电梯'), ('17部', '加装电梯完工投用')),
    (('1500座', '农村户厕'), ('1562座', '农村户厕')),
    (('18公里', '城区老旧供水管网'), ('18.6公里', '城区老旧供水管网')),
    (('680元', '城市低保标准'), ('680元', '城市低保标准')),
    (('520元', '农村低保标准'), ('520元', '农村低保标准')),
    (('220名', '残疾儿童'), ('236名', '残疾儿童')),
    (('10个', '爱心驿站'), ('10个', '爱心驿站')),
    (('6000人', '城镇新增就业'), ('6318人', '城镇新增就业')),
    (('5000人次', '职业技能培训'), ('5260人次', '职业技能培训')),
    (('3000人', '新取得职业技能等级证书'), ('3106人', '新取得职业技能等级证书')),
    (('400个', '公益性岗位'), ('412个', '公益性岗位')),
    (('1.5亿元', '创业担保贷款'), ('1.62亿元', '创业担保贷款')),
    (('80公里', '农村公路'), ('71公里', '农村公路')),
    (('1000个', '公共停车泊位'), ('862个', '公共停车泊位')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('30辆', '新能源公交车'), ('30辆', '新能源公交车')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('560亩', '新增绿化面积'), ('600亩', '新增绿化面积')),
    (('4000户', '老年人家庭'), ('4186户', '老年人家庭')),
    (('8000人次', '应急救护培训'), ('8730人次', '应急救护培训')),
    (('200场', '送戏下乡演出'), ('226场', '送戏下乡演出')),
    (('3个', '城市书房'), ('3个', '城市书房')),
    (('12件', '实事'), None),
    (('36个', '子项'), None),
    (('2.1亿元', '县级财政'), None),
    (('1800对', '计划怀孕夫妇'), None),
    (('100%', '课后服务覆盖率'), None),
    (('2.4万平方米', '建筑面积'), None),
    (('1.6万人', '两癌筛查'), None),
    (('30个', '生活污水治理行政村'), None),
    (('22个', '微型消防站'), None),
    (('2万册', '农家书屋图书'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='13100', report='13101', target='first', result='first')

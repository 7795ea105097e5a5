#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 9500 plan / 9501 report).

Run inside tests/heldout95:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 9500's `120元` 高龄津贴 (the report says
only that the new standard was paid from July, with no amount) and the list count `12件` (restated in 9501 as a target).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9.6亿元', '总投资'), ('9.74亿元', '完成投资')),
    (('2.8亿元', '上级补助资金'), ('2.52亿元', '上级补助资金到位')),
    (('600个', '普惠托位'), ('612个', '普惠托位')),
    (('10处', '儿童保健门诊'), ('10处', '儿童保健门诊')),
    (('3.2万人次', '儿童视力筛查'), ('3.35万人次', '儿童视力筛查')),
    (('5所', '中小学和幼儿园'), ('5所', '新建、改扩建学校')),
    (('4200个', '学位'), ('4260个', '学位')),
    (('180名', '农村学校教师'), ('186名', '农村学校教师')),
    (('40处', '农村幸福院长者食堂'), ('42处', '农村幸福院长者食堂')),
    (('2000户', '特殊困难老年人家庭'), ('2035户', '适老化改造')),
    (('60个', '村卫生室'), ('60个', '村卫生室')),
    (('8.5万人', '老年人免费健康体检'), ('8.72万人', '老年人免费健康体检')),
    (('1.2万人', '农村适龄妇女两癌筛查'), ('1.26万人', '农村适龄妇女两癌筛查')),
    (('23个', '老旧小区'), ('23个', '老旧小区')),
    (('4600户', '居民'), ('4712户', '居民')),
    (('30部', '加装电梯'), ('26部', '加装电梯')),
    (('280公里', '农村供水管网'), ('284公里', '农村供水管网')),
    (('11万人', '受益群众'), ('11.3万人', '受益群众')),
    (('7200元', '农村低保标准'), ('7200元', '农村低保标准')),
    (('960元', '城市低保标准'), ('960元', '城市低保标准')),
    (('1500名', '残疾人'), ('1563名', '残疾人')),
    (('6500人', '城镇新增就业'), ('7012人', '城镇新增就业')),
    (('1.5万人次', '职业技能培训'), ('1.62万人次', '职业技能培训')),
    (('2.4亿元', '创业担保贷款'), ('2.61亿元', '创业担保贷款')),
    (('120公里', '农村公路'), ('126公里', '农村公路')),
    (('8条', '断头路'), ('8条', '断头路')),
    (('1500个', '公共停车泊位'), ('1620个', '公共停车泊位')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('12个', '口袋公园'), ('12个', '口袋公园')),
    (('45个', '农村生活污水治理行政村'), ('45个', '农村生活污水治理行政村')),
    (('1.8万户', '城乡居民'), ('1.85万户', '居民')),
    (('8000人次', '应急救护培训'), ('9130人次', '应急救护培训')),
    (('800场', '送戏下乡'), ('826场', '送戏下乡')),
    (('6个', '城市书房'), ('6个', '城市书房')),
    (('20项', '全民健身赛事'), ('23项', '全民健身赛事')),
    (('120元', '高龄津贴'), None),
    (('12件', '民生实事'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='9500', report='9501', target='first')

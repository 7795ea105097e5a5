#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 13600 plan / 13601 report).

Run inside tests/heldout136:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan's topic page states its list total `5.38亿元` twice (lead and progress widget): the link
takes the first (`target='first'`). The report's verification cards give, for some sub-projects, the unit's own
claim (`单位自报`) before the verified figure (`核验认定`); the link goes to the verified figure, which the cards
say counts: where both carry the same span and indicator (`1620个` 学位) the result side picks the last (True). The
report restates every target on each card (`年度目标：`, target records of 13601): the links go from the plan's
records. A target with no result is listed with None and skipped: the list's counts (`12件`, `32个`), the county
and Fujian-partner money the report says arrived in full without a figure (`1.42亿元`, `3600万元`), the targets the
report says were done without a figure (托育 centres' `1个` each, 村卫生室 `20个`, 健身场地 `8处`, 危房改造 `120户`,
社工站 `11个`, 公益性岗位 `400个`, 公交线路 `2条`, 口袋公园 `5个`, 污水治理 `30个` 自然村, 微型消防站 `1个`/`11个`,
城市书房 `3个`, 公益电影 `2640场` and its `12场` per village), the school building (`1栋`, not delivered: its card
gives only `约70%` of the fitting-out), and the plan's figures with no counterpart (`6800平方米`, the `5元` meal
standard, `2名` social workers per station against the report's total `27名`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator[, pick]), read side by side by hand
LINKS = [
    (('5.38亿元', '计划总投资'), ('5.07亿元', '完成投资')),
    (('2.96亿元', '中央和自治区资金'), ('2.88亿元', '中央和自治区资金到位')),
    (('2个', '公办托育综合服务中心'), ('两个', '托育综合服务中心')),
    (('300个', '普惠托位'), ('312个', '普惠托位')),
    (('3.2个', '3岁以下婴幼儿托位'), ('3.2个', '托位')),
    (('1500对', '计划怀孕夫妇'), ('1562对', '孕前优生健康检查')),
    (('92%', '儿童眼保健和视力检查覆盖率'), ('93.4%', '儿童视力检查覆盖率')),
    (('1620个', '义务教育学位'), ('1620个', '学位', True)),
    (('85名', '中小学教师'), ('83名', '到岗教师')),
    (('3.1万人', '学生'), ('3.06万人', '学生')),
    (('2.8万人', '老年人免费健康体检'), ('2.93万人', '老年人健康体检')),
    (('1.2万人', '两癌免费筛查'), ('1.21万人', '两癌筛查')),
    (('15个', '老年餐桌'), ('15个', '老年餐桌')),
    (('6万人次', '助餐服务'), ('6.84万人次', '助餐')),
    (('200户', '特殊困难老年人家庭'), ('203户', '适老化改造')),
    (('120元', '高龄津贴'), ('120元', '高龄津贴')),
    (('120张', '养老机构护理型床位'), ('126张', '护理型床位')),
    (('8个', '城镇老旧小区'), ('7个', '老旧小区')),
    (('1960户', '居民'), ('1712户', '居民')),
    (('3000座', '农村卫生户厕'), ('3046座', '户厕')),
    (('12公里', '城区老旧供热管网'), ('12.4公里', '供热管网')),
    (('760元', '城乡低保标准'), ('760元', '低保标准')),
    (('600名', '残疾人'), ('628名', '残疾人基本康复服务')),
    (('4200人', '城镇新增就业'), ('4536人', '城镇新增就业')),
    (('5.5万人', '农村劳动力转移就业'), ('5.63万人', '转移就业')),
    (('1500人', '闽宁劳务协作有组织输出'), ('1618人', '闽宁有组织输出')),
    (('3500人次', '职业技能培训'), ('3710人次', '职业技能培训')),
    (('80公里', '农村公路'), ('72.6公里', '农村公路')),
    (('600个', '公共停车泊位'), ('640个', '公共停车泊位')),
    (('2500户', '农村清洁取暖改造'), ('2614户', '清洁取暖改造')),
    (('1800户', '煤改电'), ('1862户', '煤改电')),
    (('5000户', '城镇居民'), ('5120户', '燃气泄漏报警器')),
    (('300块', '防溺水警示牌'), ('326块', '防溺水警示牌')),
    (('200场', '送戏下乡'), ('214场', '送戏下乡')),
    (('12件', '民生实事项目'), None),
    (('32个', '子项目'), None),
    (('1.42亿元', '县级财政配套'), None),
    (('3600万元', '闽宁协作资金'), None),
    (('1个', '公办托育综合服务中心'), None),
    (('1栋', '教学楼'), None),
    (('6800平方米', '建筑面积'), None),
    (('5元', '营养改善计划'), None),
    (('20个', '村卫生室'), None),
    (('8处', '全民健身场地'), None),
    (('120户', '农村危房改造'), None),
    (('11个', '乡镇社会工作服务站'), None),
    (('2名', '专职社工'), None),
    (('400个', '城乡公益性岗位'), None),
    (('2条', '城乡公交线路'), None),
    (('5个', '口袋公园'), None),
    (('30个', '生活污水治理自然村'), None),
    (('1个', '微型消防站'), None),
    (('11个', '微型消防站'), None),
    (('3个', '城市书房'), None),
    (('2640场', '农村公益电影'), None),
    (('12场', '农村公益电影'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='13600', report='13601', target='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 16800 plan / 16801 report).

Run inside tests/heldout168:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (16800) is a tracked-changes draft: its struck figures are no records, and two reviewers'
comments repeat targets (`不低于8000人次`, `上调至300户`); `target='first'` takes the item's own mention. A target with
no result is listed with None and skipped: the list's counts and money (`11件`, `32项`, `3.82亿元`, `1.47亿元`,
`1.1亿元`), the per-town `1个` 托育点 (the report counts `2个` for the two towns: a total against a rate per town),
the sports ground's `4200平方米` (the report: `运动场同步建成`, no figure), the old town's share `350个` of the parking
places and the league's `60万元` (no counterpart).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('240个', '普惠托位'), ('252个', '普惠托位')),
    (('8000人次', '婴幼儿发育筛查'), ('8312人次', '婴幼儿发育筛查')),
    (('720个', '学位'), ('720个', '学位')),
    (('12所', '农村学校食堂提档升级'), ('12所', '农村学校食堂提档升级')),
    (('3200人次', '资助家庭经济困难学生'), ('3418人次', '资助家庭经济困难学生')),
    (('2.1万人', '老年人免费健康体检'), ('2.23万人', '老年人免费体检')),
    (('5个', '村卫生室'), ('5个', '村卫生室')),
    (('3个', '开设夜间门诊的镇卫生院'), ('3个', '开设夜间门诊的镇卫生院')),
    (('80%', '重点人群家庭医生签约率'), ('82.4%', '重点人群家庭医生签约率')),
    (('8个', '社区老年食堂'), ('9个', '社区老年食堂')),
    (('4万人次', '助餐服务'), ('4.37万人次', '助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('305户', '特殊困难老年人家庭')),
    (('6个', '老旧小区'), ('6个', '老旧小区改造完工')),
    (('2180户', '居民'), ('2204户', '居民')),
    (('30部', '加装电梯'), ('26部', '加装电梯完工')),
    (('40户', '农村危房'), ('40户', '农村危房改造')),
    (('86户', '煤矿棚户区剩余住户搬迁'), ('79户', '煤矿棚户区剩余住户搬迁签约')),
    (('745元', '城乡低保标准'), ('745元', '城乡低保标准')),
    (('260名', '残疾儿童'), ('271名', '残疾儿童')),
    (('1200人', '低保、特困人员'), ('1200名', '低保、特困人员')),
    (('6500人', '城镇新增就业'), ('7012人', '城镇新增就业')),
    (('400个', '公益性岗位'), ('416个', '公益性岗位')),
    (('3000人次', '万盛工匠职业技能培训'), ('3265人次', '万盛工匠技能培训')),
    (('800人次', '矿区转岗职工'), ('912人次', '矿区转岗职工')),
    (('45公里', '农村公路'), ('47.6公里', '农村公路')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('600个', '公共停车泊位'), ('588个', '公共停车泊位')),
    (('120亩', '采煤沉陷区地质环境治理'), ('126亩', '采煤沉陷区地质环境治理')),
    (('8公里', '孝子河支流整治'), ('8.3公里', '孝子河支流整治')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('3.5公顷', '城市绿地'), ('3.8公顷', '城市绿地')),
    (('1500户', '独居、高龄老人家庭'), ('1500户', '燃气泄漏报警器')),
    (('10个', '微型消防站'), ('10个', '微型消防站')),
    (('2000人次', '应急救护培训'), ('2360人次', '应急救护培训')),
    (('120场', '送戏进村'), ('134场', '送戏进村')),
    (('3个', '城市书房'), ('3个', '城市书房')),
    (('40支', '参赛队伍'), ('46支', '参赛队伍')),
    (('11件', '民生实事'), None),
    (('32项', '民生实事'), None),
    (('3.82亿元', '计划总投资'), None),
    (('1.47亿元', '区级财政资金'), None),
    (('1.1亿元', '中央和市级补助资金'), None),
    (('1个', '社区嵌入式托育点'), None),
    (('4200平方米', '运动场'), None),
    (('350个', '老城区公共停车泊位'), None),
    (('60万元', '联赛经费'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='16800', report='16801', target='first', result='first')

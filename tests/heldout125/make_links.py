#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 12500 plan / 12501 report).

Run inside tests/heldout125:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is the finance bureau's budget note for Fangshan's 2026 projects (12500); the report is the
district supervision office's year-end "体检" report sheet (12501), whose `|` table restates each sub-project's target
(参考值) beside its result (检测结果). The links go from the plan's records to the report's results; a result stated
twice is taken at its first mention (`result='first'`: the table's `8家` 养老服务驿站, which the conclusion repeats).
The report's restated targets (target records of 12501) link to nothing. A target with no result is listed with None
and skipped: the targets the report answers without a figure (`○`: the school's `1080个` places, `主体结构封顶`;
`36个` 村卫生室, `300户` 农宅, `22个` villages' sewage, `全部完成`; the 低保 standard `1520元`, `7月1日起执行`; the
托育点 `均已开园`), the `1处` 托育点 per town, and the plan's figures with no counterpart (`3所` 幼儿园改扩建, `4片`,
`64栋`, `4360户`, `15公里`, `12公顷`, the list's `11件` and `32个`, the money of each field, the subsidy rates and the
2028 target `4.5个`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.96亿元', '安排资金'), ('5.61亿元', '实际支出')),
    (('400个', '普惠托位'), ('412个', '普惠托位')),
    (('5600名', '儿童'), ('5831人', '儿童眼保健和视力检查')),
    (('630个', '幼儿园学位'), ('630个', '幼儿园学位')),
    (('50名', '体育、美育教师'), ('54名', '乡村学校体育、美育教师')),
    (('7.8万名', '常住老年人'), ('8.12万人', '老年人免费健康体检')),
    (('20处', '全民健身场地'), ('21处', '全民健身场地')),
    (('8家', '养老服务驿站'), ('8家', '养老服务驿站')),
    (('150万人次', '老年助餐服务'), ('157.6万人次', '老年助餐')),
    (('1200户', '经济困难失能老年人家庭'), ('1236户', '居家适老化改造')),
    (('12个', '老旧小区'), ('10个', '老旧小区综合整治完工')),
    (('60部', '加装电梯'), ('63部', '既有多层住宅加装电梯')),
    (('1500人次', '辅助器具适配服务'), ('1688人次', '残疾人辅助器具适配')),
    (('2个', '温馨家园'), ('2个', '温馨家园')),
    (('800个', '城乡公益性岗位'), ('826个', '城乡公益性岗位')),
    (('1.2万人次', '补贴性职业技能培训'), ('1.37万人次', '补贴性职业技能培训')),
    (('1.6万人', '城镇新增就业'), ('1.74万人', '城镇新增就业')),
    (('2000人', '就业困难人员'), ('2085人', '就业困难人员')),
    (('42公里', '农村公路'), ('43.6公里', '农村公路')),
    (('1500个', '公共停车位'), ('1380个', '公共停车位')),
    (('5条', '社区微循环公交线路'), ('5条', '社区微循环公交线路')),
    (('10处', '口袋公园'), ('11处', '口袋公园')),
    (('26公里', '整治河段'), ('26公里', '河道环境整治')),
    (('1.1万户', '居民'), ('1.16万户', '老旧小区燃气自闭阀')),
    (('15个', '微型消防站'), ('15个', '微型消防站')),
    (('2万人次', '应急救护培训'), ('2.3万人次', '应急救护培训')),
    (('4个', '城市书房'), ('4个', '城市书房')),
    (('200场', '阅读推广活动'), ('236场', '阅读推广活动')),
    (('120场次', '送戏下乡演出'), ('128场次', '送戏下乡')),
    (('1080个', '学位'), None),
    (('36个', '村卫生室'), None),
    (('300户', '农村抗震节能农宅改造'), None),
    (('22个', '生活污水治理村'), None),
    (('1520元', '城乡低保标准'), None),
    (('1处', '社区嵌入式托育点'), None),
    (('3所', '幼儿园改扩建'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='12500', report='12501', result='first')

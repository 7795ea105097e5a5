#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 19600 plan / 19601 report).

Run inside tests/heldout196:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A result may be found by its first mention (`result='first'`: 19601 states `4.41亿元` 完成投资 in its
section 一 and again in its table of the last three draws; the link takes section 一). The report restates each
target before its arrow (`360→372个`): those bare restated targets are target records of 19601; the links go from
the plan's records. A target with no result is listed with None and skipped: the money the report does not answer
(`1.85亿元` 市级财政, `0.72亿元` 镇村自筹及社会资金), the village culture square (`1处`, reported only as `已于10月投用`),
the plan's per-千人口 托位 level `3.6个` (no level in the report), and the `260个` carried into the plan (part of its `900个`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.62亿元', '计划总投资'), ('4.41亿元', '完成投资')),
    (('2.05亿元', '上级资金'), ('2.11亿元', '上级资金到位')),
    (('360个', '普惠托位'), ('372个', '普惠托位')),
    (('6个', '社区托育点'), ('6个', '社区托育点')),
    (('2400对', '免费孕前优生健康检查'), ('2517对', '孕前优生健康检查')),
    (('270个', '学位'), ('270个', '学位')),
    (('11所', '农村学校旱厕改造'), ('11所', '旱厕改造')),
    (('85名', '教师'), ('81名', '教师')),
    (('40个', '村卫生室标准化提升'), ('41个', '村卫生室提升')),
    (('3.6万人', '老年人免费体检'), ('3.71万人', '老年人免费体检')),
    (('8000人', '两癌免费筛查'), ('8326人', '两癌筛查')),
    (('30个', '农村老年餐桌'), ('30个', '农村老年餐桌')),
    (('15万人次', '助餐服务'), ('16.2万人次', '助餐服务')),
    (('120张', '特困老人集中供养护理床位'), ('120张', '护理床位')),
    (('14个', '老旧小区'), ('14个', '老旧小区改造完工')),
    (('2860户', '居民'), ('2903户', '居民')),
    (('20部', '既有住宅加装电梯'), ('18部', '加装电梯')),
    (('95户', '农村危房改造'), ('95户', '农村危房改造')),
    (('760元', '城乡低保标准'), ('760元', '城乡低保标准')),
    (('210名', '残疾儿童'), ('226名', '残疾儿童')),
    (('5200人', '城镇新增就业'), ('5610人', '城镇新增就业')),
    (('6000人次', '技能培训'), ('6388人次', '技能培训')),
    (('400个', '公益性岗位'), ('412个', '公益性岗位')),
    (('72公里', '农村公路提质改造'), ('74.5公里', '农村公路提质改造')),
    (('900个', '城区公共停车泊位'), ('702个', '城区公共停车泊位')),
    (('3条', '城乡公交线路'), ('3条', '城乡公交线路')),
    (('1200亩', '文峪河沿岸生态修复'), ('1260亩', '文峪河沿岸生态修复')),
    (('35个', '农村生活污水治理村'), ('35个', '农村生活污水治理村')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('5000户', '燃气泄漏报警器安装'), ('5132户', '燃气泄漏报警器')),
    (('24个', '微型消防站'), ('24个', '微型消防站')),
    (('300场', '送戏下乡'), ('286场', '送戏下乡')),
    (('60个', '农家书屋提档升级'), ('60个', '农家书屋提档')),
    (('1.85亿元', '市级财政'), None),
    (('0.72亿元', '镇村自筹及社会资金'), None),
    (('1处', '村民文化广场'), None),
    (('3.6个', '托位'), None),
    (('260个', '公共停车泊位'), None),
    (('260个', '上期滚入公共停车泊位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='19600', report='19601', target='first', result='first')

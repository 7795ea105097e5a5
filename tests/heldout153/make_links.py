#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 15300 plan / 15301 report).

Run inside tests/heldout153:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target may be found by its first mention (`target='first'`: 15300 states `4条` 城乡公交线路 in
slide 11's bullet and again in its speaker's notes, `14个` 老旧小区 in slide 8's bullet and again in its notes; the link
takes the bullet). The report's project cards restate some targets under `年度目标：` (`400个`, `6个`, `180个`,
`1620个`, `5所`, `900个`, `14个`, `3260户`, `30部`, `120公里`: target records of 15301): the links go from the plan's
records to the report's `完成情况` records. A target with no result is listed with None and skipped: the list's counts
(`12件`, `35个`), the higher-level money (`约2.1亿元`), the sixth primary school's `36个` classes (the report gives
only its places), and the targets the report says were done without a figure (`100%` after-school coverage:
`均已开展`; `60处` fitness paths, `120户` dilapidated houses, `50个` village libraries: `全部完成`; the 低保 standards
`960元` / `8400元`: `均于1月1日起执行`; `9.5公里` of river: `全线完工`; `30个` micro fire stations: `全部建成`),
and the plan's figures with no counterpart (the 2030 托位 level, the fee cap, the medical-check money, the before
values, the `50%` investment node).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.62亿元', '计划总投资'), ('5.37亿元', '完成投资')),
    (('2.38亿元', '县级财政'), ('2.38亿元', '县级财政资金')),
    (('400个', '普惠托位'), ('438个', '普惠托位')),
    (('6个', '社区嵌入式托育点'), ('6个', '社区嵌入式托育点')),
    (('180个', '托位'), ('186个', '托位')),
    (('2600对', '计划怀孕夫妇'), ('2712对', '孕前优生健康检查')),
    (('1800人次', '入户科学育儿指导'), ('1946人次', '入户科学育儿指导')),
    (('1620个', '学位'), ('1620个', '学位')),
    (('5所', '乡镇中心幼儿园'), ('4所', '改扩建幼儿园')),
    (('900个', '学位'), ('720个', '学位')),
    (('45个', '村卫生室'), ('45个', '标准化村卫生室')),
    (('9.6万人', '老年人免费健康体检'), ('9.84万人', '老年人免费健康体检')),
    (('1.2万人', '适龄妇女两癌筛查'), ('1.26万人', '两癌筛查')),
    (('20个', '老年助餐点'), ('21个', '老年助餐点')),
    (('15万人次', '助餐'), ('16.3万人次', '助餐')),
    (('600户', '特殊困难老年人家庭'), ('612户', '特殊困难老年人家庭适老化改造')),
    (('60元', '高龄津贴'), ('60元', '高龄津贴')),
    (('14个', '老旧小区'), ('13个', '老旧小区改造完工')),
    (('3260户', '居民'), ('3018户', '居民')),
    (('30部', '既有住宅加装电梯'), ('33部', '加装电梯')),
    (('186公里', '农村供水管网'), ('192公里', '农村供水管网')),
    (('12.4万人', '城乡供水一体化工程覆盖'), ('12.7万人', '城乡供水一体化工程覆盖')),
    (('580名', '残疾儿童'), ('596名', '残疾儿童')),
    (('3个', '残疾人托养阳光家园'), ('3个', '阳光家园')),
    (('6500人', '城镇新增就业'), ('6931人', '城镇新增就业')),
    (('5000人次', '职业技能培训'), ('5380人次', '职业技能培训')),
    (('400个', '城乡公益性岗位'), ('412个', '城乡公益性岗位')),
    (('120公里', '农村公路'), ('112公里', '农村公路')),
    (('1200个', '公共停车泊位'), ('1326个', '公共停车泊位')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('60个', '农村生活污水治理村'), ('58个', '农村生活污水治理村')),
    (('4000户', '居民'), ('4136户', '居民')),
    (('2万人次', '应急救护培训'), ('2.14万人次', '应急救护培训')),
    (('360场', '送戏下乡'), ('372场', '送戏下乡')),
    (('12件', '实事'), None),
    (('35个', '子项'), None),
    (('2.1亿元', '上级资金'), None),
    (('36个', '教学班'), None),
    (('100%', '义务教育学校课后服务覆盖率'), None),
    (('60处', '全民健身路径'), None),
    (('120户', '农村低收入群体危房改造'), None),
    (('960元', '城市低保标准'), None),
    (('8400元', '农村低保标准'), None),
    (('9.5公里', '城区河道'), None),
    (('30个', '村级微型消防站'), None),
    (('50个', '农家书屋'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='15300', report='15301', target='first', result='first')

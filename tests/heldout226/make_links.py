#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 22600 plan / 22601 report).

Run inside tests/heldout226:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator; runs the shared `tools/make_links.py`. The report restates most
targets beside their results (`起拍…落槌…`, target records of 22601): the links go from the plan's records to the
report's achieved records. A target with no result is listed with None and skipped: the list's counts (`十件`),
the ceremony's own arrangements (`800人`, `30米`, the first-aid points, parking, performers, police, rescue crew,
cleaners, mobile toilets, camera positions: nothing in the report answers them).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.6亿元', '计划总投资'), ('3.74亿元', '完成投资')),
    (('6000人', '城镇新增就业'), ('6342人', '城镇新增就业')),
    (('300个', '城乡公益性岗位'), ('318个', '公益性岗位')),
    (('3500人次', '职业技能培训'), ('3826人次', '职业技能培训')),
    (('2所', '公办幼儿园'), ('2所', '公办幼儿园')),
    (('360个', '学位'), ('360个', '学位')),
    (('12所', '农村学校供暖设施改造'), ('12所', '农村学校供暖改造')),
    (('2.8万人', '老年人免费体检'), ('2.93万人', '老年人免费体检')),
    (('150个', '普惠托位'), ('158个', '普惠托位')),
    (('6个', '农村互助养老幸福大院'), ('6个', '农村互助养老幸福大院')),
    (('300户', '困难老年人家庭适老化改造'), ('311户', '困难老年人家庭适老化改造')),
    (('11个', '老旧小区'), ('11个', '老旧小区改造完工')),
    (('3200户', '居民'), ('3265户', '居民')),
    (('180户', '农村危房'), ('180户', '农村危房改造')),
    (('2000户', '农户室内上下水改造'), ('1870户', '室内上下水改造')),
    (('60公里', '农村公路'), ('63.5公里', '农村公路')),
    (('500个', '公共停车泊位'), ('430个', '公共停车泊位')),
    (('2条', '冬捕旅游公交专线'), ('2条', '冬捕旅游公交专线')),
    (('12个', '生活污水治理村'), ('12个', '村生活污水治理')),
    (('93%', '秸秆综合利用率'), ('94.1%', '秸秆综合利用率')),
    (('1.5万亩', '造林绿化'), ('1.62万亩', '造林绿化')),
    (('6000户', '一氧化碳报警器安装农户'), ('6135户', '一氧化碳报警器')),
    (('3处', '冰上救援站'), ('3处', '冰上救援站')),
    (('6100元', '农村低保标准'), ('6100元', '农村低保标准')),
    (('1500名', '重度残疾人居家托养服务'), ('1536名', '重度残疾人居家托养服务')),
    (('120场', '送戏下乡'), ('131场', '送戏下乡')),
    (('20块', '村级冰雪运动场地'), ('22块', '村级冰雪运动场地')),
    (('25个', '一站式便民服务站'), ('25个', '一站式便民服务站')),
    (('150万斤', '冬捕捕鱼'), ('162万斤', '冬捕捕鱼')),
    (('30万人次', '接待游客'), ('33.8万人次', '接待游客')),
    (('十件', '实事'), None),
    (('800人', '冰面观礼区同时在场人数'), None),
    (('30米', '观礼区边线距冰眼距离'), None),
    (('1200辆', '临时停车场停放车辆'), None),
    (('120名', '民警'), None),
    (('20座', '移动厕所'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='22600', report='22601', target='first', result='first')

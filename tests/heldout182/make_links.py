#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 18200 plan / 18201 report).

Run inside tests/heldout182:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator, read side by side by hand: the plan is 睢宁县's 2026 hotline voice-menu (IVR) script, the report
the print list of the completion nameplates (竣工标识牌) of January 2027. A target with no result is listed with None
and skipped: the list's counts (`10件`, `30项`), the training base `1个` (the plate gives its make-up, no count),
the `1个` 社区托育点 per town (the plate counts `3个` for three towns: another scope), `12所` rural schools' tracks,
`2万人` 两癌 screening and `1.2万人次` first-aid training (the plate says only `全部完成` / `全覆盖30个镇村`),
`12万平方米` green space and `3600场` films (no plate). The mains `80公里` links to `62.5公里` done that year; the
`17.5公里` remainder is a 2027 target, no result.
"""
import runpy
from pathlib import Path

LINKS = [
    (('9.62亿元', '计划总投资'), ('9.87亿元', '完成投资')),
    (('3.15亿元', '县级财政'), ('3.21亿元', '县级财政')),
    (('1.15万人', '城镇新增就业'), ('1.23万人', '城镇新增就业')),
    (('2200人', '自主创业'), ('2316人', '自主创业')),
    (('4000人次', '电商技能培训'), ('4325人次', '电商技能培训')),
    (('650个', '城乡公益性岗位'), ('672个', '城乡公益性岗位')),
    (('480个', '普惠性托位'), ('512个', '普惠性托位')),
    (('95%', '儿童眼保健和视力检查覆盖率'), ('96.2%', '儿童眼保健和视力检查覆盖率')),
    (('1.1万人次', '新生儿先天性心脏病筛查'), ('1.13万人次', '新生儿先天性心脏病筛查')),
    (('6所', '中小学和幼儿园'), ('6所', '中小学和幼儿园')),
    (('5400个', '学位'), ('5580个', '学位')),
    (('280名', '中小学、幼儿园教师'), ('276名', '教师')),
    (('40个', '村卫生室'), ('41个', '村卫生室')),
    (('9.5万人', '老年人免费体检'), ('9.73万人', '老年人免费体检')),
    (('25条', '全民健身路径'), ('26条', '全民健身路径')),
    (('3家', '镇级区域性养老服务中心'), ('3家', '镇级区域性养老服务中心')),
    (('20个', '老年助餐点'), ('21个', '老年助餐点')),
    (('300户', '特殊困难老年人家庭'), ('306户', '特殊困难老年人家庭')),
    (('60元', '尊老金'), ('60元', '尊老金')),
    (('120公里', '农村公路'), ('126.4公里', '农村公路')),
    (('15座', '农村公路危桥'), ('15座', '危桥')),
    (('4条', '镇村公交线路'), ('4条', '镇村公交线路')),
    (('500个', '公共停车泊位'), ('536个', '公共停车泊位')),
    (('30个', '生活污水治理行政村'), ('31个', '生活污水治理行政村')),
    (('18条', '农村黑臭水体'), ('18条', '农村黑臭水体')),
    (('8个', '口袋公园'), ('9个', '口袋公园')),
    (('11个', '老旧小区'), ('11个', '老旧小区')),
    (('3600户', '居民'), ('3712户', '居民')),
    (('200户', '农村困难群众危房改造'), ('208户', '农村困难群众危房改造')),
    (('80公里', '农村供水老旧管网'), ('62.5公里', '农村供水老旧管网')),
    (('1.5万户', '燃气泄漏报警器'), ('1.52万户', '燃气泄漏报警器')),
    (('20个', '镇村微型消防站'), ('22个', '镇村微型消防站')),
    (('300场', '送地方戏曲下乡'), ('312场', '送地方戏曲下乡')),
    (('5家', '城市书房'), ('5家', '城市书房')),
    (('850元', '城乡低保标准'), ('850元', '城乡低保标准')),
    (('1500名', '残疾人'), ('1568名', '残疾人')),
    (('10件', '民生实事'), None),
    (('30项', '民生实事'), None),
    (('1个', '电商直播实训基地'), None),
    (('1个', '社区托育点'), None),
    (('12所', '农村小学标准化塑胶运动场'), None),
    (('2万人', '宫颈癌、乳腺癌筛查'), None),
    (('1.2万人次', '群众性应急救护培训'), None),
    (('12万平方米', '城市绿地'), None),
    (('3600场', '农村公益电影'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='18200', report='18201')

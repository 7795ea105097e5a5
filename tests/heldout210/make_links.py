#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 21000 plan / 21001 report).

Run inside tests/heldout210:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The report's `｜` ledger restates each target in its `票面` cell (target records of 21001): the links go from the
plan's records to the `实放` cells. Targets the report answers only with `足` and no figure, or not at all, are listed
with None and skipped: the list's count `12件`, `约180万元` of the township's own money, the childcare point
`1个`, the dormitory `1栋`, the new boarding allowance `1250元` (`按新标准发放`), `1350户` reached by the water
pipes, the `2辆` refuse trucks, the bus line `1条` (`9月开通`), the `1场` Hua'er contest.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2795万元', '完成投资')),
    (('2140万元', '上级资金'), ('2140万元', '上级资金')),
    (('30个', '托位'), ('30', '普惠托位')),
    (('2800盒', '婴幼儿营养包'), ('3046', '婴幼儿营养包')),
    (('240张', '床位'), ('240', '宿舍床位')),
    (('6个', '村卫生室'), ('6', '村卫生室标准化改造')),
    (('2100人', '老人免费健康体检'), ('2264', '老人体检')),
    (('600人', '两癌筛查'), ('587', '两癌筛查')),
    (('3个', '村级老饭桌'), ('3个', '老饭桌')),
    (('1.5万人次', '助餐'), ('1.64', '老饭桌助餐')),
    (('120户', '特殊困难老人家庭'), ('120', '适老化改造')),
    (('40户', '农村危房改造'), ('38', '危房改造')),
    (('18公里', '入户自来水管网'), ('18.6', '入户自来水管网')),
    (('600座', '户用卫生厕所'), ('612', '户用卫生厕所')),
    (('150户次', '临时救助'), ('173', '临时救助')),
    (('2个', '儿童之家'), ('2个', '儿童之家')),
    (('300人次', '残疾人上门康复服务'), ('326', '残疾人上门康复')),
    (('4500人', '劳务输出'), ('4870', '劳务输出')),
    (('800人次', '技能培训'), ('836', '技能培训')),
    (('120个', '乡村公益性岗位'), ('120个', '公益性岗位')),
    (('26公里', '村组道路'), ('26.4', '村组道路硬化')),
    (('300盏', '太阳能路灯'), ('300盏', '路灯')),
    (('3000亩', '防风固沙林'), ('2650', '防风固沙林')),
    (('95%', '村庄生活垃圾收运处置率'), ('96.2', '垃圾收运处置率')),
    (('5.6公里', '安全护栏'), ('5.6', '渠道安全护栏')),
    (('80块', '防溺水警示牌'), ('96', '防溺水警示牌')),
    (('4个', '村级微型消防站'), ('4个', '微型消防站')),
    (('10个', '农家书屋'), ('10个', '农家书屋')),
    (('30场', '送戏下乡'), ('34', '送戏下乡')),
    (('8座', '枸杞烘干房'), ('8座', '枸杞烘干房')),
    (('1.2万亩', '压砂瓜水肥一体化滴灌'), ('1.05', '压砂瓜水肥一体化滴灌')),
    (('12件', '民生实事'), None),
    (('180万元', '乡级统筹'), None),
    (('1个', '普惠托育点'), None),
    (('1栋', '学生宿舍楼'), None),
    (('1250元', '寄宿生生活补助'), None),
    (('1350户', '居民'), None),
    (('2辆', '垃圾转运车'), None),
    (('1条', '城乡公交班线'), None),
    (('1场', '花儿擂台赛'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='21000', report='21001', target='first', result='first')

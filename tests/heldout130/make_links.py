#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 13000 plan / 13001 report).

Run inside tests/heldout130:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan gives every sub-project a code (`【SX26-SY-02】`); the report's box table names its rows only
by those codes and a short project name, so the links were read code by code, side by side. The report restates the
list's counts (`11件`, `34个`: target records of 13001), which link to nothing. A target with no result is listed with
None and skipped: the list's counts and last year's (`11件`, `34个`, `10件`, `29个`), the rules of the list (`1名` 县级领导 and
`1个` 牵头单位 per 件, `一块` 码牌 per code, `二十人` per sub-project, the `15%` weight), money and scopes the report does not
answer (`1860万元`, `10万元` per 幸福食堂, the `8个` 乡镇卫生院 and `6个` 中心镇), the baseline and the per-千人口 goal
(`2.6个` stock, `3.2个`), the 2028 goal (`300公里`), the before values (`50元`, `790元`, `5900元`: stock), and the targets
whose rows say only `全部建成投用`, `全部竣工`, `新标准1月起执行`, `全部上岗`, `全部完成`, `全部建成` (`120间` 智慧教室,
`120户` 危房, `830元`/`6200元` 低保, `400个` 公益性岗位, `60个` 村, `20个` 微型消防站).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.62亿元', '计划总投资'), ('5.87亿元', '完成投资')),
    (('2.37亿元', '上级资金'), ('2.41亿元', '上级资金')),
    (('1.86亿元', '县级财政'), ('1.86亿元', '县级财政')),
    (('1所', '县级公办托育综合服务中心'), ('1所', '公办托育综合服务中心')),
    (('150个', '托位'), ('150个', '托位')),
    (('240个', '普惠托位'), ('252个', '普惠托位')),
    (('2000人次', '入户科学育儿指导'), ('2136人次', '入户指导')),
    (('98%', '新生儿听力筛查率'), ('98.7%', '新生儿听力筛查率')),
    (('540个', '学位'), ('540个', '学位')),
    (('80名', '教师'), ('76名', '教师')),
    (('4.2万人', '老年人免费健康体检'), ('4.37万人', '老年人免费健康体检')),
    (('30个', '村卫生室'), ('30个', '村卫生室')),
    (('12公里', '健身步道'), ('12.6公里', '健身步道')),
    (('25个', '农村幸福食堂（老年助餐点）'), ('26个', '幸福食堂')),
    (('300户', '特殊困难老年人家庭'), ('312户', '困难老年人家庭')),
    (('80元', '高龄津贴'), ('80元', '高龄津贴')),
    (('14个', '老旧小区'), ('14个', '老旧小区')),
    (('2860户', '居民'), ('2917户', '居民')),
    (('20部', '加装电梯'), ('17部', '加装电梯完工')),
    (('260名', '残疾儿童'), ('271名', '残疾儿童')),
    (('5个', '残疾人之家'), ('5个', '残疾人之家')),
    (('5500人', '城镇新增就业'), ('5836人', '城镇新增就业')),
    (('6000人次', '职业技能培训'), ('6421人次', '职业技能培训')),
    (('85公里', '农村公路'), ('73公里', '农村公路')),
    (('900个', '城区公共停车泊位'), ('936个', '城区公共停车泊位')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('12公里', '清漳河县城段生态治理'), ('12公里', '清漳河县城段生态治理')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('3500户', '居民'), ('3612户', '燃气泄漏报警器')),
    (('1.2万人次', '应急救护培训'), ('1.31万人次', '应急救护培训')),
    (('180场', '送戏下乡'), ('196场', '送戏下乡')),
    (('3700场', '农村公益电影放映'), ('3726场', '农村公益电影放映')),
    (('3个', '城市书房'), ('3个', '城市书房')),
    (('11件', '民生实事'), None),
    (('34个', '子项目'), None),
    (('10件', '民生实事'), None),
    (('29个', '子项目'), None),
    (('1名', '县级领导'), None),
    (('1个', '牵头单位'), None),
    (('一块', '二维码码牌'), None),
    (('1860万元', '计划投资'), None),
    (('8个', '乡镇卫生院'), None),
    (('3.2个', '婴幼儿托位'), None),
    (('120间', '智慧教室'), None),
    (('6个', '中心镇'), None),
    (('10万元', '建设资金补助'), None),
    (('120户', '农村低收入群体危房改造'), None),
    (('830元', '城市低保标准'), None),
    (('6200元', '农村低保标准'), None),
    (('400个', '城乡公益性岗位'), None),
    (('300公里', '农村公路新改建'), None),
    (('60个', '生活污水治理村'), None),
    (('20个', '微型消防站'), None),
    (('二十人', '确认群众代表'), None),
    (('15%', '年度综合考核分值占比'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='13000', report='13001', target='first', result='first')

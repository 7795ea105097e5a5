#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 23300 plan / 23301 report).

Run inside tests/heldout233:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a new-written 宝卷 script) states each target in its prose `【白】` and most of them again in
its verse `【唱】` in Chinese numerals (`一百二十个`, `八十五公里`): the links go from the prose records. The report (an
inspection team's car and site log) gives some results in a day's site note and again in its closing summary
(`新增学位360个`, `6个`老旧小区, `3条`城乡公交线路): `result='first'` takes the site note, the first mention that names
what is counted; the other results stand only in the summary. A target with no result is listed with None and
skipped: the list's counts (`十件`), the 托育点 `1个` (report: `已开园`, no figure), the boarding pupils' `300元` heating
subsidy (the report counts the pupils paid, `1148人`, not the rate), the `2600人` whose water the report says was
`全部完成` with no figure, the rural 低保 standard `6200元`, the `1200人次` of melon, wolfberry and live-stream training,
the `3000万元` of start-up loans, the `2元` bus fare and the `2元` meal discount (none answered with a figure).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.36亿元', '计划总投资'), ('2.29亿元', '完成投资')),
    (('8600万元', '县级财政'), ('8600万元', '县级资金')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('12个', '班'), ('12个', '班')),
    (('360个', '学位'), ('360个', '学位')),
    (('45名', '教师'), ('43名', '教师')),
    (('1.2万人', '老年人免费体检'), ('1.27万人', '老年人免费体检')),
    (('15个', '乡镇卫生院'), ('15个', '乡镇卫生院')),
    (('8个', '老年助餐点'), ('8个', '老年助餐点')),
    (('6万人次', '助餐'), ('5.42万人次', '助餐')),
    (('180户', '农村危房'), ('176户', '农村危房改造')),
    (('6个', '老旧小区'), ('6个', '老旧小区')),
    (('1400户', '居民'), ('1392户', '居民')),
    (('820元', '城市低保标准'), ('820元', '城市低保标准')),
    (('430名', '残疾人'), ('452名', '残疾人')),
    (('2800人', '城镇新增就业'), ('3016人', '城镇新增就业')),
    (('3500人次', '职业技能培训'), ('3720人次', '职业技能培训')),
    (('85公里', '农村公路'), ('81.6公里', '农村公路')),
    (('3条', '城乡公交线路'), ('3条', '城乡公交线路')),
    (('3000亩', '防风固沙林带'), ('3150亩', '防风固沙林带')),
    (('12个', '农村生活污水治理村'), ('12个', '农村生活污水治理村')),
    (('5000户', '居民'), ('5230户', '居民')),
    (('10个', '乡村舞台'), ('10个', '乡村舞台')),
    (('120场', '送戏下乡'), ('134场', '送戏下乡')),
    (('十件', '实事'), None),
    (('1个', '公办托育点'), None),
    (('300元', '寄宿生冬季取暖补助'), None),
    (('2600人', '吃水难'), None),
    (('6200元', '农村低保标准'), None),
    (('1200人次', '蜜瓜、枸杞种植和电商直播培训'), None),
    (('3000万元', '创业担保贷款'), None),
    (('2元', '票价'), None),
    (('2元', '餐费减免'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='23300', report='23301', target='first', result='first')

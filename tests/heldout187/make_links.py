#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 18700 plan / 18701 report).

Run inside tests/heldout187:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (铁力市's eleven "tickets" of 2026) states its total investment twice, as the tickets'
`¥26040.00` (票价合计) and as `2.604亿元`: the link goes from the prose figure, named by its text. The report (the arrival broadcast of 2027-01-08) restates the
list's `11件` and `2.604亿元` and the village-sewage target `20个` as targets; the links go from the plan's records.
A target with no result is listed with None and skipped: the list's counts (`11件`, `11张`), the eleven fare cells
(计划投资 per ticket: the report gives no money per carriage), and the targets the report answers without a figure
(`1所` 公办托育园 "已于9月开园", `1栋` 教学楼 "主体完工", `26所` 农村学校 "全部完成", `2台` 流动巡诊车, `800元` per 户
取暖补贴, `200个` 公益性岗位 "全部上岗").
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.604亿元', '计划总投资'), ('2.71亿元', '完成投资')),
    (('1.37亿元', '上级资金'), ('1.42亿元', '上级资金')),
    (('150个', '普惠托位'), ('156个', '普惠托位')),
    (('3个', '托位'), ('3.1个', '托位')),
    (('480个', '学位'), ('480个', '学位')),
    (('1.8万人', '老年人免费体检'), ('1.86万人', '老年人免费体检')),
    (('12个', '村卫生室'), ('12个', '村卫生室')),
    (('240场次', '巡诊'), ('263场次', '巡诊')),
    (('15个', '老年助餐点'), ('16个', '老年助餐点')),
    (('7万人次', '助餐'), ('7.4万人次', '助餐')),
    (('300户', '特殊困难老年人家庭'), ('312户', '适老化改造')),
    (('46栋', '老旧住宅楼外墙保温改造'), ('44栋', '外墙保温改造')),
    (('3200户', '居民'), ('3050户', '居民')),
    (('800户', '农村户厕'), ('816户', '农村户厕改造')),
    (('710元', '城乡低保标准'), ('710元', '低保标准')),
    (('1900户', '林区困难职工'), ('1946户', '困难职工冬季取暖补贴')),
    (('3600人', '城镇新增就业'), ('3812人', '城镇新增就业')),
    (('2500人次', '职业技能培训'), ('2736人次', '职业技能培训')),
    (('58公里', '农村公路'), ('61.3公里', '农村公路')),
    (('3条', '城乡公交线路'), ('3条', '城乡公交线路')),
    (('12台', '清雪机械'), ('12台', '清雪机械')),
    (('9.5公里', '呼兰河铁力段综合治理'), ('9.5公里', '呼兰河铁力段治理')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('20个', '生活污水治理村'), ('18个', '生活污水治理村')),
    (('4000户', '燃气泄漏报警器'), ('4126户', '燃气泄漏报警器')),
    (('8个', '微型消防站'), ('8个', '微型消防站')),
    (('1.5万户', '防范一氧化碳中毒入户宣传'), ('1.62万户', '防范一氧化碳中毒入户宣传')),
    (('120场', '送二人转下乡演出'), ('134场', '二人转送戏下乡演出')),
    (('6处', '冰雪运动场地'), ('6处', '冰雪运动场地')),
    (('¥26040.00', '计划总投资'), None),
    (('1所', '公办托育园'), None),
    (('1栋', '教学楼'), None),
    (('26所', '农村学校'), None),
    (('2台', '流动巡诊车'), None),
    (('800元', '冬季取暖补贴'), None),
    (('200个', '林区公益性岗位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='18700', report='18701')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 34200 plan / 34201 report).

Run inside tests/heldout342:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is 桃湾村's 2026 争星计划 (五星支部创建, 固始县陈淋子镇), the report the village's
year-end post laid out as a star map (桃湾星图). A target with no result is listed with None and skipped: the
list's count `9件` (the report restates it as the list's count, a target record) and its money sources (`240万元`,
`36万元`, `110万元`: the report gives only the total spent), the `两个` 组 of the tea gardens (scope), the 托育点's
`1个` (the report names the point but counts only its places), the road's `4.5米` width, the `6户` 危房 (the report says
only that the households moved in), the sorting bins (`387户`, `2个`, `774个`), the `30户` 五美庭院 and their `200元`,
the `5名` 后备干部, the `10户` per party member, the `3元` meal subsidy (restated in the report as a rate in force, stock),
the division of work (`两件`, `7件`, `6名`, `3名`) and the money table's cells.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('386万元', '总投资'), ('371.8万元', '完成投资')),
    (('300亩', '低产茶园'), ('312亩', '低产茶园改造')),
    (('1座', '茶叶初制加工厂'), ('1座', '初制加工厂')),
    (('126户', '茶农'), ('131户', '茶农')),
    (('25万元', '村集体经营性收入'), ('26.3万元', '村集体经营性收入')),
    (('12个', '公益性岗位'), ('12个', '公益性岗位')),
    (('80人次', '外出务工返乡人员技能培训'), ('86人次', '外出务工返乡人员技能培训')),
    (('3.2公里', '通组路'), ('3.4公里', '通组路')),
    (('80盏', '太阳能路灯'), ('76盏', '太阳能路灯')),
    (('45户', '农村户厕改造'), ('45户', '户厕改造')),
    (('1座', '水冲式公厕'), ('1座', '水冲式公厕')),
    (('4口', '坑塘'), ('4口', '坑塘整治')),
    (('6.8公里', '清淤沟渠'), ('7.1公里', '清淤沟渠')),
    (('1200株', '村庄绿化'), ('1350株', '栽植桂花、香樟')),
    (('150户', '燃气泄漏报警器'), ('158户', '燃气泄漏报警器')),
    (('24个', '雪亮工程监控探头'), ('24个', '雪亮工程探头')),
    (('10场', '防溺水、防火、防诈骗宣传'), ('14场', '防溺水、防火、防诈骗宣传')),
    (('30块', '警示牌'), ('32块', '警示牌')),
    (('1.2万人次', '助餐'), ('1.31万人次', '助餐')),
    (('20个', '托位'), ('20个', '托位')),
    (('90%', '家庭医生签约覆盖率'), ('92.4%', '家庭医生签约覆盖率')),
    (('260人', '老人免费体检'), ('273人', '老人免费体检')),
    (('12件', '健身器材'), ('12件', '健身器材')),
    (('12场', '公益电影'), ('12场', '公益电影')),
    (('2名', '发展党员'), ('2名', '发展党员')),
    (('9件', '村级民生实事'), None),
    (('240万元', '上级奖补资金'), None),
    (('36万元', '村集体经济投入'), None),
    (('110万元', '群众筹资筹劳折资'), None),
    (('两个', '组'), None),
    (('1个', '托育点'), None),
    (('4.5米', '路面宽'), None),
    (('6户', '农村危房'), None),
    (('387户', '农户'), None),
    (('774个', '分类垃圾桶'), None),
    (('30户', '五美庭院'), None),
    (('5名', '村级后备干部'), None),
    (('3元', '老人每餐补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='34200', report='34201')

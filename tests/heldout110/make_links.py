#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 11000 plan / 11001 report).

Run inside tests/heldout110:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: the list's `12件` and `1件` (the report
restates the 12 as a target), the three funding sources (the report gives only the total), the six township points and
the clinics they sit in, the 2030 level of `3.5个` per 千人口, the fee cap and its `三成`, the 80—89 allowance of `50元`
(the report names only the 90-plus one), the new school `1所` (the report names it without a numeral), the school
toilets, the housing subsidy range, the village sewage, the reading rooms and their books (the report gives these
without a figure).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.86亿元', '计划总投资'), ('4.71亿元', '完成投资')),
    (('360个', '普惠托位'), ('372个', '普惠托位')),
    (('20个', '老年助餐点'), ('21个', '老年助餐点')),
    (('8万人次', '助餐服务'), ('8.6万人次', '助餐服务')),
    (('450户', '特殊困难老年人家庭'), ('458户', '居家适老化改造')),
    (('100元', '高龄津贴'), ('100元', '高龄津贴')),
    (('1620个', '学位'), ('1620个', '学位')),
    (('8个', '大班额'), ('7个', '大班额')),
    (('12个', '村卫生室'), ('12个', '村卫生室')),
    (('1.5万名', '适龄妇女'), ('1.53万人', '两癌免费筛查')),
    (('6万名', '65岁以上老年人'), ('6.2万人', '老年人免费健康体检')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('2160户', '居民'), ('2203户', '居民')),
    (('300户', '危房改造'), ('300户', '农村危房改造')),
    (('46公里', '城乡供水管网'), ('47.5公里', '供水管网')),
    (('560名', '残疾人'), ('583名', '残疾人')),
    (('900元', '城市低保标准'), ('900元', '城市低保标准')),
    (('800万元', '临时救助资金'), ('812万元', '临时救助支出')),
    (('5200人', '城镇新增就业'), ('5480人', '城镇新增就业')),
    (('3000人次', '农村劳动力转移就业技能培训'), ('3260人次', '农村劳动力转移就业技能培训')),
    (('85公里', '农村公路提级改造'), ('79公里', '农村公路提级改造')),
    (('600个', '公共停车泊位'), ('640个', '公共停车泊位')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('4000户', '瓶装液化气用户'), ('4120户', '燃气泄漏报警器')),
    (('150场', '送戏下乡'), ('162场', '送戏下乡')),
    (('12件', '民生实事'), None),
    (('1件', '民生实事'), None),
    (('2.1亿元', '上级补助资金'), None),
    (('1.93亿元', '县本级财政'), None),
    (('0.83亿元', '社会资本投入'), None),
    (('6个', '乡镇卫生院'), None),
    (('6个', '婴幼儿照护服务点'), None),
    (('3.5个', '托位'), None),
    (('800元', '普惠托位保育费'), None),
    (('三成', '普惠托位保育费'), None),
    (('50元', '高龄津贴'), None),
    (('1所', '小学'), None),
    (('18所', '农村学校旱厕'), None),
    (('1.5万至3.5万元', '危房改造补助'), None),
    (('30个', '行政村生活污水治理'), None),
    (('100个', '行政村农家书屋'), None),
    (('300册', '图书'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='11000', report='11001', same=('year',))

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 17600 plan / 17601 report).

Run inside tests/heldout176:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: the list's count (`11项`; the report's
`11件` restates it, its `9件`/`2件` are parts), the district's and the town's shares of the money (`2150万元`,
`1710万元`: the report gives only the total invested), the boarders' meal allowance (`150元`) and the meal subsidy
(`5元`), which the report states as standards in force (stock), the public-welfare posts (`260个` posts against
`上岗271人` people: another unit, so no link), and the villages' shares in the plan's second section (no figure by
village in the report).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3860万元', '计划总投资'), ('3742万元', '完成投资')),
    (('2个', '托班'), ('两个', '托班')),
    (('40个', '托位'), ('40个', '托位')),
    (('300人次', '入户科学育儿指导'), ('318人次', '入户育儿指导')),
    (('2栋', '学生宿舍'), ('2栋', '宿舍楼')),
    (('160张', '寄宿床位'), ('160张', '寄宿床位')),
    (('3个', '村卫生室'), ('两个', '村卫生室')),
    (('2600人', '老年人免费体检'), ('2714人', '老年人免费体检')),
    (('120车次', '流动医院巡诊车进村'), ('136车次', '流动医院巡诊车进村')),
    (('6个', '农村邻里互助养老点'), ('6个', '邻里互助养老点')),
    (('1.8万人次', '助餐服务'), ('1.92万人次', '助餐')),
    (('38户', '农村危旧房翻建'), ('36户', '危旧房翻建')),
    (('4个', '供水管网改造村'), ('4个', '供水管网改造村')),
    (('12.6公里', '供水管道'), ('13.1公里', '供水管道')),
    (('1460户', '受益农户'), ('1460户', '农户')),
    (('800元', '冬季取暖补助'), ('800元', '冬季取暖补助')),
    (('500人次', '重度残疾人上门康复服务'), ('542人次', '重度残疾人上门康复服务')),
    (('600人次', '民宿管家、果树修剪技能培训'), ('635人次', '民宿管家、果树修剪培训')),
    (('21公里', '山区公路大中修'), ('21.4公里', '山区公路大中修')),
    (('2条', '镇域公交微循环线路'), ('2条', '公交微循环线路')),
    (('18个', '公交站点'), ('19个', '站点')),
    (('9处', '白河沿线小微水体'), ('9处', '小微水体')),
    (('2个', '口袋公园'), ('2个', '口袋公园')),
    (('1600平方米', '口袋公园面积'), ('1680平方米', '口袋公园面积')),
    (('1200户', '农户'), ('1186户', '燃气泄漏报警器安装')),
    (('15个', '森林防火蓄水池'), ('15个', '森林防火蓄水池')),
    (('150场', '送戏下乡、露天电影放映'), ('164场', '送戏下乡、露天电影')),
    (('5个', '村级综合文化室'), ('5个', '村级综合文化室')),
    (('11项', '镇级民生实事'), None),
    (('2150万元', '区级补助'), None),
    (('1710万元', '镇级自筹'), None),
    (('150元', '伙食补助'), None),
    (('5元', '助餐补贴'), None),
    (('260个', '公益性岗位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='17600', report='17601', target='first', result='first')

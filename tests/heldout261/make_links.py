#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 26100 plan / 26101 report).

Run inside tests/heldout261:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
26100 is 朝邑镇's ten "ration coupons" (民生粮票) of 2026, 26101 the year-end redemption register (兑付登记簿): each
register row's `实兑` cell answers the coupon's figure (its `票面` cell restates the target and is a target record of
26101; the links go from the plan's records). A target with no result is listed with None and skipped: the list's counts
(`十件`, `十张`, the `9件` of 2025), the coupons' money table (the register gives the year's investment only as a total),
the 托育园 `1处` and the canteen `1栋` (told as opened and handed over, without a figure), `480人` seats, and the `3元`
meal subsidy (restated in the notes as the rate in force, stock).
"""
import runpy
from pathlib import Path

LINKS = [
    (('60个', '普惠托位'), ('60', '普惠托位')),
    (('800人次', '入户育儿指导'), ('936', '入户育儿指导')),
    (('1680平方米', '建筑面积'), ('1680', '学生食堂建筑面积')),
    (('12名', '特岗教师'), ('11', '特岗教师')),
    (('2个', '长者食堂'), ('2', '长者食堂')),
    (('2.4万人次', '助餐'), ('2.67', '助餐')),
    (('9个', '村卫生室'), ('9', '村卫生室')),
    (('5200人', '老年人免费体检'), ('5468', '老年人免费体检')),
    (('20张', '康复床位'), ('20', '康复床位')),
    (('38户', '危窑危房'), ('35', '危窑危房改造')),
    (('6.5公里', '农村供水管网'), ('6.8', '供水管网')),
    (('1350户', '居民'), ('1402', '受益户')),
    (('600人次', '枣农、养殖户技能培训'), ('652', '技能培训')),
    (('110个', '乡村公益性岗位'), ('110', '公益性岗位')),
    (('220人', '城镇新增就业'), ('247', '城镇新增就业')),
    (('14.2公里', '通组路'), ('14.2', '通组路')),
    (('16个', '公交候车亭'), ('16', '公交候车亭')),
    (('800吨', '黄河滩区岸线垃圾'), ('1130', '滩区岸线垃圾清理')),
    (('3个', '口袋公园'), ('3', '口袋公园')),
    (('420座', '农村户厕改造'), ('420', '户厕改造')),
    (('1500个', '燃气报警器'), ('1500', '燃气报警器')),
    (('32场', '防溺水教育'), ('41', '防溺水教育')),
    (('60场', '送同州梆子、眉户戏下乡'), ('64', '送戏下乡')),
    (('10个', '农家书屋'), ('10', '农家书屋提升')),
    (('2860万元', '计划总投资'), ('2796万元', '完成投资')),
    (('1970万元', '中省市县资金'), ('1970万元', '中省市县资金到位')),
    (('7名', '群众代表'), ('7人', '群众代表')),
    (('十件', '民生实事'), None),
    (('十张', '粮票'), None),
    (('1处', '镇中心托育园'), None),
    (('1栋', '学生食堂'), None),
    (('480人', '同时就餐人数'), None),
    (('3元', '每餐补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='26100', report='26101', target='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 25600 plan / 25601 report).

Run inside tests/heldout256:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan's targets are taken from its TAB table's `全镇目标` cells (not the `其中：渔村` parts); the
report's results from its `|` table's `起网` cells where the table has the row (the report's prose repeats `3个` 卫生室 and
`6.1公里`: the links take the table), else from its prose (`86.4万元`, `720吨`, `5个`, `3712万元`, `1.6公里`).
A target with no result is listed with None and skipped: the list's counts and money (`11件`, `20个`, `1120万元`,
`2740万元`), the parking places (`150` 未起网: the report gives only the shortfall `150个…未能开工`), the books
(`3000` 册: `全部完成`, no figure), the fishing-village parts, the subsidy standards, the contact persons and the 2027 berths.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3860万元', '计划总投资'), ('3712万元', '完成投资')),
    (('2', '普惠托育点'), ('2', '普惠托育点')),
    (('60', '普惠托位'), ('64', '普惠托位')),
    (('240', '学生宿舍床位'), ('240', '学生宿舍床位')),
    (('150', '疍家渔民子女课后托管服务'), ('163', '疍家渔民子女课后托管')),
    (('4', '村卫生室标准化改造'), ('3', '村卫生室标准化改造')),
    (('3000', '渔民免费健康体检'), ('3412', '渔民免费健康体检')),
    (('3', '长者饭堂（助餐点）'), ('3', '长者饭堂')),
    (('2.4万', '助餐服务'), ('2.61万', '助餐服务')),
    (('36', '农村危房改造'), ('36', '农村危房改造')),
    (('80', '临时救助资金'), ('86.4万元', '临时救助资金')),
    (('500', '渔民转产转业技能培训'), ('547', '渔民转产转业技能培训')),
    (('45', '公益性岗位'), ('45', '公益性岗位')),
    (('6.8', '渔村道路硬化'), ('6.1', '渔村道路硬化')),
    (('600', '渔港岸线垃圾清理'), ('720吨', '岸线垃圾清理')),
    (('5', '生活污水治理自然村'), ('5个', '生活污水治理自然村')),
    (('120', '避风泊位'), ('120', '避风泊位')),
    (('260', '渔船北斗终端更新'), ('271', '渔船北斗终端更新')),
    (('40', '临高人偶戏下乡演出'), ('46', '临高人偶戏下乡')),
    (('1.6公里', '结转渔村道路'), ('1.6公里', '结转渔村道路')),
    (('11件', '为民办实事项目'), None),
    (('1120万元', '镇级财政'), None),
    (('2740万元', '县级以上资金'), None),
    (('150', '公共停车泊位'), None),
    (('3000', '农家书屋图书更新'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='25600', report='25601')

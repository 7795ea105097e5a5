#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 24800 plan / 24801 report).

Run inside tests/heldout248:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is the town's printed fan (24800: ten items on the front, the money table on the back); the
report is the commemorative stamp folder (24801: one stamp a project, the money table on the right inner page). The
report's table restates the plan's money (`计划投资` cells, target records of 24801): the links go from the plan's
records. 集中供水 is linked from the plan's 2600人 to the 1480人 served in 2026 (the other 1120人 are a 2027 target of
the report). A target with no result is listed with None and skipped: the list's count (`十件`; the report's `9件` is a
part), the two water works (`2处`: the report names 龙脑村's without a count), the 中医馆 `1个` and the dormitory `1栋`
(told done without a figure) and the `20具` extinguishers a station.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('180个', '城镇就业岗位'), ('196个', '城镇就业岗位')),
    (('600人次', '油茶、中药材种植和家政技能培训'), ('648人次', '油茶、中药材种植和家政人员培训')),
    (('25家', '返乡创业主体'), ('27家', '返乡创业主体')),
    (('800万元', '创业担保贷款'), ('860万元', '创业担保贷款')),
    (('9.6公里', '通组公路'), ('9.8公里', '通组公路')),
    (('4.2公里', '窄路'), ('4.2公里', '窄路')),
    (('12个', '农村客运招呼站'), ('12个', '农村客运招呼站')),
    (('6个', '村级互助养老服务点'), ('6个', '村级互助养老服务点')),
    (('3个', '老年人助餐点'), ('3个', '老年人助餐点')),
    (('1.5万人次', '助餐'), ('1.62万人次', '助餐')),
    (('1个', '普惠托育点'), ('1个', '普惠托育点')),
    (('40个', '托位'), ('40个', '托位')),
    (('1200人', '适龄儿童免费窝沟封闭'), ('1315人', '适龄儿童免费窝沟封闭')),
    (('200平方米', '草药展示区'), ('210平方米', '草药展示区')),
    (('3200人', '老年人免费体检'), ('3412人', '老年人免费体检')),
    (('240个', '寄宿床位'), ('240个', '寄宿床位')),
    (('35户', '农村危房'), ('37户', '农村危房')),
    (('400座', '农村户厕'), ('412座', '农村户厕')),
    (('2600人', '饮水安全人口'), ('1480人', '饮水安全人口')),
    (('520元', '农村低保标准'), ('520元', '农村低保标准')),
    (('680元', '特困人员基本生活标准'), ('690元', '特困人员基本生活标准')),
    (('50户', '重度残疾人家庭无障碍改造'), ('52户', '重度残疾人家庭无障碍改造')),
    (('500户', '液化气泄漏报警器'), ('536户', '液化气泄漏报警器')),
    (('4个', '微型消防站'), ('4个', '微型消防站')),
    (('80块', '防溺水警示牌'), ('86块', '防溺水警示牌')),
    (('120个', '救生圈'), ('120个', '救生圈')),
    (('3处', '农村黑臭水体'), ('3处', '黑臭水体')),
    (('5个', '乡村小游园'), ('5个', '乡村小游园')),
    (('12公里', '河道'), ('13.5公里', '河道')),
    (('60场', '送戏下乡'), ('64场', '送戏下乡')),
    (('65', '计划投资'), ('71', '完成投资')),
    (('820', '计划投资'), ('836', '完成投资')),
    (('150', '计划投资'), ('150', '完成投资')),
    (('96', '计划投资'), ('92', '完成投资')),
    (('180', '计划投资'), ('184', '完成投资')),
    (('560', '计划投资'), ('575', '完成投资')),
    (('310', '计划投资'), ('226', '完成投资')),
    (('38', '计划投资'), ('41', '完成投资')),
    (('120', '计划投资'), ('126', '完成投资')),
    (('2339', '计划投资'), ('2301', '完成投资')),
    (('十件', '重点民生实事'), None),
    (('2处', '集中供水工程'), None),
    (('1个', '中医馆'), None),
    (('1栋', '学生宿舍楼'), None),
    (('20具', '灭火器'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='24800', report='24801', target='first', result='first')

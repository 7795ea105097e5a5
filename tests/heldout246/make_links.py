#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 24600 plan / 24601 report).

Run inside tests/heldout246:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A side that matches more than one record takes the first (`target='first'`, `result='first'`): the
plan states `3个` 助餐点 and `2个` 村卫生室 in its answers and again in its annex table, the links go from the answers.
The centres' `2个` stands in the plan only in the annex table (the answer says `各建1个`, per village), so that link
goes from the table. The report (a WeChat "成就墙") restates each target on a `解锁条件` line (target records of 24601:
the stance filter keeps them out) and gives the result on the `达成` line below it; the links go from the plan's
records to the `达成` records. Its `进度` percentages are each card's own rate and answer no target line.
A target with no result is listed with None and skipped: the list's counts (`10件`, `26个`), the town's own money
(`镇级自筹`: the report gives no figure), the targets the report names without a result figure (`1座` 学生食堂 and the
`420名` it seats, the `1个` 托育点, the `4元` board allowance, the `800元` post allowance, the `1条` bus line), the
per-village `1个`, the `两处`, `12张` per centre, last year's remainder `0.6公里` (its drains) and the annex table's
money cells.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2714万元', '完成投资')),
    (('1740万元', '上级资金'), ('1740万元', '上级资金')),
    (('680万元', '县级配套'), ('650万元', '县级配套')),
    (('2个', '日间照料中心'), ('2个', '日间照料中心')),
    (('24张', '床位'), ('24张', '床位')),
    (('3个', '助餐点'), ('3个', '助餐点')),
    (('2.4万人次', '助餐'), ('2.63万人次', '助餐')),
    (('60元', '高龄津贴'), ('60元', '高龄津贴')),
    (('860平方米', '建筑面积'), ('868平方米', '建筑面积')),
    (('30个', '托位'), ('30个', '托位')),
    (('2个', '村卫生室'), ('2个', '村卫生室')),
    (('2100人', '老年人免费健康体检'), ('2286人', '老年人免费健康体检')),
    (('600人', '两癌筛查'), ('614人', '两癌筛查')),
    (('2个', '老旧小区'), ('两个', '老旧小区')),
    (('318户', '住户'), ('318户', '居民')),
    (('15户', '农村低收入群体危房改造'), ('15户', '危房改造')),
    (('12公里', '供水管网改造'), ('11.4公里', '供水管网改造')),
    (('1260人', '饮水稳定人口'), ('1190人', '饮水稳定人口')),
    (('150人', '城镇新增就业'), ('163人', '城镇新增就业')),
    (('80人次', '刻花瓷、砂器制作技艺培训'), ('92人次', '刻花瓷、砂器技艺培训')),
    (('40个', '乡村公益性岗位'), ('40个', '乡村公益性岗位')),
    (('6.8公里', '通村公路'), ('6.8公里', '通村公路')),
    (('120个', '停车位'), ('136个', '停车位')),
    (('4.5公里', '河道清理'), ('4.5公里', '河道清理')),
    (('420户', '冬季清洁取暖煤改电'), ('437户', '冬季清洁取暖煤改电')),
    (('300户', '独居老人家庭燃气报警器'), ('300户', '独居老人家庭燃气报警器')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('40场', '送戏下乡'), ('46场', '送戏下乡')),
    (('3000册', '农家书屋图书'), ('3000册', '农家书屋图书')),
    (('2个', '村级文化广场'), ('2个', '村级文化广场')),
    (('10件', '民生实事'), None),
    (('26个', '子项'), None),
    (('440万元', '镇级自筹'), None),
    (('1座', '学生食堂'), None),
    (('420名', '学生'), None),
    (('1个', '普惠托育点'), None),
    (('4元', '寄宿生伙食补助'), None),
    (('800元', '岗位补贴'), None),
    (('1条', '农村客运班线'), None),
    (('1个', '村级日间照料中心'), None),
    (('0.6公里', '旧关村排水管网'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='24600', report='24601', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 17800 plan / 17801 report).

Run inside tests/heldout178:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Targets are taken at their first mention (`target='first'`: 17800 states `50公里` 农村公路 in its
forecast and again in its local note); results at their first mention too. The report restates every target on its
`坯` lines (target records of 17801): the links go from the plan's records. A target with no result is listed with
None and skipped: the list's counts and money the report does not answer (`12件`, `1.42亿元`, `1.1亿元`, the
first half's `1.6亿元` and `8件`), the 2026 托位 level per 千人口 (`3.6个`), the meal capacity (`600份`), the carried-over
`12户` (restated, not answered apart), the `20辆` buses, the mountain share `32公里` of the roads, and `各建社区托育点1个`
(one per town; the report counts `2个` for both towns: another scope).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.86亿元', '计划总投资'), ('3.71亿元', '完成投资')),
    (('180个', '普惠托位'), ('203', '普惠托位')),
    (('3000名', '婴幼儿'), ('3126名', '婴幼儿发育筛查')),
    (('720个', '学位'), ('720', '学位')),
    (('95名', '中小学教师'), ('91名', '教师')),
    (('5元', '农村学校午餐补助'), ('5元', '午餐补助')),
    (('20个', '村卫生所'), ('20', '村卫生所')),
    (('4.2万名', '老年人'), ('4.47万人', '免费体检')),
    (('15条', '全民健身路径'), ('15条', '健身路径')),
    (('8个', '长者食堂'), ('9', '长者食堂')),
    (('150户', '特殊困难老年人家庭'), ('150户', '适老化改造')),
    (('6个', '老旧小区'), ('6', '老旧小区')),
    (('1320户', '住户'), ('1342户', '住户')),
    (('10部', '加装电梯'), ('7部', '加装电梯')),
    (('50户', '农村低收入群体危房改造'), ('50', '危房改造')),
    (('830元', '城乡低保标准'), ('830元', '低保标准')),
    (('900名', '残疾人'), ('962名', '康复服务')),
    (('4500人', '城镇新增就业'), ('5012人', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3384人次', '技能培训')),
    (('150个', '公益性岗位'), ('150个', '公益性岗位')),
    (('50公里', '农村公路'), ('46.5公里', '农村公路')),
    (('600个', '公共停车泊位'), ('658个', '停车泊位')),
    (('2条', '城乡公交线路'), ('2条', '公交线路')),
    (('30个', '生活污水治理自然村'), ('30', '污水治理自然村')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('8公里', '绿道'), ('8.6公里', '绿道')),
    (('4000户', '瓶装液化气用户'), ('4213户', '燃气泄漏报警器')),
    (('15个', '微型消防站'), ('15个', '微型消防站')),
    (('186家', '陶瓷窑炉企业'), ('191家', '窑炉企业燃气安全检查')),
    (('120场', '送戏下乡'), ('136场', '送戏下乡')),
    (('3个', '城市书房'), ('3个', '城市书房')),
    (('40支', '参赛队伍'), ('48支', '村BA参赛队伍')),
    (('200名', '群众代表'), ('236名', '群众代表')),
    (('12件', '为民办实事项目'), None),
    (('1.42亿元', '县级财政'), None),
    (('1.1亿元', '上级资金'), None),
    (('3.6个', '托位'), None),
    (('600份', '日供餐能力'), None),
    (('12户', '结转危房改造'), None),
    (('20辆', '新能源公交车'), None),
    (('1.6亿元', '计划完成投资'), None),
    (('8件', '小切口项目'), None),
    (('32公里', '山区农村公路'), None),
    (('1个', '社区托育点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='17800', report='17801', target='first', result='first')

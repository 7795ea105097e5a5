#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 16100 plan / 16101 report).

Run inside tests/heldout161:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (16100) is a set of project signboard cards under brand phrases; the report (16101) is a
fax to the city's project office whose cover sheet gives the totals and whose table (split over two pages) restates
each sub-target (target records of 16101) beside its result cell (`完成数`, bare numbers in the target's unit) and
rate. The links go from the plan's records to the report's result cells. A result may be found by its first mention
(`result='first'`: 16101 states `3.58亿元` 完成投资 on its cover sheet and again in the table's `合计` row; the link takes
the cover). A target with no result is listed with None and skipped: the list's count `12件`, the targets the report
answers only in words (`农村危房改造120户` — `已全部竣工验收`; `公益性岗位260个` — `已全部上岗`), and the plan's figures
with no counterpart (the school's `1.86万平方米` and `36个` 教学班, the `6000元` cap per household, every card's
`计划投资`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.52亿元', '计划总投资'), ('3.58亿元', '完成投资')),
    (('1.38亿元', '县级财政资金'), ('1.41亿元', '县级财政资金')),
    (('4个', '普惠托育点'), ('4', '普惠托育点')),
    (('240个', '普惠托位'), ('252', '普惠托位')),
    (('1000人次', '入户科学育儿指导'), ('1168', '入户科学育儿指导')),
    (('1350个', '学位'), ('1350', '学位')),
    (('6所', '乡镇寄宿制学校'), ('6', '寄宿制学校')),
    (('30个', '村卫生室'), ('30', '村卫生室')),
    (('1.2万人', '宫颈癌、乳腺癌筛查'), ('12600', '两癌筛查')),
    (('20个', '农村互助养老服务点（幸福食堂）'), ('21', '农村互助养老服务点')),
    (('6万人次', '助餐服务'), ('71000', '助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('312', '适老化改造')),
    (('8个', '老旧小区'), ('8', '老旧小区')),
    (('1560户', '居民'), ('1603', '居民')),
    (('900名', '残疾人'), ('936', '残疾人康复服务')),
    (('150户', '困难重度残疾人家庭'), ('150', '无障碍改造')),
    (('4200人', '城镇新增就业'), ('4537', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3326', '职业技能培训')),
    (('80公里', '农村公路提质改造'), ('84.7', '农村公路提质改造')),
    (('3条', '城乡公交线路'), ('3', '城乡公交线路')),
    (('600个', '公共停车泊位'), ('640', '公共停车泊位')),
    (('35个', '生活污水治理自然村'), ('35', '污水治理自然村')),
    (('5个', '口袋公园'), ('5', '口袋公园')),
    (('2500户', '居民'), ('2680', '燃气泄漏报警器')),
    (('15个', '微型消防站'), ('15', '微型消防站')),
    (('120场', '送戏下乡演出'), ('134', '送戏下乡')),
    (('30个', '农家书屋'), ('30', '农家书屋')),
    (('46公里', '供水管网'), ('47.3', '供水管网')),
    (('1.1万人', '受益群众'), ('1.16万人', '受益群众')),
    (('12件', '民生实事项目'), None),
    (('120户', '农村低收入群体危房改造'), None),
    (('260个', '公益性岗位'), None),
    (('1.86万平方米', '总建筑面积'), None),
    (('36个', '教学班'), None),
    (('6000元', '居家适老化改造补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='16100', report='16101', target='first', result='first')

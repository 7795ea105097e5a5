#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 15500 plan / 15501 report).

Run inside tests/heldout155:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (a hotline task force's effect analysis) restates its 21 quantified targets in its `｜`
table (target records of 15501, so the stance filter keeps them out of the result side) and gives the other results in
its paragraph `表外任务`; each link goes from the plan's record to the report's achieved record, every one of which is
named exactly once with its indicator. A target with no result is listed with None and skipped: the list's own
counts (`11件`, `23项`, last year's `10件`, the 2027 cap `3500件`), the targets the report answers without a figure
(托育点 `1处` and its `420平方米`, the 风雨操场 `1座` and its `1150平方米` — `投入使用` only —, `12名` 兼职辅导教师,
`6台` 健康一体机, `35套` 应急广播 — `全部更新` —), the plan's rates and caps (`1600元`, `3元`, `6000元`, `4万元`,
`300立方米`) and scopes (`12个` 山区村, `12户` 低收入农户), which the report does not restate. The plan's
`诉求画像` counts are 2025's hotline figures (achieved), no targets.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1.36亿元', '计划总投资'), ('1.29亿元', '完成投资')),
    (('9480万元', '区级以上资金'), ('9480万元', '区级以上资金')),
    (('4120万元', '镇级财政资金'), ('3420万元', '镇级财政资金实际支出')),
    (('40个', '托位'), ('40个', '普惠托育点托位')),
    (('300人次', '入户科学育儿指导'), ('336人次', '入户科学育儿指导')),
    (('520人', '课后服务参加学生'), ('547人', '课后服务参加学生')),
    (('6个', '村卫生室'), ('6个', '村卫生室')),
    (('2800人', '老年人免费体检'), ('2936人', '老年人免费体检')),
    (('5个', '村级邻里助餐点'), ('5个', '村级邻里助餐点')),
    (('3.6万人次', '助餐服务'), ('3.92万人次', '助餐服务')),
    (('180户', '特殊困难老年人家庭'), ('186户', '居家适老化改造')),
    (('14.5公里', '村内老旧供水管网'), ('14.5公里', '供水管网')),
    (('5座', '蓄水池'), ('5座', '蓄水池')),
    (('1300块', '智能远传水表'), ('1342块', '智能远传水表')),
    (('60户', '农宅抗震节能改造'), ('57户', '农宅抗震节能改造')),
    (('450人', '城乡劳动力就业参保'), ('503人', '就业参保')),
    (('600人次', '职业技能培训'), ('688人次', '职业技能培训')),
    (('80个', '乡村公益性就业岗位'), ('80个', '乡村公益性就业岗位')),
    (('11.8公里', '村级道路大修'), ('12.3公里', '村级道路大修')),
    (('240盏', '太阳能路灯'), ('240盏', '太阳能路灯')),
    (('120个', '公共停车位'), ('126个', '公共停车位')),
    (('1条', '镇域微循环公交线路'), ('1条', '镇域微循环公交线路')),
    (('18个', '微循环公交站点'), ('19个', '微循环公交站点')),
    (('8个', '生活污水治理村'), ('6个', '生活污水治理村')),
    (('2座', '小型污水处理站'), ('1座', '小型污水处理站')),
    (('3处', '口袋公园'), ('3处', '口袋公园')),
    (('6000平方米', '新增绿化面积'), ('6200平方米', '新增绿化面积')),
    (('1500户', '居民'), ('1523户', '燃气泄漏报警器')),
    (('2000人次', '应急避险和急救培训'), ('2410人次', '应急避险和急救培训')),
    (('60场', '送戏下乡演出'), ('64场', '送戏下乡演出')),
    (('10个', '农家书屋'), ('10个', '农家书屋')),
    (('5000册', '图书'), ('5200册', '图书')),
    (('40场', '群众文体活动'), ('52场', '群众文体活动')),
    (('11件', '未诉先办民生实事'), None),
    (('23项', '未诉先办民生实事'), None),
    (('10件', '实事'), None),
    (('3500件', '热线诉求总量'), None),
    (('1处', '普惠托育点'), None),
    (('420平方米', '建筑面积'), None),
    (('1座', '风雨操场'), None),
    (('1150平方米', '建筑面积'), None),
    (('12名', '校外兼职辅导教师'), None),
    (('6台', '健康一体机'), None),
    (('35套', '村级应急广播'), None),
    (('1600元', '托育收费'), None),
    (('3元', '助餐补贴'), None),
    (('6000元', '适老化改造费用'), None),
    (('4万元', '农宅改造补助'), None),
    (('300立方米', '日处理能力'), None),
    (('12个', '山区村'), None),
    (('12户', '低收入农户'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='15500', report='15501', same=('year', 'category'))

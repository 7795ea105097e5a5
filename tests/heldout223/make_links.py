#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 22300 plan / 22301 report).

Run inside tests/heldout223:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a lesson plan, 教案) repeats ten of its targets on its blackboard layout (板书设计) and the
total investment in its 难点 paragraph: `target='first'` takes the list's own line (第N件). The report (课后反思) repeats
`40个` 公益性岗位 in its Q&A: `result='first'` takes the 对账 line. A target with no result is listed with None and
skipped: the counts of the list (`10件`, `24个`), the 托育园 `1所` (the report says 建成开园, no figure), the 风雨操场
`1座` and its `1800平方米` (not yet handed over), the before value `90元` (stock).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1.36亿元', '总投资'), ('1.29亿元', '完成投资')),
    (('8200万元', '区级以上补助'), ('7960万元', '区级以上补助')),
    (('60个', '普惠托位'), ('60个', '普惠托位')),
    (('600人次', '婴幼儿家庭入户育儿指导'), ('648人次', '入户育儿指导')),
    (('450个', '学位'), ('450个', '学位')),
    (('6500人', '老年人免费体检'), ('6812人', '老年人免费体检')),
    (('5个', '村卫生室标准化改造'), ('5个', '村卫生室')),
    (('2个', '社区老年食堂'), ('2个', '社区老年食堂')),
    (('1.2万人次', '助餐'), ('1.37万人次', '助餐')),
    (('80户', '高龄、失能老人家庭适老化改造'), ('83户', '适老化改造')),
    (('3个', '场镇老旧小区'), ('3个', '老旧小区')),
    (('620户', '居民'), ('631户', '居民')),
    (('35户', '农村危房改造'), ('35户', '农村危房改造')),
    (('100元', '困难残疾人生活补贴'), ('100元', '补贴')),
    (('1100余人', '困难残疾人'), ('1126人', '补贴发放')),
    (('1500人次', '技能培训'), ('1612人次', '技能培训')),
    (('40个', '公益性岗位'), ('40个', '公益性岗位')),
    (('900人', '城镇新增就业'), ('946人', '城镇新增就业')),
    (('12公里', '村组道路硬化'), ('11.3公里', '村组道路硬化')),
    (('300个', '场镇停车位'), ('326个', '场镇停车位')),
    (('2.4万立方米', '龙水湖清淤'), ('2.4万立方米', '龙水湖清淤')),
    (('8公里', '污水管网'), ('8.6公里', '污水管网')),
    (('160盏', '湖滨步道路灯'), ('160盏', '湖边路灯')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('1200户', '临街商户燃气软管更换'), ('1275户', '燃气软管更换')),
    (('24场', '送川剧下乡演出'), ('26场', '送川剧下乡')),
    (('3000册', '农家书屋补书'), ('3150册', '农家书屋补书')),
    (('10件', '民生实事'), None),
    (('24个', '子项目'), None),
    (('1所', '托育园'), None),
    (('1座', '风雨操场'), None),
    (('1800平方米', '建筑面积'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='22300', report='22301', target='first', result='first')

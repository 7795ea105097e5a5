#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 20900 plan / 20901 report).

Run inside tests/heldout209:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (皂河镇 2025 recipe card) states `12公里` 农村公路 twice (its 交通畅行 line and its 火候
timeline): the link takes the first (`target='first'`). The report (2026-01 kitchen check sheet) answers most targets in
its aligned table's `下锅量` column (bare cells, the unit from the row name) and repeats two of them in its prose
(`到岗12名`, `通车10.5公里`): the links go to the table cells, the first mention, whose row names what is counted.
A target with no result is listed with None and skipped: the list's count `10件`, the three projects the report says
were done without a figure of their own are linked (`7个`, `1栋`, `2个`: the report restates them as done), but the
托育点 `2个`, the fire-station crews `32名`, the timeline's `3个`/`2个` meal points, the satisfaction threshold `90%`,
the plan's stock-to-be `180个` (the report's `184个` is a standing total, stock) and `3.1个` per 千人口 have no result.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3860万元', '计划总投入'), ('3715万元', '实际完成投资')),
    (('1260万元', '镇级财政'), ('1260万元', '镇级财政')),
    (('60个', '普惠托位'), ('64', '普惠托位')),
    (('800人次', '婴幼儿家长科学育儿指导'), ('912', '育儿指导')),
    (('1栋', '教学楼'), ('1栋', '中心小学教学楼')),
    (('270个', '学位'), ('270', '中心小学新增学位')),
    (('14名', '乡村教师'), ('12', '乡村教师')),
    (('5个', '湖畔老年助餐点'), ('5', '助餐点改造提升')),
    (('3.6万人次', '助餐'), ('3.92', '助餐服务')),
    (('150户', '特殊困难老年人家庭'), ('153', '适老化改造')),
    (('30张', '康复床位'), ('30', '卫生院康复床位')),
    (('4200人', '老年人免费体检'), ('4436', '老年人免费体检')),
    (('45户', '农村危房'), ('45', '农村危房改造')),
    (('8座', '农村公厕'), ('8', '农村公厕')),
    (('60个', '公益性岗位'), ('60', '公益性岗位')),
    (('600人次', '退捕渔民转产技能培训'), ('647', '退捕渔民转产培训')),
    (('900人', '城镇新增就业'), ('963', '城镇新增就业')),
    (('12公里', '农村公路'), ('10.5', '农村公路')),
    (('10个', '公交候车亭'), ('10', '公交候车亭')),
    (('7个', '生活污水治理自然村'), ('7个', '生活污水治理自然村')),
    (('3个', '口袋公园'), ('3', '口袋公园')),
    (('2000户', '居民'), ('2108', '燃气泄漏报警器')),
    (('4个', '微型消防站'), ('4', '微型消防站')),
    (('60场', '送柳琴戏、淮海戏下乡'), ('66', '送戏下乡')),
    (('2个', '农家书屋'), ('2个', '农家书屋')),
    (('50名', '群众代表'), ('56名', '群众代表')),
    (('10件', '民生实事'), None),
    (('2个', '村级托育点'), None),
    (('32名', '队员'), None),
    (('3个', '助餐点'), None),
    (('90%', '满意率'), None),
    (('180个', '普惠托位'), None),
    (('3.1个', '托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='20900', report='20901', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 25800 plan / 25801 report).

Run inside tests/heldout258:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The plan (a fund-use approval slip, 呈批单) states each project's targets in its `｜` table and its money by item;
the report (a spreadsheet export with the district office's cell comments) answers each target in a `完成` cell
beside it (bare, in the row's 计量单位) and each item's money in `完成投资（万元）`. A result that the report states
twice (`19` in the table and `楼栋完成19栋` in a comment; `836` and `报警器836户`) links from the table cell,
the first mention (`result='first'`). The plan's `12公里` stands in its table and again in its note (3): the link
takes the table's (`target='first'`). Two items plan 60万元 each (就业服务 and 文体惠民): the second is picked
by its index. Targets with no result are listed with None and skipped: the list's counts (`10项`, `20个`,
`9项` of 2025, `10项` in the head's note), the quarterly money cells, the half-year `1310万元` and `45.8%`, the
`40%` payment share, the alarm's `1台` per household and `约260元` price, and the items' 区级以上资金 / 镇级资金
cells (the report gives money by source only as totals).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3个', '老旧小区'), ('3', '老旧小区')),
    (('21栋', '楼栋'), ('19', '楼栋')),
    (('1260户', '居民'), ('1148', '居民')),
    (('4.2公里', '庭院燃气管网'), ('4.5', '庭院燃气管网')),
    (('800户', '燃气泄漏报警器'), ('836', '燃气泄漏报警器')),
    (('5个', '村级老年助餐点'), ('5', '村级老年助餐点')),
    (('3.6万人次', '助餐'), ('4.12', '助餐服务')),
    (('1处', '嵌入式托育点'), ('1', '嵌入式托育点')),
    (('40个', '普惠托位'), ('40', '普惠托位')),
    (('1个', '农贸市场'), ('1', '农贸市场')),
    (('96个', '摊位'), ('92', '规范摊位')),
    (('12公里', '农村公路'), ('12.6', '农村公路提升改造')),
    (('6个', '港湾式公交站台'), ('6', '港湾式公交站台')),
    (('300个', '就业岗位'), ('342', '就业岗位')),
    (('600人次', '职业技能培训'), ('655', '职业技能培训')),
    (('180个', '学位'), ('180', '新增学位')),
    (('8个', '村卫生室'), ('8', '村卫生室标准化改造')),
    (('1500人', '适龄妇女“两癌”筛查'), ('1622', '“两癌”筛查')),
    (('40场', '送戏下乡'), ('44', '送戏下乡')),
    (('120件', '村级健身器材'), ('126', '村级健身器材')),
    (('5.3公里', '2025年结转农村公路'), ('5.3公里', '俵口乡界段农村公路')),
    (('2860万元', '计划总投资'), ('2796', '完成投资')),
    (('1790万元', '区级以上资金'), ('1790', '区级以上资金到位')),
    (('1070万元', '镇级配套资金'), ('1070', '镇级资金到位')),
    (('97%', '群众满意度'), ('97.6%', '群众满意度')),
    (('640', '计划投资'), ('612', '完成投资')),
    (('390', '计划投资'), ('398', '完成投资')),
    (('180', '计划投资'), ('176', '完成投资')),
    (('420', '计划投资'), ('405', '完成投资')),
    (('260', '计划投资'), ('251', '完成投资')),
    (('550', '计划投资'), ('538', '完成投资')),
    (('60', '计划投资'), ('58', '完成投资')),
    (('210', '计划投资'), ('210', '完成投资')),
    (('90', '计划投资'), ('87', '完成投资')),
    (('60', '计划投资', 1), ('61', '完成投资')),
    (('10项', '镇级民心工程'), None),
    (('20个', '子项目'), None),
    (('1310万元', '上半年用款'), None),
    (('45.8%', '上半年用款比例'), None),
    (('40%', '二季度末前拨付比例'), None),
    (('1台', '燃气泄漏报警器'), None),
    (('260元', '报警器单价'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='25800', report='25801', target='first', result='first')

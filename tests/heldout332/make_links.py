#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 33200 plan / 33201 report).

Run inside tests/heldout332:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The plan is the town's `民生手帐` post (33200), the report its year-end stocktake gain/loss sheet (33201): every row's
`实存数` cell (achieved) answers the plan's figure; the `账面数` cells restate the plan's targets (target records of
33201) and the `盘盈`/`盘亏` cells are differences, so neither is a result side. The money lines `上级资金`, `县级资金`,
`镇级配套` and `总投资` are answered by the money table's `实存数（实际到位）` cells (funds in place); `实际支出2731万元`
is spending, another measure, and links to nothing. A target with no result is listed with None and skipped: the
list's count `12件`, the meal subsidy `3元`, the school's `1栋` and `4200平方米`, the per-household `2.5万元`, the
`1100户` households on new pipes, the 低保 standard (`8400元`), the `60万元` assistance fund, the `12个` 农家书屋, and the
comments' `30个` and `3.1公里` (parts of list items).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2个', '社区托育点'), ('2', '社区托育点')),
    (('60个', '普惠托位'), ('66', '普惠托位')),
    (('4个', '老年助餐点'), ('4', '老年助餐点')),
    (('2.4万人次', '助餐'), ('2.71', '助餐服务')),
    (('360个', '学位'), ('360', '小学新增学位')),
    (('6个', '村卫生室标准化改造'), ('6', '村卫生室标准化改造')),
    (('4200人', '老年人免费体检'), ('4486', '老年人免费体检')),
    (('85户', '农村危旧庄廓'), ('79', '危旧庄廓改造')),
    (('3.6公里', '老化供水管网'), ('3.6', '供水管网更换')),
    (('8.2公里', '村社道路'), ('8.5', '村社道路硬化')),
    (('150个', '公共停车泊位'), ('112', '公共停车泊位')),
    (('420人', '城镇新增就业'), ('463', '城镇新增就业')),
    (('600人次', '劳务输出技能培训'), ('652', '劳务输出技能培训')),
    (('45个', '公益性岗位'), ('45', '公益性岗位')),
    (('1.8万平方米', '河岸绿化'), ('1.8', '河岸绿化')),
    (('3个', '农村生活污水治理村'), ('2', '生活污水治理村')),
    (('500个', '燃气泄漏报警器'), ('500', '燃气泄漏报警器')),
    (('2个', '微型消防站'), ('2', '微型消防站')),
    (('30场', '花儿进社区演出'), ('34', '花儿进社区演出')),
    (('3000册', '图书'), ('3000', '农家书屋补充图书')),
    (('2860万元', '总投资'), ('2792', '总投资到位')),
    (('1900万元', '上级资金'), ('1900', '上级资金到位')),
    (('640万元', '县级资金'), ('612', '县级资金到位')),
    (('320万元', '镇级配套'), ('280', '镇级配套到位')),
    (('12件', '实事'), None),
    (('3元', '助餐补贴'), None),
    (('1栋', '教学楼'), None),
    (('4200平方米', '建筑面积'), None),
    (('2.5万元', '庄廓改造补助'), None),
    (('1100户', '居民'), None),
    (('8400元', '城乡低保标准'), None),
    (('60万元', '临时救助资金'), None),
    (('12个', '农家书屋'), None),
    (('30个', '托位'), None),
    (('3.1公里', '主巷道硬化'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='33200', report='33201', target='first', where={'year': 2027})

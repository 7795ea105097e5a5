#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 6900 plan / 6901 report).

Run inside tests/heldout69:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 6900's year-end 2026 stocks `1860个`
托位 and `41个` 助餐点 are stock, not targets of the list, and the report's `2116个`/`53个` are stock totals. A result stated twice (`11部`, `63公里`: the table and the shortfall paragraph) links its first mention, the table cell.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('240个', '普惠托位'), ('256个', '普惠托位')),
    (('6个', '社区托育点'), ('6个', '社区托育点')),
    (('2.6万人次', '儿童眼保健和视力检查'), ('2.71万人次', '儿童眼保健和视力检查')),
    (('1350个', '学位'), ('1350个', '学位')),
    (('1200名', '农村学生'), ('1265名', '农村学生')),
    (('24个', '村卫生室'), ('24个', '村卫生室')),
    (('3.5万名', '老年人'), ('3.62万人', '老年人免费健康体检')),
    (('12个', '老年助餐点'), ('12个', '老年助餐点')),
    (('8万人次', '助餐'), ('8.9万人次', '助餐')),
    (('420户', '特殊困难老年人家庭'), ('436户', '适老化改造')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('2860户', '居民'), ('2912户', '居民')),
    (('15部', '加装电梯'), ('11部', '加装电梯')),
    (('380名', '残疾儿童'), ('391名', '残疾儿童')),
    (('5200人', '城镇新增就业'), ('5684人', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4420人次', '职业技能培训')),
    (('68公里', '农村公路'), ('63公里', '农村公路')),
    (('600个', '公共停车泊位'), ('640个', '公共停车泊位')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('3000户', '燃气泄漏报警器'), ('3126户', '燃气泄漏报警器')),
    (('150场', '送戏下乡'), ('172场', '送戏下乡')),
    (('20个', '农家书屋示范点'), ('20个', '农家书屋示范点')),
    (('12公里', '供热管网'), ('12公里', '供热管网')),
    (('30777', '计划投资'), ('2.96亿元', '完成投资')),
    (('1860个', '普惠托位'), None),
    (('41个', '老年助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='6900', report='6901', target='first', result='first')

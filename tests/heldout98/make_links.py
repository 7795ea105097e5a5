#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 9800 plan / 9801 report).

Run inside tests/heldout98:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes. A target with no result is listed with None and skipped: 9800's year-end total `1100个` 普惠托位
(9801 reports `1128个` as a stock total at year end, and a stock is never a result) and the plan table's `合计` 48600 (the same
figure as the memo's `4.86亿元`, which is linked to the report's `4.71亿元`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.86亿元', '计划总投资'), ('4.71亿元', '完成投资')),
    (('1.92亿元', '县级财政资金'), ('1.92亿元', '县级财政资金')),
    (('2.3亿元', '上级资金'), ('2.06亿元', '上级资金到位')),
    # the memo's 计划投资（万元） cells by brand -> the report's 实际完成投资 cells by topic (单位：万元)
    (('1260', '计划投资'), ('1290', '实际完成投资')),
    (('13800', '计划投资'), ('13650', '实际完成投资')),
    (('2650', '计划投资'), ('2650', '实际完成投资')),
    (('3120', '计划投资'), ('3080', '实际完成投资')),
    (('12400', '计划投资'), ('11710', '实际完成投资')),
    (('2180', '计划投资'), ('2210', '实际完成投资')),
    (('860', '计划投资'), ('905', '实际完成投资')),
    (('9600', '计划投资'), ('8870', '实际完成投资')),
    (('1730', '计划投资'), ('1760', '实际完成投资')),
    (('320', '计划投资'), ('312', '实际完成投资')),
    (('680', '计划投资'), ('663', '实际完成投资')),
    # outputs the report's 项目绩效情况 answers
    (('240个', '普惠托位'), ('268个', '普惠托位')),
    (('4所', '幼儿园'), ('4所', '幼儿园')),
    (('1080个', '公办学前教育学位'), ('1080个', '公办学位')),
    (('25个', '村卫生室'), ('25个', '村卫生室')),
    (('20个', '老年助餐点'), ('22个', '老年助餐点')),
    (('300户', '特殊困难老年人家庭'), ('306户', '特殊困难老年人家庭')),
    (('16个', '老旧小区'), ('16个', '老旧小区')),
    (('10部', '加装电梯'), ('7部', '加装电梯')),
    (('80公里', '农村公路'), ('76公里', '农村公路')),
    (('4800人', '城镇新增就业'), ('5126人', '城镇新增就业')),
    (('8000户', '居民'), ('8160户', '燃气泄漏报警器')),
    # no result: the year-end total the memo expects (the report's 1128个 is a stock total, never a result),
    # and the table's 合计 48600 (the same statement as 4.86亿元, linked above)
    (('1100个', '普惠托位总数'), None),
    (('48600', '计划投资'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='9800', report='9801', target='first')

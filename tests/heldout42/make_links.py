#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 4200 plan / 4201 report).

Run inside tests/heldout42:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes.
The plan states 2160个 (学位) twice (the table's task and the review's note on the draft): the link takes
the first, through the option `target='first'`, which is kept as it was.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('360个', '普惠性托位'), ('386个', '普惠性托位')),
    (('3所', '学校'), ('3所', '学校')),
    (('2160个', '学位'), ('2160个', '学位')),
    (('5家', '乡镇卫生院'), ('5家', '乡镇卫生院')),
    (('24个', '老年助餐点'), ('24个', '老年助餐点')),
    (('18个', '老旧小区'), ('18个', '老旧小区')),
    (('3200户', '居民'), ('3347户', '受益居民')),
    (('1500户', '农村户厕'), ('1526户', '农村户厕')),
    (('620名', '残疾人'), ('655名', '残疾人')),
    (('5500人', '城镇新增就业'), ('5873人', '城镇新增就业')),
    (('300个', '公益性岗位'), ('300个', '公益性岗位')),
    (('85公里', '农村公路'), ('81.6公里', '农村公路')),
    (('42公里', '乡镇污水管网'), ('42公里', '乡镇污水管网')),
    (('4800户', '居民'), ('4912户', '居民')),
    (('180场', '送戏下乡'), ('186场', '送戏下乡')),
    (('3.5个', '托位'), ('3.6个', '托位')),
    (('4.07亿元', '总投资'), ('3.98亿元', '清算核定资金')),
    (('1.42亿元', '县级财政资金'), ('1.39亿元', '县级财政资金')),
    (('2.31亿元', '争取中央和省、州资金'), ('2.24亿元', '中央和省、州资金')),
    (('1280', '资金安排'), ('1236', '清算金额')),
    (('9600', '资金安排'), ('9540', '清算金额')),
    (('2350', '资金安排'), ('2298', '清算金额')),
    (('720', '资金安排'), ('702', '清算金额')),
    (('8650', '资金安排'), ('8512', '清算金额')),
    (('1800', '资金安排'), ('1790', '清算金额')),
    (('310', '资金安排'), ('310', '清算金额')),
    (('1860', '资金安排'), ('1860', '清算金额')),
    (('10400', '资金安排'), ('9870', '清算金额')),
    (('2900', '资金安排'), ('2865', '清算金额')),
    (('430', '资金安排'), ('430', '清算金额')),
    (('360', '资金安排'), ('358', '清算金额')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='4200', report='4201', target='first')

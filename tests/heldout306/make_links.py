#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 30600 plan / 30601 report).

Run inside tests/heldout306:  python3 make_links.py
Stdlib only; imports nothing from the package. Runs the shared `tools/make_links.py`; this file keeps the link list
and the two doc prefixes. Each side names a gold record by its span text and indicator (first match in document
order). The report states 79户 and 13.2公里 twice (table cell, then the explanation): the links take the table cell.
Targets with no result figure are listed with None: the list's counts and money (`10件`, the `计划投资`
cells, `2910`), the 站长 `1名`, the rates (`800元`, `3元`, `2元`, `2.5万元`), the `14%` rise, the `1块` sign per
station (the report counts the ten signs, not per station) and `3000户次` (answered by `3286户次`: linked).
"""
import runpy
from pathlib import Path

LINKS = [
    (('2910万元', '计划总投资'), ('2784万元', '完成投资')),
    (('1860万元', '上级资金'), ('1802万元', '上级资金')),
    (('1个', '托育点'), ('1个', '托育点')),
    (('40个', '普惠托位'), ('42个', '普惠托位')),
    (('270个', '学位'), ('270个', '学位')),
    (('12名', '教师'), ('11名', '教师')),
    (('5个', '标准化村卫生室'), ('5个', '标准化村卫生室')),
    (('3个', '助餐点'), ('3个', '助餐点')),
    (('2.4万人次', '助餐'), ('2.63万人次', '助餐')),
    (('86户', '农房抗震改造'), ('79户', '农房抗震改造')),
    (('14.5公里', '农村公路'), ('13.2公里', '农村公路')),
    (('8.2公里', '供水管网'), ('8.2公里', '供水管网')),
    (('1900户', '居民'), ('1960户', '居民')),
    (('3200人次', '农村劳动力转移就业'), ('3418人次', '农村劳动力转移就业')),
    (('600人次', '技能培训'), ('652人次', '技能培训')),
    (('11个', '村庄清洁覆盖村'), ('11个', '村庄清洁覆盖村')),
    (('4座', '公厕'), ('4座', '公厕')),
    (('48场', '送戏下乡'), ('52场', '送戏下乡')),
    (('2个', '村级文化大院'), ('2个', '村级文化大院')),
    (('3000户次', '入户宣讲'), ('3286户次', '入户宣讲')),
    (('10件', '民生实事'), None),
    (('1名', '站长'), None),
    (('800元', '托位收费'), None),
    (('2.5万元', '抗震安居补助'), None),
    (('1块', '公示牌'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='30600', report='30601', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 4300 plan / 4301 report).

Run inside tests/heldout43:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes, and a
target with no result can be listed with None (it is skipped: 4300's `1所` 托育中心, which 4301 reports with no count).
The plan states no figure twice, so the option `target='first'` is kept only as it was.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1所', '普惠性托育中心'), None),
    (('80个', '普惠性托位'), ('86个', '普惠性托位')),
    (('8500人', '农牧民免费健康体检'), ('8763人', '农牧民免费健康体检')),
    (('2辆', '救护车'), ('2辆', '救护车')),
    (('40张', '养老床位'), ('40张', '养老床位')),
    (('3个', '老年助餐点'), ('3个', '老年助餐点')),
    (('2个', '老旧小区'), ('2个', '老旧小区')),
    (('312户', '居民'), ('318户', '受益居民')),
    (('150户', '农牧民住房抗震改造'), ('150户', '农牧民住房抗震改造')),
    (('260件', '辅助器具'), ('274件', '辅助器具')),
    (('420人', '城镇新增就业'), ('446人', '城镇新增就业')),
    (('2600人次', '农牧民转移就业'), ('2874人次', '农牧民转移就业')),
    (('46公里', '农村公路'), ('41.5公里', '农村公路')),
    (('12个', '客运招呼站'), ('12个', '客运招呼站')),
    (('8.5公里', '县城污水管网'), ('8.5公里', '县城污水管网')),
    (('3.2万株', '植树'), ('3.4万株', '植树')),
    (('1600户', '城镇居民'), ('1652户', '城镇居民')),
    (('1.36亿元', '计划总投资'), ('12547万元', '完成投资')),
    (('3260万元', '县级财政资金'), ('3260万元', '县级财政资金')),
    (('5820万元', '对口援藏资金'), ('5820万元', '对口援藏资金')),
    (('3850', '计划投资'), ('3120万元', '完成投资')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='4300', report='4301', target='first')

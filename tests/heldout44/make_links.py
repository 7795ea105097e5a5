#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 4400 plan / 4401 report).

Run inside tests/heldout44:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes, and a
target with no result can be listed with None (it is skipped: 4400's `1所` 托育中心, which 4401 reports opened with no count).
The plan states no figure twice, so the option `target='first'` is kept only as it was.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1所', '普惠性托育中心'), None),
    (('60个', '普惠性托位'), ('66', '普惠性托位')),
    (('2所', '寄宿制学校'), ('2', '寄宿制学校')),
    (('240个', '学位'), ('240', '学位')),
    (('320张', '宿舍床位'), ('336', '宿舍床位')),
    (('1.6万人', '农牧民免费健康体检'), ('16742', '农牧民免费健康体检')),
    (('12个', '远程会诊点'), ('12', '远程会诊点')),
    (('30张', '养老床位'), ('30', '养老床位')),
    (('4个', '老年助餐点'), ('4', '老年助餐点')),
    (('420户', '农牧民住房节能改造'), ('431', '农牧民住房节能改造')),
    (('3个', '老旧小区'), ('3', '老旧小区')),
    (('286户', '居民'), ('291户', '居民')),
    (('180件', '辅助器具'), ('203', '辅助器具')),
    (('90户', '家庭无障碍改造'), ('94', '家庭无障碍改造')),
    (('380人', '城镇新增就业'), ('412', '城镇新增就业')),
    (('3200人次', '农牧民转移就业'), ('3561', '农牧民转移就业')),
    (('52公里', '农村公路'), ('47.6', '农村公路')),
    (('15个', '客运招呼站'), ('15', '客运招呼站')),
    (('45个', '垃圾收集点'), ('45', '垃圾收集点')),
    (('1.2万平方米', '绿地'), ('12600', '绿地')),
    (('1500户', '城镇居民'), ('1538', '城镇居民')),
    (('1.153亿元', '计划总投资'), ('1.097亿元', '完成投资')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='4400', report='4401', target='first')

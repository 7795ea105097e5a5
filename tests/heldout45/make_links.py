#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 4500 plan / 4501 report).

Run inside tests/heldout45:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 4500's `450个` 学位, which 4501
carries into 2028 (a target there), and its `1所` 托育中心, which 4501 reports as opened with no count.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1200', '城镇新增就业'), ('1236', '城镇新增就业')),
    (('1.7', '农牧民转移就业'), ('1.82', '农牧民转移就业')),
    (('3.6', '3岁以下托位'), ('3.5', '托位')),
    (('42', '农村公路新改建'), ('39.6', '农村公路新改建')),
    (('2.68亿元', '计划总投资'), ('2.71亿元', '完成投资')),
    (('320个', '公益性岗位'), ('320', '公益性岗位')),
    (('1500人次', '农牧民职业技能培训'), ('1618', '农牧民职业技能培训')),
    (('1所', '普惠性托育中心'), None),
    (('60个', '托位'), ('60', '托位')),
    (('450个', '学位'), None),
    (('2300名', '农村义务教育学生'), ('2341', '营养膳食补助学生')),
    (('2.1万人', '农牧民免费健康体检'), ('2.16', '农牧民免费健康体检')),
    (('4000人', '“两癌”筛查'), ('4126', '“两癌”筛查')),
    (('3辆', '救护车'), ('3', '救护车')),
    (('80张', '养老床位'), ('80', '养老床位')),
    (('5个', '老年助餐点'), ('5', '老年助餐点')),
    (('260户', '农牧民住房改造'), ('260', '农牧民住房改造')),
    (('4个', '老旧小区'), ('4', '老旧小区')),
    (('15个', '城乡客运招呼站'), ('15', '城乡客运招呼站')),
    (('6.8公里', '县城污水管网'), ('7.1', '县城污水管网')),
    (('1800户', '城镇居民'), ('1853', '燃气泄漏报警器')),
    (('120场', '送文艺演出下乡'), ('134', '送文艺演出下乡')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='4500', report='4501', target='first')

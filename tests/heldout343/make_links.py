#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 34300 plan / 34301 report).

Run inside tests/heldout343:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator; runs the shared `tools/make_links.py`. The plan is the village performance troupe's
宁夏坐唱 script announcing 崔麻村's ten projects for 2026; the report is the village collective's 2026 financial
report, whose notes (附注) answer the projects one by one. A target with no result is listed with None and skipped:
the list's counts (`十件`, said four times in the script; the report's `8件` done and `2件` carried are parts, not an
answer), the meal point itself (`一个` 老饭桌: the report says only `5月开伙`), the diners' own `3块钱` per meal (no
result), the collective's `4元` per meal (restated in the report as the rate applied: stock, not a result) and the
shed subsidy per shed `5000元` (the report gives only the total paid, `100,000元`: another measure).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.2公里', '巷道'), ('3.4公里', '巷道')),
    (('60盏', '太阳能路灯'), ('58盏', '太阳能路灯')),
    (('45位', '独居和高龄老人'), ('47人', '常年就餐老人')),
    (('80座', '户厕'), ('76座', '户厕')),
    (('4.5公里', '自来水入户管网'), ('4.5公里', '自来水入户管网')),
    (('210人', '老人免费体检'), ('228人', '老人体检')),
    (('1处', '儿童之家'), ('1处', '儿童之家')),
    (('40名', '暑假托管娃娃'), ('42名', '暑期托管儿童')),
    (('12个', '公益性岗位'), ('12个', '公益性岗位')),
    (('300人', '劳务输出'), ('327人', '劳务输出')),
    (('150人次', '技能培训'), ('163人次', '技能培训')),
    (('40%', '光伏收益用于公益比例'), ('40%', '光伏收益用于公益比例')),
    (('20座', '标准化羊棚'), ('20座', '标准化羊棚')),
    (('650平方米', '文化广场面积'), ('680平方米', '文化广场面积')),
    (('500册', '农家书屋图书'), ('500册', '农家书屋图书')),
    (('一场', '村晚'), ('1场', '村晚')),
    (('158万元', '实事总投入'), ('156.8万元', '实事支出')),
    (('120万元', '上级奖补资金'), ('120万元', '上级奖补资金')),
    (('38万元', '村集体投入'), ('36.8万元', '村集体投入')),
    (('十件', '实事'), None),
    (('一个', '老饭桌'), None),
    (('3块钱', '老人自付餐费'), None),
    (('4元', '村集体餐补'), None),
    (('5000元', '羊棚补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='34300', report='34301', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 30400 plan / 30401 report).

Run inside tests/heldout304:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a fishery radio bulletin, 文昌市冯坡镇, 2026-01-07) names `6.8公里` and `760元` twice (the item
and the listeners' call-in): `target='first'` takes the item. The report (the year-end 拆账单, 2027-01-10) answers most
lines in its `｜` table (`回港时拆的` column) and four in its notes (`4个` 渔嫂班, `2个` 托班, `1座` 食堂 with its `480个`
座位, `1台` CT机, `3个` 长者饭堂, `326吨` 海漂垃圾, `1.6公里` 码头路). Its table restates the plan's figures in the
`出海时说的` column (target records of 30401): the links go from the plan's records. A target with no result is listed
with None and skipped: the list's counts and money the report does not answer with a figure (`十件`, `410万元`), the
scope `216艘` 渔船, `8场` 安全培训 and `11公里` 自来水管网 (told without a figure), the `3元` meal price and the `800元` cap on
托班 fees (the report states the fee actually charged, `680元`, as a rate: stock, not a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('6.8公里', '通村道路'), ('7.1', '通村道路硬化')),
    (('42盏', '沿海村道路灯'), ('42', '沿海村道路灯')),
    (('216台', '北斗终端'), ('209', '渔船北斗终端')),
    (('1500件', '新式救生衣'), ('1500', '新式救生衣')),
    (('600人次', '海上安全培训'), ('684', '海上安全培训')),
    (('4个', '渔嫂技能培训班'), ('4个', '渔嫂班')),
    (('300人', '渔嫂'), ('326', '渔嫂技能培训')),
    (('60个', '公益性岗位'), ('58', '公益性岗位')),
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '托位'), ('40', '托位')),
    (('1座', '食堂'), ('1座', '镇中心小学食堂')),
    (('480人', '食堂同时就餐'), ('480个', '食堂座位')),
    (('1台', 'CT机'), ('1台', 'CT机')),
    (('2800人', '老人免费体检'), ('3015', '老人免费体检')),
    (('3个', '长者饭堂'), ('3个', '长者饭堂')),
    (('2.4万人次', '助餐'), ('2.61', '长者饭堂助餐')),
    (('35户', '农村危房'), ('35', '农村危房改造')),
    (('520户', '通水到户'), ('497', '自来水通水到户')),
    (('120亩', '木麻黄防护林'), ('135', '木麻黄防护林')),
    (('300吨', '海漂垃圾'), ('326吨', '海漂垃圾')),
    (('760元', '城乡低保标准'), ('760', '低保标准')),
    (('2360万元', '计划投资'), ('2298', '完成投资')),
    (('1.6公里', '码头到村口道路'), ('1.6公里', '码头到村口道路')),
    (('十件', '民生实事'), None),
    (('410万元', '镇级财政配套'), None),
    (('216艘', '小型渔船'), None),
    (('8场', '海上安全培训'), None),
    (('11公里', '自来水管网'), None),
    (('3元', '老人助餐收费'), None),
    (('800元', '普惠托班收费'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='30400', report='30401', target='first', result='first')

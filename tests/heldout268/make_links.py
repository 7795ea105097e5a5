#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 26800 plan / 26801 report).

Run inside tests/heldout268:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (打隆镇's 弦子 lyrics) states each of its ten items twice, in the sung line and again in the
appended table; the links go from the sung line (its first mention, `target='first'`). The report (the tea-house
notice) answers each item first in its `｜` table, then some again in the reporter's prose; the links take the table
(`result='first'`). A target with no result is listed with None and skipped: the list's counts (`十件`, `十个` 项目),
the `一所` day-care centre (the report gives only its beds).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('一百二十户', '农房'), ('117', '农房改造')),
    (('两万五千元', '补助'), ('2.5万元', '补助')),
    (('十八公里', '饮水管道'), ('18.6', '饮水管道')),
    (('六个', '通自来水村子'), ('6个', '通水村')),
    (('两千三百人', '受益群众'), ('2417人', '受益群众')),
    (('二百张', '寄宿床位'), ('200', '寄宿床位')),
    (('一百元', '“三包”经费'), ('100元', '“三包”经费')),
    (('五名', '乡村医生'), ('4名', '乡村医生')),
    (('一千一百人', '老人免费体检'), ('1186', '老年人免费体检')),
    (('八百吨', '饲草'), ('835', '饲草储备')),
    (('四十座', '牲畜棚圈'), ('41座', '棚圈')),
    (('三百人次', '技能培训'), ('342', '技能培训')),
    (('四百五十人', '转移就业'), ('468人', '转移就业')),
    (('六百个', '生态岗位'), ('603个', '生态岗位')),
    (('二十张', '床位'), ('20', '日间照料床位')),
    (('十五个', '托育点位置'), ('15个', '托育点托位')),
    (('二十六公里', '通村公路硬化'), ('24.2', '通村公路硬化')),
    (('一百五十盏', '太阳能路灯'), ('150盏', '太阳能路灯')),
    (('六百个', '烟感报警器'), ('612', '烟感报警器')),
    (('十二场', '应急演练'), ('13场', '应急演练')),
    (('三个', '文化广场'), ('3个', '文化广场')),
    (('四十场', '送戏下乡'), ('46', '送戏下乡')),
    (('一百零二项', '小活'), ('98项', '小活')),
    (('两千六百八十万元', '总账'), ('2614万元', '实际花费')),
    (('九百万元', '援藏资金'), ('902万元', '援藏资金')),
    (('十件', '为民办实事'), None),
    (('十个', '项目'), None),
    (('一所', '日间照料中心'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='26800', report='26801', target='first', result='first')

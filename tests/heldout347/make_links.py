#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 34700 plan / 34701 report).

Run inside tests/heldout347:  python3 make_links.py
Stdlib only; imports nothing from the package. Runs the shared `tools/make_links.py`; this file keeps the link list
and the two doc prefixes. Each side names a gold record by its span text and indicator.

The plan (34700, a flash fiction in the county paper's supplement) states every item twice: in the story, with a
circled note number, and in the notes that quote the voted list. Links go from the first mention (`target='first'`,
the story's). The report (34701, a Huai-opera libretto) sings or speaks each result and repeats it in the troupe's
check table; links go to the first mention that names what is counted (`result='first'`: the libretto's line), not
to the table's bare cells, which restate it.

Targets with no result (listed with None, skipped): the list's count `12件` (the report's `十一件`/`一件` count its
parts), the nursery `1处` (opened, no count given), the `3元` meal subsidy and `一个` per village (the report restates
the subsidy as a rate in force, stock), the road width `5.5米`, the town's own money `4300万元`, and 2025's `2个`
(achieved) and `10件`.
"""
import runpy
from pathlib import Path

LINKS = [
    (('60个', '普惠托位'), ('六十个', '普惠托位')),
    (('4个', '老年助餐点'), ('4个', '助餐点')),
    (('12.6公里', '农村公路提档升级'), ('十三点一公里', '农村公路提档升级')),
    (('6座', '危桥改造'), ('六座', '危桥')),
    (('18条', '农村河道疏浚'), ('十八条', '河道清淤')),
    (('42万立方米', '清淤土方'), ('四十四万六千方', '清淤土方')),
    (('7.3公里', '圩堤加固'), ('七点三公里', '圩堤')),
    (('2座', '排涝站'), ('1座', '排涝站')),
    (('126套', '集中居住区农房交付'), ('126套', '农房交付')),
    (('40人次', '竹泓木船制作技艺培训'), ('46人次', '木船技艺培训')),
    (('300个', '就业岗位'), ('327个', '就业岗位')),
    (('8600人', '老年人免费体检'), ('八千九百一十二人', '老年人体检')),
    (('1座', '风雨操场'), ('一座', '风雨操场')),
    (('36间', '教室照明改造'), ('三十六间', '教室照明')),
    (('1500户', '燃气报警器'), ('一千六百二十户', '燃气报警器')),
    (('120块', '防溺水警示牌'), ('一百三十五块', '警示牌')),
    (('24场', '淮剧送戏下乡'), ('二十六场', '送戏下乡')),
    (('1.86亿元', '计划总投资'), ('一亿七千九百万', '完成投资')),
    (('十二件', '实事'), None),
    (('1处', '托育点'), None),
    (('3元', '老年助餐补贴'), None),
    (('一个', '老年助餐点'), None),
    (('5.5米', '路面宽度'), None),
    (('4300万元', '镇级资金'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='34700', report='34701', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 26200 plan / 26201 report).

Run inside tests/heldout262:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a WBS dictionary) states `3家` 村级老年食堂 twice (the deliverable and its milestone
M03): the link takes the first (`target='first'`). Results are the report's prose figures (section 三); the report's
earned-value table restates each work package's budget as PV (target records of 26201) and gives EV and AC cells:
only the plan's total budget is linked, to the report's `完成投资2588.6万元` (the AC total told in prose); the
per-package budgets are left unlinked (the report answers each with two figures, EV and AC, and names neither
`完成投资`). A target with no result is listed with None and skipped: the list's count `8件` (answered only as
`6件全面完成，2件基本完成`), the 托育点 `2个` and the bus line's `1条` and `9个` stops and the `30户` 危旧房 (answered
without a figure: `开园`, `开通`, `按计划建成`, `全部竣工`), the per-unit standards (`3元` per meal, `1.5万元` per
household, `1台` per clinic), the budgets, the 2027 `2.8公里` and the change-control threshold `10%`.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2656.5万元', '总预算'), ('2588.6万元', '完成投资')),
    (('1380万元', '上级补助'), ('1352万元', '上级补助')),
    (('60个', '托位'), ('62个', '托位')),
    (('3家', '村级老年食堂'), ('3家', '村级老年食堂')),
    (('5.5万人次', '助餐'), ('5.83万人次', '助餐')),
    (('45户', '适老化改造'), ('48户', '适老化改造')),
    (('4个', '村卫生室'), ('4个', '村卫生室')),
    (('2800人', '老年人免费体检'), ('3016人', '老年人免费体检')),
    (('18.5公里', '供水管网'), ('16.9公里', '供水管网')),
    (('6200人', '受益群众'), ('5800人', '受益群众')),
    (('12公里', '通村公路'), ('12.6公里', '通村公路')),
    (('150个', '公共停车泊位'), ('163个', '公共停车泊位')),
    (('5家', '共富工坊'), ('5家', '共富工坊')),
    (('180人', '农村劳动力就业'), ('212人', '农村劳动力就业')),
    (('600人次', '技能培训'), ('655人次', '技能培训')),
    (('1200户', '瓶装液化气用户'), ('1260户', '瓶装液化气用户')),
    (('3座', '山塘除险加固'), ('2座', '山塘除险加固')),
    (('3.2公里', '溪道'), ('3.2公里', '溪道')),
    (('8件', '镇级民生实事'), None),
    (('2个', '普惠托育点'), None),
    (('1条', '公交线路'), None),
    (('9个', '停靠站点'), None),
    (('30户', '危旧房改造'), None),
    (('2.8公里', '溪道'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='26200', report='26201', target='first', result='first')

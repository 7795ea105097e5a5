#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 21400 plan / 21401 report).

Run inside tests/heldout214:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator; the shared `tools/make_links.py` does the rest. The plan states
its targets in the order form's `|` table (bare cells, unit from the `单位` column) and repeats two in its
notes (`危房改造28户`, `尾水净化3000亩`): the links go from the table's cells (`target='first'`). The report
restates every target after `订货数量：` (target records of 21401) and gives the result after `实送数量：`,
then again in the sign-off note for some (`新建幸福食堂5个`, `公厕建成7座`, `提供岗位655个`): the links take the
first achieved mention (`result='first'`). Listed with None and skipped: targets the report answers with no
achieved figure (the list's `11件` — the report counts its items in `样`, no unit of units.csv; the money
sources `1900万元`, `1550万元`, `440万元`; the per-row `计划投资` cells and their `3010` total; the toilet-fee cap
`800元` and the `2元` meal subsidy, answered only by rates in force, stock records).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3450万元', '计划总投资'), ('3512万元', '完成投资')),
    (('40', '托育点普惠托位'), ('40个', '托育点普惠托位')),
    (('1200', '风雨操场'), ('1260平方米', '风雨操场')),
    (('6', '村卫生室'), ('6个', '村卫生室标准化改造')),
    (('5', '幸福食堂'), ('5个', '幸福食堂')),
    (('3.6', '老年人助餐'), ('4.1万人次', '助餐')),
    (('28', '农村危房改造'), ('28户', '危房改造')),
    (('3户', '结转危房改造'), ('3户', '结转危房改造')),
    (('8', '农村公厕'), ('7座', '公厕')),
    (('30', '困难残疾人家庭无障碍改造'), ('32户', '困难残疾人家庭无障碍改造')),
    (('1500', '虾稻共作技术培训'), ('1728人次', '虾稻技术培训')),
    (('600', '小龙虾加工家门口就业岗位'), ('655个', '就业岗位')),
    (('12.5', '通村公路'), ('11.8公里', '通村公路提档升级')),
    (('7个', '通村公路涉及村'), ('6个', '通车村')),
    (('3000', '虾稻田尾水生态净化'), ('3150亩', '虾稻田尾水生态净化')),
    (('90%', '出水达标比例'), ('93.5%', '出水达标比例')),
    (('3.2', '沟渠塘堰防溺水护栏'), ('3.4公里', '防溺水护栏')),
    (('120块', '警示牌'), ('136块', '警示牌')),
    (('60', '花鼓戏送戏下乡'), ('64场', '花鼓戏送戏下乡')),
    (('11件', '民生实事'), None),
    (('1900万元', '上级资金'), None),
    (('1550万元', '镇级自筹和社会资金'), None),
    (('440万元', '上级部门直接实施部分'), None),
    (('3010', '计划投资合计'), None),
    (('800元', '普惠托位收费'), None),
    (('2元', '幸福食堂助餐补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='21400', report='21401', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 32400 plan / 32401 report).

Run inside tests/heldout324:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan 32400 states the road target `23公里` twice (its table and its first note): the link takes the
first (`target='first'`). The report 32401 sings most results in its scenes and repeats them in the caption board (TAB
table, whose records carry the board's row names); the link goes to the sung mention where there is one, and to the
board's `交车数量` cell for the school sports ground (`4200`), which only the board answers. A target with no result is
listed with None and skipped: the list's own counts and money (`10件`, `940万元`, the table's investment cells), the villages
and communities, last year's figures, the toll of `14个`/`2个` places, the 托位 fee cap `900元` (the report states a fee
in force, `850元`, a stock, not an achieved figure), the `三分之一` price gap, the `10名` cadres and the 低保 roll.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2794万元', '完成投资')),
    (('1920万元', '上级资金'), ('1920万元', '上级资金')),
    (('6个', '村级互助养老点'), ('7个', '互助养老点')),
    (('3.6万人次', '老年助餐服务'), ('3.82万人次', '老年助餐')),
    (('2个', '托班'), ('2个', '托班')),
    (('50个', '普惠托位'), ('52个', '普惠托位')),
    (('4200平方米', '嘉川小学运动场改造'), ('4200', '嘉川小学运动场')),
    (('8个', '村卫生室标准化改造'), ('8个', '村卫生室')),
    (('4800人', '老年人免费健康体检'), ('4931人', '老年人免费体检')),
    (('23公里', '农村公路硬化'), ('21.5公里', '农村公路硬化')),
    (('3公里', '结转农村公路硬化'), ('3公里', '结转农村公路硬化')),
    (('16公里', '临崖临水路段护栏'), ('17.2公里', '护栏')),
    (('40户', '农村危房改造'), ('40户', '危房改造')),
    (('3处', '村级集中供水工程'), ('3处', '集中供水')),
    (('500台', '燃气报警器'), ('512台', '燃气报警器')),
    (('1200人次', '茶叶、黄金猕猴桃技能培训'), ('1356人次', '茶叶猕猴桃技能培训')),
    (('60个', '乡村公益性岗位'), ('62个', '公益性岗位')),
    (('240场', '送电影下乡'), ('246场', '送电影下乡')),
    (('80万元', '临时救助金'), ('86.4万元', '临时救助')),
    (('680元', '农村低保标准'), ('680元', '低保标准')),
    (('10件', '民生实事'), None),
    (('940万元', '镇级自筹和社会投入'), None),
    (('900元', '普惠托位收费'), None),
    (('10名', '班子成员'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='32400', report='32401', target='first', result='first')

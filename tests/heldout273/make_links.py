#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 27300 plan / 27301 report).

Run inside tests/heldout273:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes. The
report states most results twice (the blessing's sentence, then the table's `年底做到` cell): the link takes the
sentence (`result='first'` where the span and indicator repeat). The report's table restates the targets (`年初说的`,
target records of 27301): the links go from the plan's records. Targets with no result are listed with None.
"""
import runpy
from pathlib import Path

LINKS = [
    (('40个', '托位'), ('40个', '托位')),
    (('120张', '寄宿制学校宿舍床位'), ('120张', '寄宿学校床位')),
    (('85%', '牧区家庭医生签约率'), ('88.6%', '家庭医生签约率')),
    (('1800户次', '入户巡诊'), ('2160户次', '入户巡诊')),
    (('6个', '牧区互助养老点'), ('6个', '互助养老点')),
    (('300元', '高龄津贴'), ('300元', '高龄津贴')),
    (('48户', '牧户危房改造'), ('46户', '危房改造')),
    (('22处', '机电井', 'first'), ('22处', '机电井')),
    (('150套', '风光互补发电设备'), ('158套', '风光互补设备')),
    (('9800元', '牧区低保标准'), ('9800元', '低保标准')),
    (('600人次', '牧民技能培训'), ('714人次', '技能培训')),
    (('80个', '草原管护公益性岗位'), ('80人', '草原管护岗位')),
    (('35公里', '砂石路'), ('35公里', '砂石路')),
    (('3.2万亩', '退化草原修复'), ('3.4万亩', '退化草原修复')),
    (('4座', '防火瞭望塔'), ('4座', '瞭望塔')),
    (('2860万元', '总投资'), ('2794', '合计投资')),
    (('2个', '牧民文化广场'), ('2个', '文化广场')),
    (('60场', '送电影下分场'), ('72场', '电影送到分场')),
    (('1处', '普惠托育点'), None),
    (('12件', '为民办实事'), None),
    (('9件', '民生实事'), None),
    (('100元', '高龄津贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='27300', report='27301', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 34500 plan / 34501 report).

Run inside tests/heldout345:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a 春官 spring-telling verse book) states each target twice, in its verse (Chinese numerals)
and again in its appended `|` table; the link takes the first mention, the verse line that names what is counted
(`target='first'`). The report (an eighth-grade exam built on the town's year-end figures) states most results in the
TAB table of its material two, and restates two of them in its answer key; the link takes the table's cell
(`result='first'`). A target with no result is listed with None and skipped: the list's count (`12件`), the 托育点
itself (`一处`, no count of points in the report), the newborn screening rate, the 2027 托位 goal, the dormitory (`一栋`,
`二百四十张`: its beds are `/` in the table and moved to 2027), the nine village schools, the meal price, the
terraces' farm roads, the river works, the fire stations, the 社火 troupes and their grant, and the books.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('三十个', '托位'), ('32', '托育点托位')),
    (('二百人次', '入户科学育儿指导'), ('236', '入户科学育儿指导')),
    (('四百盏', '护眼灯'), ('400', '村小护眼灯')),
    (('六个', '村卫生室'), ('6', '村卫生室提标改造')),
    (('三千六百人', '老人免费体检'), ('3718', '老人免费体检')),
    (('一千二百人', '妇女两癌筛查'), ('1256', '两癌筛查')),
    (('三处', '幸福食堂'), ('3', '村级幸福食堂')),
    (('一万二千人次', '助餐'), ('1.35', '幸福食堂助餐')),
    (('五十户', '适老化改造'), ('52', '适老化改造')),
    (('二十二户', '危房改造'), ('22', '农村危房改造')),
    (('十六公里', '自来水管网'), ('17.3', '自来水管网改造')),
    (('三百座', '户厕改造'), ('312', '户厕改造')),
    (('十二公里', '通村路'), ('12.6', '通村路')),
    (('一百五十盏', '村道路灯'), ('168', '村道路灯')),
    (('四千五百人', '劳务输转'), ('4820', '劳务输转')),
    (('六百人次', '技能培训'), ('655', '技能培训')),
    (('八十个', '公益性岗位'), ('80', '公益性岗位')),
    (('四十五名', '残疾人'), ('47', '残疾人康复服务')),
    (('一百一十元', '重度残疾人护理补贴'), ('110元', '重度残疾人护理补贴')),
    (('两千亩', '荒山造林'), ('2150', '荒山造林')),
    (('五百个', '一氧化碳报警器'), ('530', '一氧化碳报警器')),
    (('一百零八场', '电影下乡'), ('112', '电影下乡')),
    (('一万二千亩', '高标准梯田提升'), ('1.2', '高标准梯田提升')),
    (('四千五百九十七万元', '投资'), ('4421', '完成投资')),
    (('12件', '民生实事'), None),
    (('一处', '托育点'), None),
    (('百分之九十八', '新生儿筛查率'), None),
    (('八十个', '托位'), None),
    (('一栋', '学生宿舍'), None),
    (('二百四十张', '床位'), None),
    (('九所', '村小'), None),
    (('两块钱', '助餐收费'), None),
    (('八公里', '产业路'), None),
    (('三点五公里', '韩店河治理'), None),
    (('九个', '微型消防站'), None),
    (('九支', '社火队'), None),
    (('三千元', '社火队扶持'), None),
    (('两千七百册', '农家书屋图书'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='34500', report='34501', target='first', result='first')

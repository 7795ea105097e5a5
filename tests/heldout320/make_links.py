#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 32000 plan / 32001 report).

Run inside tests/heldout320:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The results are the `实测` cells of 32001's table where the table has the item (its `报考目标` cells restate the
plan and are target records of 32001: the links go from the plan's records), else the remarks (`考官评语`).
The plan's first mention of a repeated figure is taken (`target='first'`: 32000 states `4部` 加装电梯 on its card
and again in its questions and answers). A target with no result is listed with None and skipped.
"""
import runpy
from pathlib import Path

LINKS = [
    (('6个', '村级长者食堂'), ('6', '村级长者食堂')),
    (('4.5万人次', '助餐'), ('4.86万', '助餐')),
    (('40个', '普惠托位'), ('40', '普惠托位')),
    (('240张', '寄宿床位'), ('240', '寄宿床位')),
    (('18名', '课后服务教师'), ('16', '课后服务教师')),
    (('9个', '村卫生室'), ('9', '村卫生室')),
    (('1套', '全科诊疗设备'), ('1套', '全科诊疗设备')),
    (('3800人', '老年人免费体检'), ('4012', '老年人免费体检')),
    (('3个', '老旧小区'), ('3', '老旧小区')),
    (('4部', '加装电梯'), ('3', '加装电梯')),
    (('12.6公里', '通村道路'), ('13.1', '通村道路')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('60个', '公益性岗位'), ('62', '公益性岗位')),
    (('1200人次', '技能培训'), ('1365', '技能培训')),
    (('500人', '城镇新增就业'), ('512人', '城镇新增就业')),
    (('2处', '口袋公园'), ('2处', '口袋公园')),
    (('1.8万平方米', '绿地'), ('1.92万', '绿地')),
    (('2600株', '乔木'), ('2600株', '乔木')),
    (('1500台', '燃气报警器'), ('1500', '燃气报警器')),
    (('80场', '送平调落子下乡演出'), ('86', '送戏下乡')),
    (('3个', '农家书屋'), ('3个', '农家书屋')),
    (('36户', '农村户厕改造'), ('36户', '农村户厕改造')),
    (('2860万元', '计划总投资'), ('2794万元', '完成投资')),
    (('2个', '托班'), None),
    (('1栋', '学生宿舍楼'), None),
    (('412户', '居民'), None),
    (('38公里', '线路全长'), None),
    (('2元', '票价'), None),
    (('1500根', '橡胶软管'), None),
    (('2元', '每餐补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='32000', report='32001', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 27600 plan / 27601 report).

Run inside tests/heldout276:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator; the shared `tools/make_links.py` writes the file. The report states most results twice: as a
bare cell of its `｜` table (`年终核实`) and, for some, again in its notes (`126个`, `12.8公里`, `3个`, `5640元`); the
links take the first mention (the table cell), except the investment, whose first mention is the prose
`完成投资4512万元` above the table. Targets with no result figure in the report are listed with None and skipped.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('40个', '普惠托位'), ('40', '普惠托位')),
    (('600人次', '婴幼儿家庭科学养育指导'), ('652', '科学养育指导')),
    (('270个', '学位'), ('270', '学位')),
    (('240张', '上下铺床'), ('240', '上下铺床')),
    (('3个', '村级老年幸福食堂'), ('3', '幸福食堂')),
    (('35户', '特困老人家庭适老化改造'), ('37', '适老化改造')),
    (('5个', '村卫生室'), ('5', '村卫生室')),
    (('1200人', '“两癌”筛查'), ('1264', '“两癌”筛查')),
    (('28户', '农村低收入群体危房'), ('28', '危房改造')),
    (('3.6公里', '供水管网'), ('3.6', '供水管网')),
    (('120个', '乡村公益性岗位'), ('126', '公益性岗位')),
    (('800人次', '职业技能培训'), ('853', '技能培训')),
    (('14.5公里', '通组路'), ('12.8', '通组路')),
    (('6个', '农村客运招呼站'), ('6', '招呼站')),
    (('4处', '农村生活污水处理设施'), ('4', '污水处理设施')),
    (('900户', '受益农户'), ('936户', '受益农户')),
    (('1500个', '独立式烟感报警器'), ('1500', '烟感报警器')),
    (('8座', '消防水池'), ('7', '消防水池')),
    (('60场', '送戏下乡'), ('64', '送戏下乡')),
    (('5块', '村级灯光篮球场'), ('5', '灯光篮球场')),
    (('150人', '重度残疾人'), ('158', '上门康复')),
    (('5640元', '农村低保标准'), ('5640元', '低保标准')),
    (('4680万元', '计划总投资'), ('4512万元', '完成投资')),
    (('2座', '蓄水池'), ('2座', '蓄水池')),
    # no result figure in the report
    (('1个', '镇托育中心'), None),
    (('1000本', '养育手册'), None),
    (('1栋', '教学楼'), None),
    (('1间', '图书室'), None),
    (('1台', '健康一体机'), None),      # per clinic; the report's 5台 counts all five clinics
    (('800元', '岗位补贴'), None),
    (('11公里', '收集管网'), None),
    (('1.2万余名', '群众'), None),
    (('3260万元', '上级资金'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='27600', report='27601', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 30300 plan / 30301 report).

Run inside tests/heldout303:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator; runs the shared `tools/make_links.py`. The report (a whiteboard transcribed) restates every plan figure
in its `年初数` column (target records of 30301); the links go from the plan's records to the `完成数` cells, or, where
the board has no row, to the notes. A result may be stated twice (`1794万元` in note 5 and on the board's back,
`215万元` likewise): the link takes the first. Targets with no result are listed with None and skipped: the list's
counts (`7件`, `18项`), the per-village and per-home figures whose result the board gives only as a total (`1个`
幸福院 per 村, `12张` per 幸福院: the board's `2` and `24` count both villages), the subsidy rates (`3500元`, `500元`),
and the parts and extras the board does not answer (`5名` 音体美教师, `3个` 班, `6名` 保育员, `20次` 体检车进村,
`三个` 自然村, `4.2公里` 渭河北岸段).
"""
import runpy
from pathlib import Path

LINKS = [
    (('7件', '实事'), None),
    (('18项', '民生实事'), None),
    (('1860万元', '总投资'), ('1794万元', '完成投资')),
    (('215万元', '镇级配套'), ('215万元', '镇级配套')),
    (('1个', '村级互助老人幸福院'), None),
    (('12张', '午休床位'), None),
    (('120份', '上门送餐'), ('136', '高龄老人送餐')),
    (('160户', '特殊困难老年人家庭'), ('163', '适老化改造')),
    (('3500元', '适老化改造补助'), None),
    (('1栋', '学生宿舍楼'), ('1', '学生宿舍楼')),
    (('240张', '寄宿床位'), ('0', '寄宿床位')),
    (('14名', '特岗教师'), ('13', '特岗教师')),
    (('5名', '音体美教师'), None),
    (('3个', '幼儿园班'), None),
    (('90个', '学位'), ('90', '幼儿园新增学位')),
    (('6名', '保育员'), None),
    (('9个', '村卫生室'), ('9', '村卫生室改造')),
    (('2300人', '老人免费体检'), ('2417', '老人免费体检')),
    (('20次', '体检车进村'), None),
    (('1200人', '两癌筛查'), ('1236', '两癌筛查')),
    (('56户', '农村危房改造'), ('56', '危房改造')),
    (('7.5公里', '老化自来水管网'), ('7.9', '自来水管网')),
    (('三个', '自然村'), None),
    (('12.6公里', '通村路'), ('11.8', '通村路硬化')),
    (('4.2公里', '渭河北岸段通村路'), None),
    (('1条', '公交班线'), ('1', '公交班线')),
    (('8个', '招呼站'), ('8个', '招呼站')),
    (('150人', '帮扶车间吸纳就业'), ('172', '帮扶车间就业')),
    (('60个', '乡村公益性岗位'), ('60', '公益性岗位')),
    (('500元', '公益性岗位补贴'), None),
    (('800人次', '技能培训'), ('865', '技能培训')),
    (('1座', '垃圾中转站'), ('1', '垃圾中转站')),
    (('400个', '燃气报警器'), ('400', '燃气报警器')),
    (('525万元', '省市资金'), ('525万元', '省市资金')),
    (('1120万元', '县级财政'), ('1054万元', '县级财政')),
    (('20件', '健身器材'), ('20件', '健身器材')),
    (('2.3公里', '石川村通村路'), ('2.3公里', '石川村通村路')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='30300', report='30301', target='first', result='first')

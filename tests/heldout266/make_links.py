#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 26600 plan / 26601 report).

Run inside tests/heldout266:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a street display-board artwork proof) states `2300人` 老年人免费体检 twice (the board and
the leader's note) and `562户` twice (both in the note): the links take the first (`target='first'`). The report (the
ice-lantern plaques) states several results in a plaque and again in its `|` table; the links take the plaque's
(`result='first'`; the table's cells are bare, so their text differs anyway). A target with no result is listed with
None and skipped: the list's counts (`十件`, `36个` 子项目, `11个` 部门), `2150万元` 上级资金, the 托育点 `1处` and the
`阳光家园` `1个` (told done without a figure), the `120个` 公益性岗位 total (the report gives only the new posts and a
stock of posts held), and the per-unit subsidies `5元` per meal and `1200元` per household, which the report restates as
rates in force (stock).
"""
import runpy
from pathlib import Path

LINKS = [
    (('3860万元', '计划总投资'), ('3725万元', '完成投资')),
    (('40个', '托位'), ('40个', '托位')),
    (('1台', '供暖锅炉'), ('1台', '供暖锅炉')),
    (('60张', '寄宿床位'), ('60张', '寄宿床位')),
    (('2辆', '校车'), ('2辆', '校车')),
    (('1200人次', '中小学生上冰上雪'), ('1386人次', '学生上冰上雪')),
    (('210名', '寄宿生'), ('205名', '寄宿生')),
    (('3个', '家庭医生团队'), ('3个', '家庭医生团队')),
    (('2300人', '老年人免费体检'), ('2417人', '老年人免费体检')),
    (('2个', '社区老年食堂'), ('2个', '社区老年食堂')),
    (('2.5万人次', '助餐'), ('2.71万人次', '助餐')),
    (('14栋', '林区老旧住宅楼'), ('14栋', '林区老旧住宅楼')),
    (('1.1万平方米', '林区老旧住宅楼改造面积'), ('1.12万平方米', '林区老旧住宅楼改造面积')),
    (('562户', '居民'), ('562户', '居民')),
    (('4.2公里', '老旧供热管网'), ('4.2公里', '供热管网')),
    (('9.6公里', '林场通屯道路'), ('8.1公里', '通屯道路硬化')),
    (('6个', '候车亭'), ('6个', '候车亭')),
    (('23个', '公益性岗位'), ('31个', '公益性岗位')),
    (('800人次', '黑木耳、蓝莓种植技能培训'), ('907人次', '黑木耳、蓝莓种植技能培训')),
    (('330户', '困难职工和低保户'), ('342户', '冬季取暖补贴')),
    (('25人', '重度残疾人托养服务'), ('27人', '托养重度残疾人')),
    (('1500个', '一氧化碳报警器'), ('1500个', '一氧化碳报警器')),
    (('20场', '送戏进林场'), ('22场', '送戏进林场')),
    (('3个', '农家书屋'), ('3个', '农家书屋')),
    (('36个', '子项目'), None),
    (('11个', '承办部门'), None),
    (('2150万元', '上级资金'), None),
    (('1处', '普惠托育点'), None),
    (('1个', '残疾人阳光家园'), None),
    (('120个', '公益性岗位'), None),
    (('5元', '老人餐补贴'), None),
    (('1200元', '冬季取暖补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='26600', report='26601', target='first', result='first')

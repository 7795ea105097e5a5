#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 26900 plan / 26901 report).

Run inside tests/heldout269:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator (stance filter: target on the plan side, achieved on the report side). Runs the shared
`tools/make_links.py`; this file keeps the link list and the two doc prefixes. The report's TAB table restates
each target in its `年初目标` column (target records of 26901): the links go from the plan's records to the
`完成数` cells, or to the prose where the table has no row (低保 standard, heating subsidy households, the two
托育点, investment, 兵团 money). A target with no result is listed with None and skipped: the list's counts
(`9件`, `22项`), the road (`7.6公里`: the report gives only the roadbed done, `5.2公里`, and the remainder), the per-household
subsidy (`1200元`: the report gives the total), and the plan's figures the report does not answer with a figure
(`1栋`, `400元`, `3元`, `2300户`, `2条`, `4场` per village, the table's money, `2名`, `50个`, `95%`).
"""
import runpy
from pathlib import Path

LINKS = [
    (('3860万元', '计划总投资'), ('3512万元', '完成投资')),
    (('410万元', '兵团配套资金'), ('410万元', '兵团配套资金')),
    (('2个', '普惠托育点'), ('两个', '托育点')),
    (('80个', '托位'), ('80', '普惠托位')),
    (('1800人次', '婴幼儿免费体格检查'), ('1946', '婴幼儿免费体检')),
    (('180个', '学位'), ('180', '幼儿园新增学位')),
    (('60张', '寄宿床位'), ('60', '寄宿床位')),
    (('6个', '村卫生室'), ('6', '村卫生室')),
    (('240人次', '坐诊'), ('318', '医生坐诊')),
    (('3200人', '老年人免费健康体检'), ('3317', '老年人体检')),
    (('4个', '村级老年餐桌'), ('4', '老年餐桌')),
    (('2.5万人次', '助餐'), ('2.71', '助餐')),
    (('120户', '农村安居房抗震加固'), ('106', '抗震加固')),
    (('18公里', '农村自来水入户管网'), ('18.4', '自来水管网')),
    (('650元', '城乡低保标准'), ('650元', '城乡低保标准')),
    (('310户', '困难群众'), ('328户', '冬季取暖补助')),
    (('200人', '城镇新增就业'), ('236', '新增城镇就业')),
    (('3500人次', '农村富余劳动力转移就业'), ('3912', '转移就业')),
    (('90个', '乡村公益性岗位'), ('90', '公益性岗位')),
    (('60场', '文艺演出'), ('64', '文艺演出')),
    (('2个', '农家书屋'), ('2', '农家书屋')),
    (('7.6公里', '兵地连接道路'), None),
    (('1200元', '冬季取暖补助'), None),
    (('22项', '惠民生实事'), None),
    (('1栋', '教学楼'), None),
    (('2300户', '受益群众'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='26900', report='26901')

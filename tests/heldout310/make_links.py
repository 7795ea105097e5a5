#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 31000 plan / 31001 report).

Run inside tests/heldout310:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator; runs the shared `tools/make_links.py`. 31000's `96张` 寄宿床位 is
stated twice (the third panel and the closing note): the link takes the first (`target='first'`). The report's
`种` column restates every target (target records of 31001): the links go from the plan's records to the `打`
cells (achieved). A target with no result is listed with None and skipped: the list's counts and money the report
does not answer with a figure (`12个` candidates, `1210万元` 上级资金), the `1台` per clinic (the report counts
18 machines, another count), `120人` 养羊技术培训, `1条` 客运班线 (told as opened, no count), the `2元` meal
subsidy and `4元` board subsidy, the `1处` 托育点 and `1栋` dormitory, `4000册` books, `5640元` (stock).
"""
import runpy
from pathlib import Path

LINKS = [
    (('3个', '老年饭桌'), ('3', '老年饭桌')),
    (('1.2万人次', '助餐'), ('1.46', '助餐')),
    (('20个', '托位'), ('20', '托位')),
    (('300人次', '婴幼儿入户随访'), ('318', '婴幼儿入户随访')),
    (('96张', '寄宿床位'), ('56', '寄宿床位')),
    (('1100人', '老人免费体检'), ('1187', '老人免费体检')),
    (('85间', '旧窑洞加固'), ('91', '窑洞加固')),
    (('12户', '农村危房改造'), ('12', '危房改造')),
    (('2口', '机井'), ('2口', '机井')),
    (('14.6公里', '供水管网'), ('15.2', '供水管网')),
    (('2100人', '吃水难群众'), ('2100人', '吃水难群众')),
    (('5880元', '农村低保标准'), ('5880元', '农村低保标准')),
    (('30万元', '临时救助备用金'), ('27.3万元', '临时救助')),
    (('240人', '技能培训'), ('263', '技能培训')),
    (('45个', '公益性岗位'), ('45', '公益性岗位')),
    (('22.5公里', '通组路'), ('19.8', '通组路')),
    (('2座', '便民桥'), ('2', '便民桥')),
    (('3座', '淤地坝除险加固'), ('3座', '淤地坝除险加固')),
    (('8.2平方公里', '水土流失治理'), ('8.5平方公里', '水土流失治理')),
    (('16处', '村级垃圾收集点'), ('16', '垃圾收集点')),
    (('1个', '微型消防站'), ('1个', '微型消防站')),
    (('300台', '燃气报警器'), ('326', '燃气报警器')),
    (('36场', '送戏下乡'), ('41', '送戏下乡')),
    (('2个', '农家书屋'), ('2', '农家书屋')),
    (('1860万元', '计划总投资'), ('1792万元', '完成投资')),
    (('1210万元', '上级资金'), None),
    (('1台', '心电图机'), None),
    (('120人', '养羊技术培训'), None),
    (('1条', '客运班线'), None),
    (('4000册', '农家书屋配书'), None),
    (('1处', '托育点'), None),
    (('1栋', '学生宿舍'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='31000', report='31001', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 28800 plan / 28801 report).

Run inside tests/heldout288:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`. The report's `兑奖明细` table restates each card's plan figure
(target records of 28801): the links go from the plan's own records to the table's `兑现` cells (or to the prose where
the table has no row). A target with no result is listed with None and skipped: the list's counts and money
(`12件`, `2140万元` is answered by `2265万元`, linked; `3860万元` by `3712万元`, linked), the boarding places (`240个`,
carried into 2027, no result), the `900元` fee cap (the report's `850元` is a fee level, stock), the consultation and
vote counts, and the other-year figures.
"""
import runpy
from pathlib import Path

LINKS = [
    (('3860万元', '总投资'), ('3712万元', '完成投资')),
    (('2140万元', '争取上级资金'), ('2265万元', '争取上级资金')),
    (('18公里', '排渍沟渠清淤'), ('21.4', '排渍沟渠清淤')),
    (('2座', '电排站机房'), ('2', '电排站机房')),
    (('260户', '农村改厕'), ('274', '农村改厕')),
    (('4座', '村级公厕'), ('4', '村级公厕')),
    (('850户', '新增供水入户'), ('803', '新增供水入户')),
    (('98%', '农村自来水普及率'), ('98.3%', '农村自来水普及率')),
    (('20张', '康复床位'), ('20', '康复床位')),
    (('4600人', '老年人免费体检'), ('4875', '老年人免费体检')),
    (('5个', '村级互助养老服务点'), ('5', '互助养老服务点')),
    (('100元', '高龄津贴'), ('100元', '高龄津贴')),
    (('60个', '普惠托位'), ('60', '普惠托位')),
    (('600人次', '家政、电商技能培训'), ('712', '技能培训')),
    (('300个', '就业岗位'), ('336', '新增就业岗位')),
    (('45个', '乡村公益性岗位'), ('45个', '乡村公益性岗位')),
    (('11.5公里', '通村公路'), ('10.6', '通村公路提质改造')),
    (('6.2公里', '安全护栏'), ('6.8公里', '安全护栏')),
    (('32个', '防溺水监控探头'), ('35', '防溺水监控探头')),
    (('16处', '救生点'), ('16处', '救生点')),
    (('50万元', '临时救助资金'), ('58.6万元', '临时救助资金')),
    (('520元', '农村低保标准'), ('520元', '农村低保标准')),
    (('40户', '残疾人家庭无障碍改造'), ('42户', '残疾人家庭无障碍改造')),
    (('30场', '送戏下乡'), ('34', '送戏下乡')),
    (('2个', '农家书屋'), ('2个', '农家书屋')),
    (('1栋', '食堂'), None),
    (('1200平方米', '建筑面积'), ('1200平方米', '建筑面积')),
    (('240个', '寄宿床位'), None),
    (('900元', '托育收费'), None),
    (('12件', '实事'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='28800', report='28801', target='first', result='first')

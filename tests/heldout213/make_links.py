#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 21300 plan / 21301 report).

Run inside tests/heldout213:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is 隘子镇's 2026 lion-dance route card (醒狮采青路线卡), the report the troupe's 2027 red-envelope
book (利是簿), whose `回封` lines answer each 青 of the card. A target with no result is listed with None and skipped:
the targets the book answers without a figure (the 托育点 `1个` `开园`, the 学生食堂 `1座` `建成投用`, the 农家书屋 `2个`
`已建成`), the meal subsidy `3元` (the book's `每餐补贴3元照发` is a rate in force, stock), the list's count `10件` and its
money sources (`1900万元`, `780万元`), and the card's own route, troupe and safety figures (no counterpart).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('30个', '托位'), ('30个', '托位')),
    (('200人次', '入户育儿指导'), ('216人次', '入户育儿指导')),
    (('100%', '新生儿疾病筛查率'), ('100%', '新生儿疾病筛查率')),
    (('80个', '长者饭堂就餐座位'), ('80个', '长者饭堂就餐座位')),
    (('25户', '特殊困难老年人家庭适老化改造'), ('27户', '适老化改造')),
    (('12户', '农村危房改造'), ('12户', '危房改造')),
    (('4座', '农村公厕'), ('4座', '公厕')),
    (('6.5公里', '集中供水管网延伸'), ('6.8公里', '供水管网延伸')),
    (('2300人', '受益群众'), ('2410人', '受益群众')),
    (('8.2公里', '自然村道路硬化'), ('7.6公里', '自然村道路硬化')),
    (('5个', '公交候车亭'), ('5个', '候车亭')),
    (('860平方米', '建筑面积'), ('860平方米', '学生食堂面积')),
    (('120个', '寄宿床位'), ('120个', '寄宿床位')),
    (('39间', '教室空调'), ('39间', '教室空调')),
    (('6个', '村卫生站'), ('6个', '村卫生站')),
    (('1800人', '老年人免费体检'), ('1926人', '老年人免费体检')),
    (('600人', '两癌筛查'), ('612人', '两癌筛查')),
    (('9公里', '清理河道'), ('9.4公里', '清理河道')),
    (('15个', '生活污水处理设施覆盖自然村'), ('15个', '生活污水处理设施覆盖自然村')),
    (('300亩', '风景林'), ('280亩', '风景林')),
    (('40个', '乡村公益性岗位'), ('42个', '公益性岗位')),
    (('500人次', '技能培训'), ('537人次', '技能培训')),
    (('300人', '农村劳动力转移就业'), ('326人', '转移就业')),
    (('12场', '送戏下乡'), ('14场', '送戏下乡')),
    (('1200平方米', '满堂围屋面修缮'), ('1200平方米', '屋面修缮')),
    (('600个', '独立式烟感报警器'), ('612个', '烟感报警器')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('775元', '农村低保标准'), ('775元', '低保标准')),
    (('80人次', '临时救助'), ('93人次', '临时救助')),
    (('60个', '停车场车位'), ('60个', '停车场车位')),
    (('1间', '文化室'), ('1间', '文化室')),
    (('2680万元', '计划总投资'), ('2715万元', '完成投资')),
    (('1个', '镇级普惠托育点'), None),
    (('1座', '学生食堂'), None),
    (('2个', '农家书屋'), None),
    (('3元', '老人就餐补贴'), None),
    (('1900万元', '上级补助资金'), None),
    (('780万元', '县镇自筹'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='21300', report='21301', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 29800 plan / 29801 report).

Run inside tests/heldout298:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (a SWOT analysis of the 往洞镇 款约) restates the plan's figures in its table's `款约数`
column (target records of 29801): the links go from the plan's records to the `完成数` cells or, where the table has no
row, to the S/W/附 paragraphs. Where a result is stated twice (the table's `5` 助餐点 and the paragraph's `5个`, the
table's `90` 学位 and ⑤'s `90个`, the table's `276` and W②'s `276户`), the link takes the table cell, the first mention
that names what is counted. Targets with no result are listed with None and skipped: the counts of the list (`十件`,
`两件`, `十件`/`一块` of the 款规), the road's width and passing bays, the fire brigade's members and drills, the high-level
tanks, the hamlet's supply point and its 42 households, the 托育点 (`已建成`, no figure), the village doctors, the
heritage repairs, the river dredging, sewage plants, trees and fish wardens, the money's two sources, and the 2元 meal
price and 150份 lunches (restated as a rate and a daily average, stock).
"""
import runpy
from pathlib import Path

LINKS = [
    (('18公里', '通村组路'), ('19.4', '通村组硬化路')),
    (('240盏', '太阳能路灯'), ('240', '太阳能路灯')),
    (('6个', '重点寨子'), ('5', '消防水池')),
    (('5.2公里', '消火栓管网'), ('5.6', '消火栓管网')),
    (('1500具', '灭火器'), ('1500', '灭火器')),
    (('32公里', '农村供水管网'), ('32', '供水管网改造')),
    (('4个', '村'), ('4个', '村')),
    (('1180户', '自来水农户'), ('1180户', '自来水农户')),
    (('1200人', '转移农村劳动力就业'), ('1287', '转移就业')),
    (('2个', '非遗工坊'), ('2个', '非遗工坊')),
    (('80人', '妇女'), ('93人', '妇女')),
    (('500人次', '技能培训'), ('612人次', '技能培训')),
    (('30户', '返乡创业'), ('32户', '返乡创业')),
    (('5个', '村级老年助餐点'), ('5', '老年助餐点')),
    (('90个', '学位'), ('90', '幼儿园新增学位')),
    (('20个', '托位'), ('20个', '托位')),
    (('2100人', '老人免费体检'), ('2186人', '老人免费体检')),
    (('640户', '木楼电线改造'), ('598户', '木楼电线改造')),
    (('680元', '农村低保标准'), ('680元', '农村低保标准')),
    (('120户', '困难家庭'), ('118户', '危旧木房修缮')),
    (('45万元', '临时救助资金'), ('41.6万元', '临时救助')),
    (('60场', '送戏进寨'), ('64', '送戏进寨')),
    (('15个', '鼓楼书屋'), ('15', '鼓楼书屋')),
    (('300名', '少年歌队队员'), ('326名', '少年歌队队员')),
    (('300户', '农户改厕'), ('276', '农户改厕')),
    (('4860万元', '计划总投资'), ('4912', '合计投资')),
    (('十件', '民生实事'), None),
    (('4.5米', '路面宽'), None),
    (('20处', '会车平台'), None),
    (('12人', '义务消防队队员'), None),
    (('30场', '消防演练'), None),
    (('3座', '高位水池'), None),
    (('1处', '集中供水点'), None),
    (('42户', '吃水难农户'), None),
    (('1个', '托育点'), None),
    (('2处', '鼓楼、花桥修缮'), None),
    (('8.5公里', '溪河清淤'), None),
    (('2座', '污水处理站'), None),
    (('1.2万株', '风景林木'), None),
    (('6名', '护鱼员'), None),
    (('3120万元', '上级资金'), None),
    (('1740万元', '县镇配套'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='29800', report='29801', target='first', result='first')

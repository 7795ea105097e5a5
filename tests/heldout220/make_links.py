#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 22000 plan / 22001 report).

Run inside tests/heldout220:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator and runs the shared `tools/make_links.py` (held-out 123's shape). The report restates
each target before its result (`目标/完成`: `2个/2个`); those restated figures are target records of 22001 and
take no part: the links go from the plan's (22000) records to the report's achieved ones. A target with no
result is listed with None and skipped: the list's counts (`12件`, `十二件`), the 托班 itself (`1个`), the meal
capacity (`150份`), the school building and its places (`1幢`, `2800平方米`, `270个`: not delivered, put off to
2026), the road's part (`6.8公里`), the lantern festival (`一场`: held, no figure), the 托班 fee cap (`1200元`:
the report gives the fee in force, a stock).
"""
import runpy
from pathlib import Path

LINKS = [
    (('4260万元', '计划投资'), ('4415万元', '完成投资')),
    (('1180万元', '镇级财政'), ('1180万元', '镇级财政')),
    (('500万元', '侨亲捐助'), ('523.6万元', '侨亲捐款')),
    (('2个', '长者食堂'), ('2个', '长者食堂')),
    (('120元', '高龄补贴'), ('120元', '高龄补贴')),
    (('60户', '困难老人家庭适老化改造'), ('64户', '适老化改造')),
    (('20张', '护理型床位'), ('20张', '敬老院护理型床位')),
    (('30个', '托位'), ('30个', '普惠托班托位')),
    (('400人', '孕妇免费产前筛查'), ('437人', '免费产前筛查')),
    (('40万元', '侨捐奖教奖学金'), ('42.5万元', '奖教奖学金')),
    (('300人', '奖励师生'), ('318人', '奖励师生')),
    (('5个', '村卫生所标准化改造'), ('5个', '村卫生所改造')),
    (('3200人', '老人免费体检'), ('3411人', '老人免费体检')),
    (('18公里', '农村自来水管网延伸'), ('19.2公里', '自来水管网')),
    (('4600人', '受益群众'), ('4800人', '受益群众')),
    (('35户', '危房改造'), ('35户', '危房改造')),
    (('6座', '村级公厕'), ('6座', '公厕')),
    (('860元', '低保标准'), ('860元', '低保标准')),
    (('120名', '残疾人'), ('126名', '残疾人上门康复')),
    (('800人次', '石材、茶叶技能培训'), ('912人次', '技能培训')),
    (('40个', '公益性岗位'), ('40个', '公益性岗位')),
    (('22公里', '硬化村道（组道）'), ('23.5公里', '村道硬化')),
    (('1条', '镇村公交'), ('1条', '镇村公交')),
    (('10个', '港湾式停靠站'), ('8个', '港湾式停靠站')),
    (('6.5公里', '洪濑溪支流整治'), ('6.5公里', '溪流整治')),
    (('3个', '口袋公园'), ('3个', '口袋公园')),
    (('12个', '农村生活污水治理自然村'), ('13个', '污水治理自然村')),
    (('120家', '石材加工厂消防隐患整治'), ('131家', '石材加工厂消防整治')),
    (('500户', '独居老人安装烟感报警器'), ('520户', '烟感报警器')),
    (('2处', '侨批馆、古大厝修缮'), ('2处', '古大厝修缮')),
    (('30场', '送戏下乡'), ('33场', '送戏下乡')),
    (('4个', '农家书屋提升'), ('4个', '农家书屋提升')),
    (('0.4公里', '英都大桥人行道拓宽'), ('0.4公里', '英都大桥人行道')),
    (('97%', '群众满意度'), ('97.4%', '群众满意度')),
    (('12件', '实事'), None),
    (('1个', '普惠托班'), None),
    (('150份', '供餐能力'), None),
    (('1幢', '教学楼'), None),
    (('270个', '学位'), None),
    (('6.8公里', '大庭至云峰段'), None),
    (('一场', '拔拔灯民俗活动'), None),
    (('1200元', '收费'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='22000', report='22001', target='first', result='first')

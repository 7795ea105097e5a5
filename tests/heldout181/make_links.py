#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 18100 plan / 18101 report).

Run inside tests/heldout181:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is a village committee candidate's campaign speech (2021-01-16), the report the village's
year-end "念账会" script read on 2022-01-22; both are about 2021 (`same=('year',)`). The report states the collective
income `31.4万元` twice (its income account, then again among the speech's promises); the link takes the first, the
account that names what is counted (`result='first'`). A target with no result is listed with None and skipped: the
meal price `3块钱` (the report restates it as the price in force, a stock, not a result), the term's 2025 goals
(`50万元`, `3500亩`), and the plan's standing figures (stock: households, 低保户, debt) are not targets at all.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('6.8公里', '通组公路硬化'), ('7.2公里', '通组公路硬化')),
    (('120盏', '太阳能路灯'), ('126盏', '太阳能路灯')),
    (('80万元', '镇配套资金'), ('80万元', '镇配套资金')),
    (('20万元', '村自筹资金'), ('20万元', '村自筹资金')),
    (('3000亩', '虾稻基地'), ('3150亩', '虾稻基地')),
    (('160户', '入社农户'), ('172户', '入社农户')),
    (('300元', '分红'), ('320元', '分红')),
    (('30万元', '村集体收入'), ('31.4万元', '村集体经营性收入')),
    (('47户', '自来水接通'), ('45户', '自来水接通')),
    (('9户', '危房改造'), ('9户', '危房改造')),
    (('20张', '互助幸福院床位'), ('20张', '互助幸福院床位')),
    (('60平方米', '村卫生室面积'), ('62平方米', '村卫生室面积')),
    (('420人', '老人免费体检'), ('436人', '老人免费体检')),
    (('2个', '暑期留守儿童托管班'), ('2个', '暑期留守儿童托管班')),
    (('80个', '托管儿童'), ('93个', '托管儿童')),
    (('60块', '防溺水警示牌'), ('66块', '防溺水警示牌')),
    (('40个', '救生圈'), ('40个', '救生圈')),
    (('1000元', '考上大学奖励'), ('1000元', '考上大学奖励')),
    (('5口', '清淤大塘'), ('5口', '清淤大塘')),
    (('30个', '垃圾收集点'), ('32个', '垃圾收集点')),
    (('12个', '保洁员公益性岗位'), ('12名', '保洁员')),
    (('200人次', '虾稻技术培训'), ('235人次', '虾稻技术培训')),
    (('1200平方米', '文化广场'), ('1260平方米', '文化广场')),
    (('8件', '健身器材'), ('8件', '健身器材')),
    (('6场', '送戏下乡'), ('8场', '送戏下乡')),
    (('1个', '电商服务点'), ('1个', '电商服务点')),
    (('50吨', '网上销售小龙虾'), ('46吨', '网上销售小龙虾')),
    (('30吨', '网上销售虾稻米'), ('33吨', '网上销售虾稻米')),
    (('两家', '保底收购加工厂'), ('1家', '保底收购加工厂')),
    (('500元', '重病家庭慰问'), ('500元', '重病家庭慰问')),
    (('3块钱', '老人就餐收费'), None),
    (('50万元', '村集体收入'), None),
    (('3500亩', '虾稻面积'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='18100', report='18101', target='first', result='first', same=('year',))

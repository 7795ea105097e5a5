#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 21900 plan / 21901 report).

Run inside tests/heldout219:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is 青田县's 2025 list written as a remittance advice (侨汇单); the report is the county's
letter home to overseas townsfolk (家书) of January 2026. The plan's total is stated twice (`¥386,000,000.00` and
`叁亿捌仟陆佰万元`): the link goes from the first. A target with no result is listed with None and skipped: the list's
counts and money sources the letter does not answer with a figure (`11类`, `32项`, `2.21亿元`, `1.16亿元`), the
托育点 per town (`1个`: the letter names 仁庄镇's as opened and gives the remainder a 2026 date, no count done), and
the 2025 goal of `3.8个` 托位 per 千人口, which the letter answers only with a standing total `截至去年底…3.9个`
(stock, never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('¥386,000,000.00', '汇款金额'), ('4.02亿元', '完成投资')),
    (('4900万元', '侨界及社会捐资'), ('5230万元', '侨界捐资')),
    (('360个', '普惠托位'), ('382个', '普惠托位')),
    (('1.2万人次', '婴幼儿发育筛查'), ('1.26万人次', '婴幼儿发育筛查')),
    (('1080个', '学位'), ('1080个', '学位')),
    (('80个', '周末课堂班'), ('86个', '周末课堂班')),
    (('400名', '代理家长'), ('412名', '代理家长')),
    (('15个', '规范化村卫生室'), ('15个', '卫生室')),
    (('3000人次', '海外侨胞远程诊疗'), ('3420人次', '海外乡亲远程诊疗')),
    (('5.6万人', '老年人免费体检'), ('5.83万人', '老年人免费体检')),
    (('28个', '老年食堂（助餐点）'), ('31个', '老年食堂')),
    (('40万人次', '助餐'), ('43.6万人次', '助餐')),
    (('800户', '特殊困难老年人家庭'), ('812户', '困难老人')),
    (('100元', '高龄津贴'), ('100元', '高龄津贴')),
    (('1200人', '下山搬迁'), ('1286人', '下山搬迁')),
    (('6个', '老旧小区'), ('6个', '老旧小区改造完工')),
    (('2350户', '居民'), ('2410户', '居民')),
    (('300幢', '华侨闲置农房'), ('318幢', '侨房')),
    (('500户', '困难归侨侨眷'), ('526户', '困难归侨侨眷走访')),
    (('1160元', '城乡低保标准'), ('1160元', '低保标准')),
    (('2家', '残疾人之家'), ('2家', '残疾人之家')),
    (('6500人', '城镇新增就业'), ('7012人', '城镇新增就业')),
    (('2000人次', '跨境电商、西餐咖啡技能培训'), ('2360人次', '跨境电商和西餐咖啡培训')),
    (('20家', '共富工坊'), ('23家', '共富工坊')),
    (('1500人', '农户家门口就业'), ('1680个', '乡亲家门口就业')),
    (('45公里', '农村公路'), ('47.3公里', '农村公路')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交')),
    (('900个', '公共停车泊位'), ('936个', '停车泊位')),
    (('3条', '美丽河湖'), ('3条', '美丽河湖')),
    (('8万平方米', '城市绿地'), ('8.4万平方米', '城市绿地')),
    (('60个', '农村生活污水处理设施标准化运维'), ('60个', '污水设施有人管的村')),
    (('18处', '地质灾害隐患点'), ('18处', '地质灾害隐患点')),
    (('1.5万个', '独立式烟感报警器'), ('1.52万个', '烟感报警器')),
    (('8000人次', '应急救护培训'), ('8650人次', '应急救护培训')),
    (('200场', '送戏下乡'), ('216场', '送戏下乡')),
    (('3家', '城市书房'), ('3家', '城市书房')),
    (('11类', '民生实事'), None),
    (('32项', '民生实事'), None),
    (('2.21亿元', '县级财政'), None),
    (('1.16亿元', '上级资金'), None),
    (('1个', '公办托育点'), None),
    (('3.8个', '3岁以下婴幼儿托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='21900', report='21901')

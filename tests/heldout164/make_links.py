#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 16400 plan / 16401 report).

Run inside tests/heldout164:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is 元阳县's 2026 cadres' work handbook (16400), the report the route sheet of the year-end
on-site observation tour (16401, printed 2027-01-06). A target with no result is listed with None and skipped: the
list's own counts (`10件`, `32项`, which the report restates as targets), the county's matching funds (`0.52亿元`,
reported only as `全部到位`), the targets the report says were done without a figure (`40座` 公厕 `均已按计划完成`;
the childcare centre `1个` and the sewage station `1座`, reported as opened, not counted; `约1.2万人` benefiting from
drinking water), the 2028 sewage-treatment rate `90%`, and the answers of the handbook's Q&A (`5元` fare, `800元`
fee cap: the report's `780元` is the fee as it stands, a stock, not a result; `18公里` carried over; `1000元` wage;
`120元` per check; `1名` bilingual lecturer).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.86亿元', '计划总投资'), ('3.72亿元', '完成投资')),
    (('2.41亿元', '上级资金'), ('2.38亿元', '上级资金')),
    (('650户', '农房抗震改造'), ('638户', '农房抗震改造')),
    (('120户', '哈尼族蘑菇房风貌提升'), ('120户', '蘑菇房风貌提升')),
    (('20个', '饮水巩固提升工程自然村'), ('20个', '饮水巩固提升工程自然村')),
    (('150个', '普惠托位'), ('150个', '普惠托位')),
    (('3.6万盒', '营养包'), ('3.72万盒', '营养包')),
    (('1栋', '教学综合楼'), ('1栋', '教学综合楼')),
    (('900个', '学位'), ('900个', '学位')),
    (('1.1万名', '寄宿生'), ('1.14万名', '寄宿生')),
    (('28个', '村卫生室'), ('28个', '村卫生室')),
    (('2.4万人', '老年人免费体检'), ('2.51万人', '老年人免费体检')),
    (('8000人', '适龄妇女宫颈癌、乳腺癌筛查'), ('8126人', '两癌筛查')),
    (('15个', '农村互助养老服务点'), ('16个', '农村互助养老服务点')),
    (('300户', '特殊困难老年人家庭适老化改造'), ('312户', '特殊困难老年人家庭适老化改造')),
    (('6100元', '农村低保标准'), ('6100元', '农村低保标准')),
    (('4200人', '困难残疾人'), ('4350人', '困难残疾人生活补贴')),
    (('12.5万人', '农村劳动力转移就业'), ('13.1万人', '农村劳动力转移就业')),
    (('3000人次', '技能培训'), ('3265人次', '技能培训')),
    (('800个', '乡村公益性岗位'), ('816个', '乡村公益性岗位')),
    (('120公里', '农村公路'), ('112公里', '农村公路')),
    (('6条', '城乡赶街车客运线路'), ('6条', '赶街车线路')),
    (('2.5万亩', '梯田水源涵养林'), ('2.6万亩', '梯田水源涵养林')),
    (('800立方米', '日处理能力'), ('800立方米', '日处理能力')),
    (('1.5万户', '山区农户'), ('1.53万户', '独立式烟感报警器')),
    (('200场', '送戏下乡演出'), ('214场', '送戏下乡演出')),
    (('5个', '村史馆'), ('5个', '村史馆')),
    (('2.5万元', '蘑菇房改造补助'), ('2.5万元', '蘑菇房风貌提升补助')),
    (('10件', '惠民实事'), None),
    (('32项', '惠民实事'), None),
    (('0.52亿元', '县级配套'), None),
    (('40座', '农村公厕'), None),
    (('1.2万人', '受益群众'), None),
    (('1个', '托育综合服务中心'), None),
    (('1座', '生活污水处理站'), None),
    (('90%', '梯田核心区村庄生活污水治理率'), None),
    (('5元', '赶街车票价'), None),
    (('800元', '普惠托位收费'), None),
    (('18公里', '结转的农村公路'), None),
    (('1000元', '公益性岗位工资'), None),
    (('120元', '体检标准'), None),
    (('1名', '双语宣讲员'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='16400', report='16401', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 8500 plan / 8501 report).

Run inside tests/heldout85:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 8500's year-end total `1150个` 托位 (8501
reports `1162个` as a stock total at year end, and a stock is never a result), the `85%` collection rate of the two towns (8501
gives the two towns apart, 87% and 84%, and no rate of both) and the `12600` central and provincial funds (8501's `上级补助资金到位
1.21亿元` is the funds from above, which may include the prefecture's `2800`: another scope).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.8亿元', '资金需求总额'), ('2.74亿元', '项目完成投资')),
    (('8960万元', '县级财政资金'), ('8960万元', '县级财政资金')),
    (('240个', '普惠托位'), ('252个', '普惠托位')),
    (('1.2万人次', '眼保健和视力检查'), ('1.26万人次', '眼保健和视力检查')),
    (('6.5个', '托位'), ('6.6个', '托位')),
    (('270个', '学位'), ('270个', '学位')),
    (('6所', '乡村学校食堂'), ('6所', '乡村学校食堂')),
    (('15个', '村卫生室'), ('15个', '村卫生室')),
    (('2.1万人', '65岁以上老年人'), ('2.23万名', '65岁以上老年人')),
    (('12个', '老年助餐点'), ('10个', '老年助餐点')),
    (('350户', '特殊困难老年人家庭'), ('356户', '特殊困难老年人家庭')),
    (('4个', '老旧小区'), ('4个', '老旧小区')),
    (('860户', '居民'), ('872户', '居民')),
    (('28公里', '农村供水管网'), ('29.5公里', '农村供水管网')),
    (('1.1万人', '受益群众'), ('1.14万名', '受益群众')),
    (('520名', '残疾人'), ('547名', '残疾人')),
    (('90名', '残疾儿童'), ('103名', '残疾儿童')),
    (('2200人', '城镇新增就业'), ('2465人', '城镇新增就业')),
    (('3500人次', '农村劳动力职业技能培训'), ('3780人次', '农村劳动力职业技能培训')),
    (('150户', '一次性创业补贴'), ('138户', '一次性创业补贴')),
    (('38公里', '通组路'), ('38公里', '通组路')),
    (('20个', '公交候车亭'), ('20个', '公交候车亭')),
    (('15公里', '乡镇污水管网'), ('13.6公里', '乡镇污水管网')),
    (('1500户', '电气线路改造'), ('1532户', '电气线路改造')),
    (('150场', '送戏下乡'), ('163场', '送戏下乡')),
    (('10个', '村级灯光篮球场'), ('10个', '村级灯光篮球场')),
    (('1150个', '普惠托位'), None),
    (('85%', '生活污水收集率'), None),
    (('12600', '中央和省级补助资金'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='8500', report='8501', target='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 29300 plan / 29301 report).

Run inside tests/heldout293:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Targets are taken at their first mention (`target='first'`: the layer card states `90个`, `460栋`,
`45个`, `12公里`, `5.6公里`, `30场`, `360个` in its table and again in its notes; the links go from the table). Results are
taken at their first mention (`result='first'`): the float register's `年底完成` cell, before the commentary repeats it;
the report's paragraph where the register has no row (`两个` 口袋公园, `1条` 塑胶跑道, `83.6万元`, `45个`, `3912万元`, `186栋`).
Targets with no result are listed with None and skipped: the list's counts and money (`十件`, `10件`, `23个`, `1240万元`),
the 托育点 `1个` and its `420平方米` and classes (told without a figure), `3000册` of books, the rates and sizes of the notes
(`5元` per meal, `1900元` per month, `4.5米`, `60万元` per km, `800平方米` per park), the parts of the posts (`20个`, `25个`),
`280栋`, `三个` 示范村, `7条` roads, `1.2万名` people, `1680个` places and the `8间` 长者饭堂 total.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('90个', '普惠托位'), ('96', '普惠托位')),
    (('600对', '孕前优生健康检查'), ('612', '孕前优生健康检查')),
    (('360个', '学位'), ('360', '学位')),
    (('1条', '塑胶跑道'), ('1条', '塑胶跑道')),
    (('8间', '村卫生站标准化改造'), ('8', '村卫生站改造')),
    (('4200人', '老年人免费体检'), ('4516', '老年人免费体检')),
    (('3间', '长者饭堂'), ('3', '长者饭堂')),
    (('2.5万人次', '助餐服务'), ('2.73', '助餐服务')),
    (('120户', '适老化改造'), ('118', '适老化改造')),
    (('460栋', '农房风貌提升'), ('472', '农房风貌提升')),
    (('180栋', '鉴江两岸农房风貌提升'), ('186栋', '鉴江两岸农房风貌提升')),
    (('150户', '农村厕所改造'), ('150', '农村厕所改造')),
    (('80万元', '临时救助资金'), ('83.6万元', '临时救助资金')),
    (('210名', '残疾人康复服务'), ('224', '残疾人康复服务')),
    (('800人次', '粤菜师傅南粤家政培训'), ('931', '技能培训')),
    (('45个', '公益性岗位'), ('45个', '公益性岗位')),
    (('12公里', '村道硬化'), ('12.4', '村道硬化')),
    (('6个', '公交站亭'), ('6', '公交站亭')),
    (('5.6公里', '鉴江支流清淤'), ('5.6', '支流清淤')),
    (('2个', '口袋公园'), ('两个', '口袋公园')),
    (('30场', '送粤剧下乡'), ('34', '送粤剧下乡')),
    (('3860万元', '计划总投资'), ('3912万元', '完成投资')),
    (('十件', '民生实事'), None),
    (('23个', '子项目'), None),
    (('1240万元', '镇级财政'), None),
    (('1个', '托育点'), None),
    (('3000册', '农家书屋图书'), None),
    (('1680个', '中心小学学位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='29300', report='29301', target='first', result='first')

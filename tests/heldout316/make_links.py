#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 31600 plan / 31601 report).

Run inside tests/heldout316:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A result is the first mention in a sentence that names what is counted: the chant's line where the
chant sings the figure (in Chinese numerals), else the bare cell of the closing table (`| 普惠托位（个） | 126 |` repeats
the chant's `一百二十六个`: the link takes the chant). The elevator target `4部` links to the `三部` installed (the fourth is
carried into 2027, a target of 2027 in the report). A target with no result is listed with None and skipped: the list's
counts and money (`10件`, the `8件`/`2件` split, `640万元`, `2220万元`, the centre cell's `1180万元` and `四成`), the school
canteen `1座` (sung as done without a figure), the `4200平方米` of green space, the comment reply's repeated `120个` and
the `一名` cell minder.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '总投资'), ('二千七百九十五万', '完成投资')),
    (('120个', '普惠托位'), ('一百二十六个', '普惠托位')),
    (('1个', '儿童保健门诊'), ('1', '儿童保健门诊')),
    (('450份', '育儿包'), ('四百六十八份', '育儿包')),
    (('860平方米', '建筑面积'), ('八百六十平方米', '食堂')),
    (('200张', '寄宿床位'), ('一百六十张', '寄宿床位')),
    (('3800人', '老年人免费体检'), ('四千零一十二人', '老年人体检')),
    (('6个', '村卫生室'), ('6', '村卫生室标准化改造')),
    (('2个', '老年食堂'), ('两个', '老年食堂')),
    (('2.4万人次', '助餐'), ('二点六一万人次', '助餐')),
    (('60户', '特殊困难老年人家庭'), ('六十三户', '适老化改造')),
    (('3个', '老旧小区'), ('3', '老旧小区改造')),
    (('420户', '居民'), ('431', '居民')),
    (('4部', '加装电梯'), ('三部', '加装电梯')),
    (('25户', '农村危房改造'), ('二十五户', '危房改造')),
    (('6户', '结转农村危房改造'), ('六户', '结转危房改造')),
    (('300人', '城镇新增就业'), ('三百五十二人', '新增就业')),
    (('45个', '公益性岗位'), ('45', '公益性岗位')),
    (('600人次', '职业技能培训'), ('七百一十五人次', '技能培训')),
    (('12.5公里', '村组道路'), ('十三点一公里', '村组道路')),
    (('8个', '公交候车亭'), ('八个', '公交候车亭')),
    (('1.2公里', '场镇人行梯道'), ('1.2', '人行梯道')),
    (('3.6公里', '场镇污水管网'), ('三点八公里', '污水管网')),
    (('2个', '口袋公园'), ('2', '口袋公园')),
    (('500户', '燃气泄漏报警器'), ('五百三十六户', '报警器')),
    (('3个', '微型消防站'), ('3', '微型消防站')),
    (('30场', '送戏下乡'), ('三十四场', '送戏下乡')),
    (('5个', '村级文化院坝'), ('5', '村级文化院坝')),
    (('10件', '民生实事'), None),
    (('640万元', '镇级自筹'), None),
    (('2220万元', '上级资金'), None),
    (('1180万元', '投资'), None),
    (('四成', '投资占比'), None),
    (('1座', '学生食堂'), None),
    (('4200平方米', '绿化面积'), None),
    (('120个', '托位'), None),
    (('一名', '看锅人'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='31600', report='31601', target='first', result='first')

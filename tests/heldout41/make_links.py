#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 4100 plan / 4101 report).

Run inside tests/heldout41:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes.
The plan states 18个 (社区老年食堂) twice (the mayor's task and the director's reply): the link takes
the first, through the option `target='first'`, which is kept as it was.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('600个', '普惠托位'), ('628个', '普惠托位')),
    (('25个', '村卫生室'), ('25个', '村卫生室')),
    (('1.2万人', '适龄妇女'), ('12460人', '两癌免费筛查')),
    (('18个', '社区老年食堂'), ('18个', '社区老年食堂')),
    (('500户', '特殊困难老年人家庭'), ('512户', '特殊困难老年人家庭适老化改造')),
    (('6000元', '农村低保标准'), ('6000元', '农村低保标准')),
    (('4所', '幼儿园'), ('4所', '幼儿园')),
    (('1080个', '学位'), ('1080个', '学位')),
    (('120间', '教室照明改造'), ('126间', '教室照明改造')),
    (('21个', '老旧小区'), ('21个', '老旧小区')),
    (('4200户', '居民'), ('4376户', '居民')),
    (('30部', '加装电梯'), ('32部', '加装电梯')),
    (('8000人', '城镇新增就业'), ('8615人', '城镇新增就业')),
    (('1.5万人次', '职业技能培训'), ('1.62万人次', '职业技能培训')),
    (('400个', '公益性岗位'), ('412个', '公益性岗位')),
    (('120公里', '农村公路'), ('118.5公里', '农村公路')),
    (('1500个', '城区公共停车泊位'), ('1620个', '城区公共停车泊位')),
    (('3条', '城乡公交线路'), ('3条', '城乡公交线路')),
    (('10个', '口袋公园'), ('10个', '口袋公园')),
    (('12个', '村寨生活污水治理'), ('12个', '村寨生活污水治理')),
    (('3000户', '独居老人家庭'), ('3046户', '独居老人家庭')),
    (('2万人次', '应急救护培训'), ('2.3万人次', '应急救护培训')),
    (('200场', '送戏下乡'), ('216场', '送戏下乡')),
    (('15个', '农家书屋'), ('15个', '农家书屋')),
    (('90%', '群众满意度'), ('93.4%', '群众满意度')),
    (('4.6亿元', '总投资'), ('4.93亿元', '完成投资')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='4100', report='4101', target='first')

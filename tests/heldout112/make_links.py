#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 11200 plan / 11201 report).

Run inside tests/heldout112:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target is found by its first mention (`target='first'`): the plan states several figures twice, in its
text and again in the review table (`240个` three times, `60公里` three times), and where the assessment lowered a figure
(meal points 15 -> 10, lifts 16 -> 12) the link takes the recommended value, whose first mention is the table's
`审核建议值` cell. A result is found by its first mention (`result='first'`): the report repeats `10部` in a discussion
question. A target with no result is listed with None and skipped: the draft list's `12件` and `31个` (the report restates
them as targets), development screening `3000人次`, pupils' beds `1500张`, rural dilapidated houses `120户`, public-welfare
posts `300个` and library books `1.2万册` (no result figure in the report).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.79亿元', '财政资金总额'), ('2.74亿元', '完成投资')),
    (('240个', '普惠托位'), ('252个', '普惠托位')),
    (('2个', '社区嵌入式托育点'), ('2个', '社区嵌入式托育点')),
    (('720个', '学位'), ('720个', '学位')),
    (('3.6万人', '老年人免费健康体检'), ('3.58万人', '老年人免费体检')),
    (('20个', '村卫生室'), ('20个', '村卫生室')),
    (('1.2万人', '两癌筛查'), ('1.23万人', '两癌筛查')),
    (('10个', '老年助餐点'), ('10个', '老年助餐点')),
    (('12万人次', '助餐服务'), ('13.1万人次', '助餐')),
    (('400户', '特殊困难老年人家庭'), ('412户', '特殊困难老年人家庭')),
    (('11个', '老旧小区'), ('11个', '老旧小区')),
    (('2860户', '居民'), ('2913户', '居民')),
    (('12部', '加装电梯'), ('10部', '加装电梯完工')),
    (('600名', '残疾人'), ('631名', '残疾人')),
    (('720元', '城乡低保标准'), ('720元', '城乡低保标准')),
    (('560元', '城乡低保标准'), ('560元', '城乡低保标准')),
    (('3200人', '城镇新增就业'), ('3516人', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4270人次', '职业技能培训')),
    (('60公里', '农村公路'), ('57.6公里', '农村公路')),
    (('500个', '公共停车泊位'), ('536个', '公共停车泊位')),
    (('6个', '口袋公园'), ('6个', '口袋公园')),
    (('45亩', '汉江沙洋段岸线复绿'), ('48亩', '汉江沙洋段岸线复绿')),
    (('2500户', '瓶装液化气用户'), ('2630户', '瓶装液化气用户')),
    (('2800场', '公益电影'), ('2917场', '公益电影')),
    (('92%', '群众满意度'), ('93.6%', '总体满意度')),
    (('12件', '民生实事'), None),
    (('31个', '子项'), None),
    (('3000人次', '发育筛查'), None),
    (('1500张', '学生床铺'), None),
    (('120户', '农村危房'), None),
    (('300个', '公益性岗位'), None),
    (('1.2万册', '图书'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='11200', report='11201', target='first', result='first')

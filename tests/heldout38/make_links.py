#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 3800 plan / 3801 report).

Run inside tests/heldout38:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes
(the plan states each target once, so the option `target='first'`, kept, changes nothing).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('240个', '普惠性托位'), ('256', '普惠性托位')),
    (('3个', '社区嵌入式托育点'), ('3个', '社区嵌入式托育点')),
    (('12个', '农村老年幸福食堂'), ('12个', '农村老年幸福食堂')),
    (('600户', '特殊困难老年人家庭'), ('615', '适老化改造')),
    (('360个', '学位'), ('360个', '学位')),
    (('8所', '乡村学校供暖改造'), ('8所', '乡村学校供暖改造')),
    (('25个', '村卫生室'), ('27', '村卫生室改造提升')),
    (('1.2万名', '农村妇女'), ('1.31', '两癌筛查')),
    (('7个', '老旧小区'), ('7个', '老旧小区')),
    (('1380户', '居民'), ('1412户', '居民')),
    (('150户', '农房抗震改造'), ('152户', '农房抗震改造')),
    (('1800人', '城镇新增就业'), ('2046', '城镇新增就业')),
    (('3500人次', '补贴性职业技能培训'), ('3812', '补贴性职业技能培训')),
    (('420个', '公益性岗位'), ('436个', '公益性岗位')),
    (('820元', '城市低保标准'), ('820元', '城市低保标准')),
    (('620元', '农村低保标准'), ('620元', '农村低保标准')),
    (('180名', '残疾儿童'), ('193名', '残疾儿童')),
    (('60公里', '农村公路'), ('52.4', '农村公路')),
    (('500个', '城区公共停车泊位'), ('536', '城区公共停车泊位')),
    (('4座', '乡镇污水处理站'), ('3座', '乡镇污水处理站')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('3000户', '居民'), ('3126户', '居民')),
    (('150场', '送文化下乡演出'), ('163场', '送文化下乡演出')),
    (('3.2亿元', '计划总投资'), ('3.36亿元', '完成投资')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='3800', report='3801', target='first')

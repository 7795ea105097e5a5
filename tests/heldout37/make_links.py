#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 3700 plan / 3701 report).

Run inside tests/heldout37:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes
(the plan states each target once, so the option `target='first'`, kept, changes nothing).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('300个', '普惠性托位'), ('326', '普惠性托位')),
    (('4个', '社区托育服务点'), ('4个', '社区托育服务点')),
    (('2所', '公办幼儿园'), ('2所', '公办幼儿园')),
    (('900个', '学位'), ('960', '幼儿园学位')),
    (('12所', '农村学校旱厕改造'), ('12所', '农村学校旱厕改造')),
    (('1.8万名', '农村适龄妇女'), ('1.93', '两癌筛查')),
    (('30个', '标准化村卫生室'), ('31个', '标准化村卫生室')),
    (('15个', '老年助餐点'), ('15个', '老年助餐点')),
    (('400户', '特殊困难老年人家庭'), ('412户', '特殊困难老年人家庭')),
    (('6个', '老旧小区'), ('6个', '老旧小区')),
    (('1100户', '居民'), ('1136户', '居民')),
    (('20座', '农村公厕'), ('20座', '农村公厕')),
    (('4500人', '城镇新增就业'), ('4862', '城镇新增就业')),
    (('6000人次', '补贴性职业技能培训'), ('6517', '职业技能培训')),
    (('250名', '残疾人'), ('263名', '残疾人')),
    (('780元', '城市低保标准'), ('780元', '城市低保标准')),
    (('560元', '农村低保标准'), ('560元', '农村低保标准')),
    (('45公里', '农村公路'), ('47.6', '农村公路')),
    (('600个', '公共停车泊位'), ('640', '停车泊位')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('2条', '城区黑臭水体'), ('2条', '城区黑臭水体')),
    (('2000户', '燃气报警器安装户'), ('2000户', '燃气报警器安装户')),
    (('120场', '送文化下乡演出'), ('131场', '送文化下乡演出')),
    (('2.8亿元', '计划总投资'), ('2.96亿元', '完成投资')),
    (('40名', '民生实事项目群众监督员'), ('43名', '群众监督员')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='3700', report='3701', target='first')

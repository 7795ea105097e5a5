#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 8300 plan / 8301 report).

Run inside tests/heldout83:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: the plan's targets that the
efficiency-supervision report answers only with a share (公办托位占52.0%, the money sources in %), a standing total (村卫生所
112个, 城市书房9个), a wider scope (文化惠民演出186场（含送戏下乡）) or no figure at all.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.63亿元', '计划总投资'), ('4.41亿元', '完成投资')),
    (('240个', '普惠性托位'), ('252', '普惠性托位')),
    (('5000人次', '儿童早期发展筛查'), ('5386', '儿童早期发展筛查')),
    (('1350个', '学位'), ('1350', '学位')),
    (('85名', '中小学教师'), ('91', '中小学教师')),
    (('9个', '老旧小区'), ('9', '老旧小区')),
    (('1860户', '居民'), ('1872户', '居民')),
    (('14部', '加装电梯'), ('10部', '加装电梯完工')),
    (('600个', '公共停车泊位'), ('628', '公共停车泊位')),
    (('48公里', '农村公路提级改造'), ('44', '农村公路提级改造')),
    (('2家', '乡镇区域性养老服务中心'), ('2家', '区域性养老服务中心')),
    (('15个', '村级幸福院'), ('15个', '村级幸福院')),
    (('20个', '老年助餐点'), ('22', '老年助餐点')),
    (('6万人次', '助餐服务'), ('6.4万人次', '助餐服务')),
    (('800户', '特殊困难老年人家庭'), ('815', '适老化改造')),
    (('3.2万人', '老年人健康体检'), ('3.35', '老年人健康体检')),
    (('2.6万名', '农村妇女两癌筛查'), ('2.71万名', '两癌筛查')),
    (('2800人', '城镇新增就业'), ('3126', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4577', '职业技能培训')),
    (('150个', '公益性岗位'), ('163个', '公益性岗位')),
    (('1.5亿元', '创业担保贷款'), ('1.62亿元', '创业担保贷款')),
    (('780元', '城乡低保标准'), ('780元', '城乡低保标准')),
    (('1200人次', '残疾人基本康复服务'), ('1268人次', '残疾人基本康复服务')),
    (('8个', '口袋公园'), ('8', '口袋公园')),
    (('12公里', '老化燃气管道'), ('12.4公里', '燃气管道')),
    (('3000户', '居民'), ('3042', '燃气泄漏报警器')),
    # no result in the report (see the README's Links section)
    (('1000个', '普惠性托位'), None),
    (('120个', '公办托位'), None),
    (('三条', '城乡公交线路'), None),
    (('3.5公里', '南浦溪城区段生态修复'), None),
    (('120场', '送戏下乡'), None),
    (('4个', '城市书房'), None),
    (('30个', '村卫生所'), None),
    (('六块', '农村薄弱学校运动场'), None),
    (('1.18亿元', '县级财政'), None),
    (('2.2亿元', '上级补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='8300', report='8301', target='first')

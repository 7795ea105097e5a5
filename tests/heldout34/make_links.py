#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 3403 plan / 3404 report).

Run inside tests/heldout34:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator (unique within the document's records of that stance).
Runs the shared `tools/make_links.py`; this file keeps only the link list and the two doc prefixes.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('800个', '普惠性托位'), ('856个', '普惠性托位')),
    (('6个', '社区嵌入式托育点'), ('6个', '社区嵌入式托育点')),
    (('4.5个', '托位'), ('4.6个', '托位')),
    (('5所', '中小学和幼儿园'), ('5所', '中小学和幼儿园')),
    (('3,600个', '学位'), ('3,780个', '学位')),
    (('2.8万名', '适龄妇女'), ('2.93万名', '适龄妇女')),
    (('25个', '老年助餐点'), ('27个', '老年助餐点')),
    (('800户', '特殊困难老年人家庭'), ('812户', '特殊困难老年人家庭')),
    (('42个', '老旧小区'), ('42个', '老旧小区')),
    (('1.16万户', '居民'), ('1.21万户', '居民')),
    (('60部', '加装电梯'), ('53部', '加装电梯完工投用')),
    (('860元', '城乡低保标准'), ('860元', '城乡低保标准')),
    (('520名', '残疾儿童'), ('548名', '残疾儿童')),
    (('6,500人', '城镇新增就业'), ('6,912人', '城镇新增就业')),
    (('1,200个', '城乡公益性岗位'), ('1,236个', '城乡公益性岗位')),
    (('8,000人次', '补贴性职业技能培训'), ('8,450人次', '补贴性职业技能培训')),
    (('2,000个', '公共停车泊位'), ('2,180个', '公共停车泊位')),
    (('28公里', '城区雨污管网'), ('29.4公里', '城区雨污管网')),
    (('40公里', '老旧燃气管道'), ('41.5公里', '老旧燃气管道')),
    (('1,500户', '独居老人家庭'), ('1,500户', '独居老人家庭')),
    (('300场', '惠民演出'), ('326场', '惠民演出')),
    (('9.86亿元', '计划总投资'), ('10.12亿元', '完成投资')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='3403', report='3404')

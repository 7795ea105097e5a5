#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 4000 plan / 4001 report).

Run inside tests/heldout40:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes.
The report states 216 托位 twice (table cell `216`, prose `216个`): the link takes the table cell
(its span text differs); the option `target='first'` is kept as it was.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('两百个', '普惠托位'), ('216', '普惠托位')),
    (('一千八百对', '孕前优生健康检查'), ('1836', '孕前优生健康检查')),
    (('一所', '公办幼儿园'), ('1', '公办幼儿园')),
    (('三百六', '学位'), ('360', '幼儿园学位')),
    (('十五所', '农村学校厕所改造'), ('15所', '农村学校厕所改造')),
    (('二十二个', '村卫生室标准化建设'), ('22', '村卫生室标准化建设')),
    (('六千人', '“两癌”筛查'), ('6124人', '“两癌”筛查')),
    (('一万九', '老年人免费健康体检'), ('2.03', '老年人免费健康体检')),
    (('十二个', '老年助餐点'), ('12', '老年助餐点')),
    (('三百户', '适老化改造'), ('312', '适老化改造')),
    (('八十户', '农村危房改造'), ('80', '农村危房改造')),
    (('三个', '老旧小区'), ('3个', '老旧小区')),
    (('八百六十户', '居民'), ('872户', '居民')),
    (('四十五公里', '农村供水管网'), ('46.5公里', '农村供水管网')),
    (('两百名', '残疾儿童'), ('205名', '残疾儿童')),
    (('二十元', '城乡低保标准'), ('20元', '城乡低保标准')),
    (('两万五千人', '农村劳动力转移就业'), ('2.61万人', '农村劳动力转移就业')),
    (('三千人次', '职业技能培训'), ('3210人次', '职业技能培训')),
    (('六十公里', '农村公路'), ('52.3', '农村公路')),
    (('一百五十亩', '村庄绿化'), ('158亩', '村庄绿化')),
    (('八个', '微型消防站'), ('8个', '微型消防站')),
    (('一百场', '送戏下乡'), ('108', '送戏下乡')),
    (('一万册', '农家书屋图书'), ('1.05万册', '农家书屋图书')),
    (('1.86亿元', '计划总投资'), ('1.93亿元', '完成投资')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='4000', report='4001', target='first')

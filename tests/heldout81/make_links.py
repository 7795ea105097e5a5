#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 8100 plan / 8101 report).

Run inside tests/heldout81:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 8100's 高龄津贴 `200元` (8101 states the
rate as a standing level, stock, never a result), the list counts `10件`/`24个`, the money sources, `82%`, 转移就业 `1.5万人次`
and 护栏 `15公里` (no result in 8101).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.36亿元', '计划总投资'), ('2.29亿元', '完成投资')),
    (('90个', '普惠托位'), ('96', '普惠托位')),
    (('1600人', '孕产妇免费产前筛查'), ('1712', '孕产妇产前筛查')),
    (('360个', '公办幼儿园学位'), ('360', '公办幼儿园学位')),
    (('2400平方米', '乡镇寄宿制学校宿舍'), ('2560', '宿舍改造')),
    (('1.8万名', '农牧民'), ('1.87', '农牧民健康体检')),
    (('6个', '标准化村卫生室'), ('6', '标准化村卫生室')),
    (('3个', '日间照料中心'), ('2', '日间照料中心')),
    (('210户', '农村危房改造'), ('214', '农村危房改造')),
    (('38公里', '农村供水管网'), ('40.5', '农村供水管网')),
    (('420', '残疾人康复服务'), ('436', '残疾人康复服务')),
    (('3000', '技能培训'), ('3318', '技能培训')),
    (('42公里', '农村公路'), ('39', '农村公路')),
    (('150亩', '村庄绿化'), ('162', '村庄绿化')),
    (('2600户', '燃气安全宣传入户'), ('2745', '燃气安全宣传入户')),
    (('96', '送戏下乡'), ('104', '送戏下乡')),
    (('1200人', '城镇新增就业'), ('1263人', '城镇新增就业')),
    (('200元', '高龄津贴标准'), None),
    (('1.5万人次', '农牧民转移就业'), None),
    (('15公里', '道路护栏'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='8100', report='8101', target='first')

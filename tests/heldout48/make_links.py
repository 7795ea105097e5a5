#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 4800 plan / 4801 report).

Run inside tests/heldout48:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text, indicator and stance. Runs the shared `tools/make_links.py`; this file keeps the link list,
the two doc prefixes and one choice: the report's table gives each row's result twice (`单位自报`, then `复核认定`)
with the same span text and indicator, so a result may be picked as the LAST such record (`True` as the
result's third element): the verified figure, not the unit's own claim. A target with no result is listed with None and skipped.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator, last), read side by side by hand
LINKS = [
    (('1.36亿元', '计划总投资'), ('1.29亿元', '实际完成投资', False)),
    (('10件', '民生实事'), None),   # the report counts 8 done, 1 largely done, 1 not done: parts, no total
    (('1所', '普惠性托育园'), ('1', '普惠性托育园', True)),
    (('60个', '托位'), ('60', '托位', True)),
    (('270个', '学位'), ('270', '学位', True)),
    (('2600套', '冬季校服'), ('2650', '冬季校服', True)),
    (('4200人', '老年人免费健康体检'), ('4388', '老年人健康体检', True)),
    (('1台', '远程会诊终端'), None),  # per clinic; the report counts 7 台 in all
    (('2个', '村级老年人日间照料中心'), ('2', '日间照料中心', True)),
    (('1.5万人次', '老年助餐'), ('1.62', '老年助餐', True)),
    (('120户', '农房抗震改造'), ('118', '农房抗震改造', True)),
    (('3个', '县城老旧小区'), ('3', '老旧小区', True)),
    (('486户', '居民'), None),        # no result in the report
    (('90名', '残疾人'), ('96', '残疾人基本康复服务', True)),
    (('800人次', '农牧民职业技能培训'), ('1035', '职业技能培训', True)),
    (('60个', '公益性岗位'), ('60', '公益性岗位', True)),
    (('38公里', '农村公路'), ('33.5', '农村公路', True)),
    (('2条', '乡村客运班线'), ('2条', '乡村客运班线', False)),
    (('6.5公里', '县城生活污水管网'), ('6.8公里', '生活污水管网', False)),
    (('1500户', '居民'), ('1500', '燃气泄漏报警器', True)),
    (('3个', '村级文化广场'), ('3个', '文化广场', False)),
    (('360场', '送电影下乡'), ('372', '送电影下乡', True)),
    (('1.2公里', '供水管网'), ('1.2公里', '供水管网', False)),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='4800', report='4801', target='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 30200 plan / 30201 report).

Run inside tests/heldout302:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two
doc prefixes. The plan is 富锦's approval of the budget estimates (概算批复) for the 2026 list; the report is the
audit bureau's final-account sheet (结算审核定案表) of January 2027. The report's own `核定概算` column restates
the plan's approved estimates (target records of 30201): the links go from the plan's records, each row's
`核定概算` cell to the same row's `审定结算` cell. A target with no result is listed with None and skipped: the
list's counts (`10件`), the share of projects for villages and farms (`5件`), the 10% overrun rule, the per-stop
heaters (`2台` per 个: the report gives only the total, 60台), the households on the secondary network
(`1.1万户`), the schools of item 2 (`4所`, `2所`), the carried-in money (`700万元`), the submitted estimates
(`送审概算`) and the city-money column (`市级资金` per row; the report gives only the city total).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('21860万元', '概算总投资'), ('20766万元', '审定结算金额')),
    (('9340万元', '市级财政资金'), ('8912万元', '市级资金实际拨付')),
    (('12520万元', '省级以上资金'), ('11854万元', '省级以上资金到位')),
    (('100%', '乡镇卫生院中医馆覆盖率'), ('100%', '中医馆覆盖率')),
    (('6万人次', '助餐服务'), ('6.4万人次', '助餐')),
    (('38万平方米', '外墙保温改造'), ('39.2万平方米', '外墙保温')),
    (('18公里', '通往农场管理区硬化路'), ('18公里', '农场管理区路段')),
    (('3.6万平方米', '江岸新增绿化面积'), ('3.1万平方米', '新增绿化')),
    (('90%', '群众满意度'), ('93.6%', '群众满意度')),
    (('4200平方米', '建筑面积'), ('4236平方米', '建筑面积')),
    (('360个', '学位'), ('360个', '学位')),
    (('6座', '锅炉房'), ('5座', '锅炉房')),
    (('5所', '卫生院'), ('5所', '乡镇卫生院')),
    (('5台', 'DR设备'), ('5台', 'DR设备')),
    (('8个', '社区居家养老服务站'), ('8个', '养老服务站')),
    (('80张', '日间照料床位'), ('82张', '日间照料床位')),
    (('120张', '护理型床位'), ('120张', '护理型床位')),
    (('14个', '老旧小区'), ('14个', '老旧小区')),
    (('62栋', '楼栋'), ('62栋', '楼栋')),
    (('3180户', '居民'), ('3215户', '居民')),
    (('12.6公里', '一次管网'), ('13.1公里', '一次管网')),
    (('28公里', '二次管网'), ('26.5公里', '二次管网')),
    (('9座', '换热站'), ('9座', '换热站')),
    (('46公里', '硬化路'), ('46.8公里', '硬化路')),
    (('3座', '危桥'), ('3座', '危桥改造')),
    (('30个', '暖心公交候车亭'), ('30个', '暖心候车亭')),
    (('5.2公里', '整治岸线'), ('4.6公里', '整治岸线')),
    (('2处', '亲水平台'), ('2处', '亲水平台')),
    (('2510', '核定概算'), ('2391', '审定结算')),
    (('820', '核定概算'), ('688', '审定结算')),
    (('1290', '核定概算'), ('1230', '审定结算')),
    (('680', '核定概算'), ('652', '审定结算')),
    (('900', '核定概算'), ('873', '审定结算')),
    (('6620', '核定概算'), ('6305', '审定结算')),
    (('4100', '核定概算'), ('4012', '审定结算')),
    (('3420', '核定概算'), ('3288', '审定结算')),
    (('240', '核定概算'), ('231', '审定结算')),
    (('1280', '核定概算'), ('1096', '审定结算')),
    (('10件', '市级民生实事'), None),
    (('5件', '面向农村和农场的项目'), None),
    (('10%', '超出核定概算比例'), None),
    (('2台', '电暖器'), None),
    (('1.1万户', '居民'), None),
    (('4所', '村小学'), None),
    (('2所', '九年一贯制学校'), None),
    (('700万元', '结转资金'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='30200', report='30201', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 18800 plan / 18801 report).

Run inside tests/heldout188:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report restates every target in its table's `医嘱量` column (target records of 18801): the
links go from the plan's records to the `实服量` cells (achieved), and for `就近就业` to the prose of its 病程记录.
A target with no result is listed with None and skipped: the rows whose `实服量` cell reads `已完成` (危房改造 `120户`,
送庐剧 `300场`), the 农家书屋 `40个` (`全部完成`, only the books counted), and the plan's figures the report does not
answer (`3个` 托育点, `1所` 学校, `12公里` 排水沟渠, the list's `11件`/`26项`, `2.15亿元` 县级财政, the `￥682000000.00`
金额 line).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('360个', '普惠性托位'), ('372', '普惠性托位')),
    (('4200对', '免费孕前优生健康检查'), ('4376', '免费孕前优生健康检查')),
    (('2400个', '公办中小学学位'), ('2400', '公办中小学学位')),
    (('180名', '中小学教师'), ('174', '中小学教师')),
    (('2万人', '适龄妇女两癌免费筛查'), ('21350', '两癌免费筛查')),
    (('36个', '村卫生室'), ('36', '村卫生室')),
    (('20个', '老年助餐点'), ('23', '老年助餐点')),
    (('10万人次', '助餐服务'), ('11.8', '助餐服务')),
    (('500户', '特殊困难老年人家庭'), ('512', '适老化改造')),
    (('8座', '蓄洪区庄台'), ('8', '庄台')),
    (('15公里', '庄台供水管网'), ('15.6', '庄台供水管网')),
    (('14个', '城镇老旧小区'), ('14', '城镇老旧小区')),
    (('760元', '城乡低保标准'), ('760', '城乡低保标准')),
    (('1100名', '残疾人'), ('1163', '残疾人基本康复服务')),
    (('6000人', '城镇新增就业'), ('6420', '城镇新增就业')),
    (('5000人次', '职业技能培训'), ('5610', '职业技能培训')),
    (('10个', '帮扶车间'), ('10', '帮扶车间')),
    (('800人', '群众就近就业'), ('863人', '蓄洪区群众就近就业')),
    (('150公里', '农村公路'), ('138', '农村公路')),
    (('4条', '城乡公交线路'), ('4', '城乡公交线路')),
    (('30个', '农村生活污水治理行政村'), ('30', '污水治理行政村')),
    (('5个', '口袋公园'), ('6', '口袋公园')),
    (('22公里', '蓄洪区撤退道路'), ('19.4', '撤退道路')),
    (('8000件', '庄台居民救生衣'), ('8000', '救生衣')),
    (('2600户', '居民用户燃气泄漏报警器'), ('2588', '燃气泄漏报警器')),
    (('6.82亿元', '计划总投资'), ('6.57亿元', '完成投资')),
    (('120户', '农村低收入群体危房改造'), None),
    (('300场', '送庐剧进庄台'), None),
    (('40个', '农家书屋'), None),
    (('3个', '社区嵌入式托育点'), None),
    (('1所', '九年一贯制学校'), None),
    (('12公里', '排水沟渠'), None),
    (('11件', '民生实事'), None),
    (('26项', '民生实事'), None),
    (('2.15亿元', '县级财政'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='18800', report='18801', target=None, result='first')

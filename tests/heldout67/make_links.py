#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 6700 plan / 6701 report).

Run inside tests/heldout67:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 6700's per-project `计划投资` cells
(6701 reports only the total investment done) and its list count.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.64亿元', '计划总投资'), ('2.41亿元', '完成投资')),
    (('1.79亿元', '上级资金'), ('1.71亿元', '上级资金到位')),
    (('180个', '普惠托位'), ('192', '普惠托位')),
    (('9000人次', '儿童眼保健和视力检查'), ('9460', '儿童眼保健和视力检查')),
    (('1080个', '学位'), ('1080', '幼儿园学位')),
    (('3200平方米', '寄宿制学校宿舍'), ('3200', '寄宿制学校宿舍改造')),
    (('2.2万人', '老年人免费健康体检'), ('2.31', '老年人免费健康体检')),
    (('26个', '标准化村卫生室'), ('26', '标准化村卫生室')),
    (('12个', '农村老年之家'), ('12', '农村老年之家')),
    (('6万人次', '老年助餐服务'), ('6.8', '老年助餐服务')),
    (('350户', '特殊困难老年人家庭'), ('356', '适老化改造')),
    (('9个', '老旧小区'), ('8', '老旧小区')),
    (('140户', '农村危房改造'), ('140', '农村危房改造')),
    (('1300名', '困难残疾人'), ('1346', '困难残疾人补贴')),
    (('200万元', '临时救助资金'), ('236', '临时救助资金')),
    (('3200人', '城镇新增就业'), ('3518', '城镇新增就业')),
    (('4.1万人次', '农村劳动力转移就业'), ('4.36', '农村劳动力转移就业')),
    (('2800人次', '职业技能培训'), ('3015', '职业技能培训')),
    (('68公里', '农村公路'), ('61', '农村公路')),
    (('2条', '城乡公交线路'), ('2', '城乡公交线路')),
    (('1500户', '农村户厕改造'), ('1380', '农村户厕改造')),
    (('12平方公里', '水土流失'), ('12.4', '水土流失治理')),
    (('160场', '送戏下乡'), ('172', '送戏下乡')),
    (('15个', '村级体育健身广场'), ('15', '村级体育健身广场')),
    (('3000户', '燃气泄漏报警器'), ('3120', '燃气泄漏报警器')),
    (('5000人次', '应急救护培训'), ('5430', '应急救护培训')),
    (('0.85亿元', '区级财政配套'), None),
    (('960个', '普惠托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='6700', report='6701', target='first')

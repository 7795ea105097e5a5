#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 8800 plan / 8801 report).

Run inside tests/heldout88:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 8800's year-end totals `71个` meal
points and `2200个` 托位 (8801 reports `72个` as a stock total at year end, and a stock is never a result), its `3个`镇 and `1个`
托育服务点 each (8801's `三个乡镇托育服务点` counts the points, not the towns, and no target counts the three points) and its 2026 figures.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.86亿元', '计划总投资'), ('4.93亿元', '完成投资')),
    (('1.72亿元', '市本级财政'), ('1.72亿元', '市本级民生实事资金')),
    (('2.35亿元', '上级资金'), ('2.21亿元', '上级资金到位')),
    (('360个', '普惠性托位'), ('372个', '普惠性托位')),
    (('3个', '镇'), None),
    (('4.2万人次', '眼保健和视力检查'), ('4.46万人次', '眼保健和视力检查')),
    (('5000例（次）', '新生儿先天性心脏病筛查'), ('5236例（次）', '新生儿先天性心脏病筛查')),
    (('4所', '中小学校'), ('4所', '学校')),
    (('2700个', '学位'), ('2700个', '学位')),
    (('80套', '教师周转宿舍'), ('80套', '教师周转宿舍')),
    (('100%', '开展课后服务的义务教育学校'), ('100%', '义务教育学校课后服务覆盖率')),
    (('42个', '村卫生室'), ('42个', '村卫生室')),
    (('9.5万人', '老年人免费健康体检'), ('9.87万人', '老年人免费健康体检')),
    (('1.6万人', '两癌筛查'), ('1.63万人', '两癌筛查')),
    (('25个', '老年助餐点'), ('26个', '老年助餐点')),
    (('12万人次', '助餐服务'), ('13.4万人次', '助餐服务')),
    (('600户', '特殊困难老年人家庭'), ('612户', '特殊困难老年人家庭')),
    (('18个', '老旧小区'), ('18个', '老旧小区')),
    (('3260户', '居民'), ('3315户', '居民')),
    (('30部', '加装电梯'), ('24部', '加装电梯完工投用')),
    (('350户', '农村危房改造'), ('350户', '农村危房改造')),
    (('720元', '城市低保标准'), ('720元', '城市低保标准')),
    (('560元', '农村低保标准'), ('560元', '农村低保标准')),
    (('1200名', '残疾人'), ('1246名', '残疾人')),
    (('6500人', '城镇新增就业'), ('6812', '城镇新增就业')),
    (('8000人次', '职业技能培训'), ('8460', '职业技能培训')),
    (('300个', '公益性岗位'), ('300', '公益性岗位')),
    (('120公里', '农村公路'), ('112', '农村公路')),
    (('800个', '公共停车泊位'), ('836', '公共停车泊位')),
    (('8个', '口袋公园'), ('8', '口袋公园')),
    (('12万平方米', '城市绿地面积'), ('12.6', '城市绿地')),
    (('1.5万户', '城镇居民'), ('15280', '燃气泄漏报警器')),
    (('2万人次', '应急救护培训'), ('23105', '应急救护培训')),
    (('260场', '送戏下乡'), ('264', '送戏下乡')),
    (('20个', '农家书屋提质示范点'), ('20', '农家书屋提质示范点')),
    (('71个', '老年助餐点'), None),
    (('2200个', '普惠性托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='8800', report='8801', target='first')

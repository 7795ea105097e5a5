#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 22100 plan / 22101 report).

Run inside tests/heldout221:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator, and runs the shared `tools/make_links.py`. The report's test-case table restates each target
(`预期结果` cells, target records of 22101); links go from the plan's records to the `实际结果` cells. Where the report
states a result twice (`加装电梯` 22 in the table and in its defect list; `公交线路` 4 条 only in prose) the first
mention is taken. A target with no result figure is listed with None: the list's counts and money other than the
totals, the 托育点 `1个` (the report says `两个社区托育点均已开园`, a count of both towns together, another scope), the
课后服务 rate (`覆盖全部…学校`, no figure), `40个` 村卫生室, the 低保 standard, `12个` 微型消防站 and `20个` 农家书屋 (done,
no figure), and the plan's non-functional bounds.
"""
import runpy
from pathlib import Path

LINKS = [
    (('6.8亿元', '计划总投资'), ('6.52亿元', '实际完成投资')),
    (('2.7亿元', '上级资金'), ('2.55亿元', '上级资金')),
    (('300个', '普惠托位'), ('336', '普惠托位')),
    (('1500人次', '入户科学育儿指导'), ('1688', '入户科学育儿指导')),
    (('1620个', '学位'), ('1620', '学位')),
    (('150名', '中小学教师'), ('143', '教师')),
    (('1.8万人', '老年人免费健康体检'), ('19326', '老年人免费体检')),
    (('15个', '老年助餐点'), ('16', '老年助餐点')),
    (('12万人次', '助餐服务'), ('13.7万', '助餐服务')),
    (('260户', '特殊困难老年人家庭'), ('271', '适老化改造')),
    (('8个', '老旧小区'), ('8', '老旧小区')),
    (('2400户', '居民'), ('2516户', '居民')),
    (('30部', '加装电梯'), ('22', '加装电梯')),
    (('1100名', '残疾人'), ('1154', '残疾人康复服务')),
    (('1.2万人', '城镇新增就业'), ('12870', '城镇新增就业')),
    (('3000人次', '数字技能培训'), ('3420人次', '数字技能培训')),
    (('4条', '公交线路'), ('4条', '公交线路')),
    (('60个', '公交候车亭'), ('63个', '公交候车亭')),
    (('1500个', '公共停车泊位'), ('1240', '公共停车泊位')),
    (('10个', '口袋公园'), ('10', '口袋公园')),
    (('25个', '生活污水治理行政村'), ('21', '生活污水治理行政村')),
    (('3000户', '老旧小区居民'), ('3215', '燃气泄漏报警器')),
    (('180场', '送戏下乡'), ('196', '送戏下乡')),
    (('90%', '群众满意度'), ('93.4%', '群众满意度')),
    (('12件', '民生实事'), None),
    (('4.1亿元', '新区财政'), None),
    (('1个', '社区托育点'), None),
    (('100%', '义务教育学校课后服务覆盖率'), None),
    (('40个', '村卫生室'), None),
    (('790元', '城乡低保标准'), None),
    (('12个', '微型消防站'), None),
    (('20个', '农家书屋'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='22100', report='22101', target='first', result='first')

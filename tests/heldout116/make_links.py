#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 11600 plan / 11601 report).

Run inside tests/heldout116:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (an MPA thesis chapter) restates the plan's targets in its table's `年度目标` column and
again in its prose for the two short items (电梯 6部, 公路 45公里): those are target records of 11601, never a link's
end; a link goes from the plan's record to the table's `实际完成` cell (the first mention that names what is counted),
or, for items outside the table, to the prose figure. A target with no result is listed with None and skipped: the
list's `10件` and `30项` (11601 restates them as targets), the 托育点 `1个` per town (the thesis does not give the
count), the targets whose results the thesis leaves out (`其他子项…不再逐项列出`), the rate standards, the 2027
baseline and the investment table's cells (the thesis gives only the money totals).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.86亿元', '计划总投资'), ('2.79亿元', '实际完成投资')),
    (('1.12亿元', '县本级财政'), ('1.09亿元', '县本级财政')),
    (('1.41亿元', '上级资金'), ('1.38亿元', '上级资金')),
    (('0.33亿元', '社会资本'), ('0.32亿元', '社会资本')),
    (('180个', '普惠托位'), ('196', '普惠托位')),
    (('3200名', '婴幼儿'), ('3415', '婴幼儿发育筛查')),
    (('360个', '学位'), ('360', '幼儿园学位')),
    (('12名', '心理健康专职教师'), ('12名', '心理健康专职教师')),
    (('1.6万名', '老年人免费健康体检'), ('1.71', '老年人免费体检')),
    (('22个', '村卫生室'), ('22', '村卫生室')),
    (('4000人', '两癌筛查'), ('4126人', '两癌筛查')),
    (('14个', '老年助餐点'), ('15', '老年助餐点')),
    (('6万人次', '助餐服务'), ('6.8', '助餐服务')),
    (('320户', '特殊困难老年人家庭'), ('326', '居家适老化改造')),
    (('9个', '老旧小区'), ('9', '老旧小区')),
    (('6部', '加装电梯'), ('4', '加装电梯')),
    (('680元', '城乡低保标准'), ('680元', '低保标准')),
    (('500名', '残疾人'), ('531名', '残疾人')),
    (('2200人', '城镇新增就业'), ('2486', '城镇新增就业')),
    (('3500人次', '职业技能培训'), ('3720', '职业技能培训')),
    (('45公里', '农村公路'), ('41.5', '农村公路')),
    (('380个', '公共停车泊位'), ('402个', '公共停车泊位')),
    (('2400户', '燃气泄漏报警器'), ('2517', '燃气泄漏报警器')),
    (('150场', '送戏下乡'), ('163', '送戏下乡')),
    (('10件', '民生实事'), None),
    (('30项', '民生实事'), None),
    (('1个', '社区嵌入式托育点'), None),
    (('1100对', '计划怀孕夫妇'), None),
    (('8张', '重症监护床位'), None),
    (('10个', '农村互助幸福院'), None),
    (('1460户', '居民'), None),
    (('60户', '农村低收入群体危房改造'), None),
    (('300个', '公益性岗位'), None),
    (('4个', '口袋公园'), None),
    (('1500户', '农村卫生户厕'), None),
    (('5000人次', '应急救护培训'), None),
    (('2万册', '农家书屋图书'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='11600', report='11601')

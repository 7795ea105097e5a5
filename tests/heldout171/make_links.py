#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 17100 plan / 17101 report).

Run inside tests/heldout171:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (a forum thread) restates the list's `10件` and `28项` (target records of 17101): no
link. A target with no result is listed with None and skipped: the list's counts (`10件`, `28项`), the school's
`1栋` 教学楼 (the thread says only `9月投用`), the `两个镇` of the childcare points, the fee cap `900元` and the meal
discount `2元` (the thread's residents quote other figures, `800块钱`, `两块`, which are fees paid, not the plan's
caps), the van's staff and leaflets; last year's `11件` and `96.3%` are 2024 figures, no 2025 target.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.86亿元', '计划总投资'), ('3.71亿元', '完成投资')),
    (('1.42亿元', '县级财政'), ('1.42亿元', '县级财政资金')),
    (('3个', '普惠托育点'), ('3个', '普惠托育点')),
    (('180个', '托位'), ('196个', '托位')),
    (('3200人次', '产前筛查'), ('3418人次', '产前筛查')),
    (('98%', '新生儿听力筛查率'), ('98.7%', '新生儿听力筛查率')),
    (('540个', '学位'), ('540个', '学位')),
    (('60名', '教师'), ('57名', '山区教师')),
    (('1200盏', '护眼灯'), ('1200盏', '护眼灯')),
    (('4.1万人', '老年人免费健康体检'), ('4.26万人', '老年人免费体检')),
    (('35个', '村卫生室'), ('35个', '村卫生室')),
    (('20条', '健身路径'), ('21条', '健身路径')),
    (('30张', '儿科病床'), ('30张', '儿科病床')),
    (('12个', '农村幸福院'), ('12个', '幸福院')),
    (('8个', '老年助餐点'), ('9个', '助餐点')),
    (('6万人次', '助餐'), ('6.8万人次', '助餐')),
    (('400户', '特殊困难老年人家庭'), ('412户', '适老化改造')),
    (('6个', '老旧小区'), ('5个', '老旧小区改造完工')),
    (('1480户', '住户'), ('1215户', '居民')),
    (('90户', '农村危房改造'), ('90户', '危房改造')),
    (('2000座', '农村户厕'), ('2136座', '户厕改造')),
    (('750元', '城乡低保标准'), ('750元', '低保标准')),
    (('1100人次', '残疾人康复服务'), ('1187人次', '残疾人康复服务')),
    (('3500人', '城镇新增就业'), ('3712人', '城镇新增就业')),
    (('2000人次', '职业技能培训'), ('2264人次', '技能培训')),
    (('300个', '公益性岗位'), ('300人', '公益性岗位上岗')),
    (('48公里', '农村公路'), ('45.6公里', '农村公路')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交新线路')),
    (('600个', '公共停车位'), ('640个', '公共停车位')),
    (('30个', '农村生活污水治理村庄'), ('31个', '生活污水治理村庄')),
    (('8公里', '曲逆河清淤'), ('8公里', '曲逆河清淤')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('3000户', '独居老人、低保户家庭'), ('3056户', '燃气报警器')),
    (('15个', '微型消防站'), ('15个', '微型消防站')),
    (('1500具', '灭火器'), ('1500具', '灭火器')),
    (('120场', '送戏下乡'), ('128场', '送戏下乡')),
    (('3000场', '公益电影'), ('3106场', '公益电影放映')),
    (('20个', '农家书屋'), ('20个', '农家书屋')),
    (('10件', '民生实事'), None),
    (('28项', '民生实事'), None),
    (('1栋', '教学楼'), None),
    (('两个', '镇'), None),
    (('900元', '托育点普惠收费'), None),
    (('2元', '助餐减免'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='17100', report='17101', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 12400 plan / 12401 report).

Run inside tests/heldout124:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator; exactly one record of the right stance must match on
each side (the report restates every target in its cards' `年度目标` lines: those are target
records of 12401 and never a result; the links go from the plan's records to the cards'
`完成情况` lines). Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes.

One target is stated only in the plan's table: `各新建“宝宝屋”1个` gives one per village, and the
total `2` stands in the table's `合计` row; that cell is the target linked to the report's `建成“宝宝屋”2个`.
The elevator target `加装电梯6部` links to the stage the report counts as done (`完工投用4部`);
the `2部` carried into 2025 is a target of 2025, not a result.

A target with no result is listed with None and skipped: the list's own counts (`11件`, `7个` villages,
`2个` 居委, `3个` inspection groups); the targets the report says were done without a figure
(`2个` 村卫生室 `均已完成并投用`, the `1家` 长者食堂 `10月8日开业`, the `1条` bus line `于6月28日开通`,
the `1200户` sewage upgrade `全部完成`); the `2个` 老旧小区 and their `860户`, which the report answers only
for each estate (`完工`, `约85%`); the `800份` daily capacity, which the report answers with a daily
average (`日均供餐约620份`, stock); the `3000元` cap per household; the table's other cells, which
split by village the totals the prose states.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1.36亿元', '计划总投资'), ('1.29亿元', '完成投资')),
    (('8650万元', '镇级财政资金'), ('8420万元', '镇级财政资金到位')),
    (('2', '宝宝屋'), ('2个', '宝宝屋')),
    (('80个', '托育托位'), ('84个', '托育托位')),
    (('60个', '普惠性托位'), ('64个', '普惠性托位')),
    (('4.2个', '托位'), ('4.3个', '托位')),
    (('3个', '爱心暑托班班点'), ('3个', '暑托班班点')),
    (('300名', '小学生'), ('312名', '小学生')),
    (('450个', '义务教育学位'), ('450个', '学位')),
    (('4所', '中小学'), ('4所', '中小学')),
    (('85%', '课后服务学生参与率'), ('91.2%', '课后服务学生参与率')),
    (('40场', '老年人智能手机课程'), ('42场', '老年人智能手机课程')),
    (('1200人次', '老年人智能手机课程培训'), ('1356人次', '老年人智能手机课程培训')),
    (('1.1万人', '老年人免费体检'), ('1.17万人', '老年人免费体检')),
    (('5000人', '社区大肠癌筛查'), ('5236人', '大肠癌筛查')),
    (('2000人', '糖尿病眼底病变筛查'), ('2104人', '糖尿病眼底病变筛查')),
    (('3条', '百姓健身步道'), ('3条', '百姓健身步道')),
    (('4.2公里', '百姓健身步道总长'), ('4.3公里', '百姓健身步道总长')),
    (('5个', '老年助餐点'), ('5个', '老年助餐点')),
    (('120户', '困难老年人家庭'), ('123户', '居家适老化改造')),
    (('400套', '紧急呼叫设备'), ('412套', '紧急呼叫设备')),
    (('50张', '家庭照护床位'), ('52张', '家庭照护床位')),
    (('180户', '农民相对集中居住签约'), ('186户', '农民相对集中居住签约')),
    (('3.2万平方米', '安置房'), ('3.2万平方米', '安置房开工')),
    (('6部', '加装电梯'), ('4部', '加装电梯完工投用')),
    (('12处', '非机动车充电棚'), ('12处', '非机动车充电棚')),
    (('600个', '充电端口'), ('648个', '充电端口')),
    (('150人次', '康复辅具适配'), ('163人次', '康复辅具适配')),
    (('40户', '残疾人家庭无障碍改造'), ('40户', '残疾人家庭无障碍改造')),
    (('420户', '低保、低收入家庭'), ('431户', '低保、低收入家庭')),
    (('500元', '一次性生活补贴'), ('500元', '一次性生活补贴')),
    (('800个', '就业岗位'), ('865个', '就业岗位')),
    (('30人', '长期失业青年'), ('33人', '长期失业青年')),
    (('2000人次', '职业技能培训'), ('2140人次', '职业技能培训')),
    (('15家', '创业组织'), ('17家', '创业组织')),
    (('12.5公里', '村道提档改造'), ('12.5公里', '村道提档改造')),
    (('220个', '公共停车泊位'), ('236个', '公共停车泊位')),
    (('8条', '镇管河道'), ('8条', '镇管河道')),
    (('15.6公里', '镇管河道总长'), ('15.6公里', '镇管河道')),
    (('2座', '口袋公园'), ('2座', '口袋公园')),
    (('1.8万平方米', '绿地'), ('1.92万平方米', '绿地')),
    (('500户', '独居老人家庭'), ('500户', '独居老人家庭')),
    (('2个', '微型消防站'), ('2个', '微型消防站')),
    (('1500人次', '应急救护培训'), ('1620人次', '应急救护培训')),
    (('60场', '送戏下乡'), ('64场', '送戏下乡')),
    (('200场', '公益电影放映'), ('208场', '公益电影放映')),
    (('4个', '悦读驿站'), ('4个', '悦读驿站')),
    (('11件', '镇级民生实事项目'), None),
    (('7个', '村'), None),
    (('2个', '居委'), None),
    (('3个', '代表视察小组'), None),
    (('2个', '村卫生室'), None),
    (('1家', '社区长者食堂'), None),
    (('800份', '日均供餐能力'), None),
    (('3000元', '居家适老化改造补贴'), None),
    (('2个', '老旧小区'), None),
    (('860户', '居民'), None),
    (('1条', '区域公交线路'), None),
    (('1200户', '农村生活污水处理设施提标改造'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='12400', report='12401')

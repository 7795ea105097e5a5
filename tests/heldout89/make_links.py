#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 8900 plan / 8901 report).

Run inside tests/heldout89:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 8900's `1个` embedded
childcare point per town (8901 counts `两个` points in all: another scope), the `10件` projects (restated in 8901 only as a
target) and the `95%` completion-rate goal (8901 gives only the investment's 96.7%: another rate).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.46亿元', '计划总投资'), ('2.38亿元', '完成投资')),
    (('9800万元', '县级财政'), ('9960万元', '县级财政资金到位')),
    (('1.1亿元', '中央和省级资金'), ('1.08亿元', '中央和省级资金到位')),
    (('24个', '子项'), ('22个', '子项')),
    (('120个', '停车泊位'), ('120个', '停车泊位')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('3000人次', '婴幼儿发育筛查'), ('3150人次', '婴幼儿发育筛查')),
    (('360个', '学位'), ('360个', '学位')),
    (('9所', '乡村学校旱厕和食堂'), ('8所', '乡村学校旱厕和食堂')),
    (('60间', '护眼灯教室'), ('60间', '护眼灯教室')),
    (('45名', '乡村学校教师'), ('42名', '乡村教师')),
    (('1.8万人', '老年人免费健康体检'), ('1.83万人', '老年人免费健康体检')),
    (('12个', '村卫生室'), ('12个', '村卫生室')),
    (('5000人', '两癌筛查'), ('5120人', '两癌筛查')),
    (('8个', '老年助餐点'), ('9个', '老年助餐点')),
    (('4万人次', '助餐服务'), ('4.6万人次', '助餐')),
    (('260户', '特殊困难老年人家庭'), ('271户', '适老化改造')),
    (('5个', '老旧小区'), ('5个', '老旧小区')),
    (('930户', '居民'), ('947户', '居民')),
    (('6部', '既有住宅加装电梯'), ('4部', '加装电梯')),
    (('22公里', '农村供水管网延伸'), ('23.5公里', '农村供水管网延伸')),
    (('150名', '残疾儿童康复救助'), ('162名', '残疾儿童康复救助')),
    (('820元', '城乡低保标准'), ('820元', '城乡低保标准')),
    (('1500人', '城镇新增就业'), ('1682人', '城镇新增就业')),
    (('2200人次', '职业技能培训'), ('2417人次', '职业技能培训')),
    (('40公里', '农村公路'), ('41.2公里', '农村公路')),
    (('300个', '公共停车泊位'), ('315个', '公共停车泊位')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('1800户', '燃气泄漏报警器'), ('1860户', '燃气泄漏报警器')),
    (('80场', '送戏进村'), ('86场', '送戏进村')),
    (('1个', '社区嵌入式托育点'), None),
    (('10件', '项目'), None),
    (('95%', '完成率'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='8900', report='8901', target='first')

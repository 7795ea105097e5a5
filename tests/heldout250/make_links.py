#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 25000 plan / 25001 report).

Run inside tests/heldout250:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and
the two doc prefixes. The report (a TV script, 民生实事天气预报) states most results twice: in the host's sentence
and in the full-screen table `全县民生天气实况` (bare cells, unit in the row name); the links take the host's
sentence, which names what is counted (`result='first'` with the sentence's span text, which differs from the
table's bare cell). The report's table also restates the plan's figures (`计划` column) and its host restates two
(`补充教师计划60名`, `加装电梯计划20部`): those are target records of 25001; the links go from the plan's records.
A target with no result is listed with None and skipped: the list's counts (`十件`, `30件`), the per-pass money
(`行李额`, the report gives only the whole `完成投资`), the `1栋` teaching building and the `5元` lunch subsidy (told
without a figure), and `各建成1个` 托育综合服务中心 (per town; the report counts `两个` in all: another scope).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.37亿元', '计划总投资'), ('4.52亿元', '完成投资')),
    (('280个', '普惠托位'), ('296个', '普惠托位')),
    (('1500人次', '婴幼儿照护入户指导'), ('1623人次', '入户照护指导')),
    (('540个', '学位'), ('540个', '学位')),
    (('60名', '中小学教师'), ('58名', '教师')),
    (('2.6万名', '65岁以上老年人'), ('2.71万名', '65岁以上老人')),
    (('8000人', '两癌筛查'), ('8136人', '两癌筛查')),
    (('20个', '村卫生室'), ('20个', '村卫生室')),
    (('3个', '区域养老服务中心'), ('三个', '区域养老服务中心')),
    (('15个', '老年助餐点'), ('16个', '老年助餐点')),
    (('400户', '特殊困难老年人家庭'), ('412户', '特殊困难老年人家庭')),
    (('12个', '老旧小区'), ('12个', '老旧小区')),
    (('1860户', '居民'), ('1902户', '居民')),
    (('20部', '加装电梯'), ('16部', '加装电梯')),
    (('120户', '农村危房改造'), ('120户', '农村危房改造')),
    (('180名', '残疾儿童'), ('193名', '残疾儿童')),
    (('100元', '困难残疾人生活补贴'), ('100元', '困难残疾人生活补贴')),
    (('1200名', '重度残疾人'), ('1236名', '重度残疾人')),
    (('4500人', '城镇新增就业'), ('4862人', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3240人次', '职业技能培训')),
    (('400个', '公益性岗位'), ('400个', '公益性岗位')),
    (('1200万元', '以工代赈劳务报酬'), ('1316万元', '以工代赈劳务报酬')),
    (('80公里', '农村公路'), ('83.5公里', '农村公路')),
    (('3条', '城乡公交线路'), ('3条', '城乡公交新线路')),
    (('600个', '公共停车泊位'), ('612个', '公共停车泊位')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('25个', '生活污水治理行政村'), ('25个', '生活污水治理行政村')),
    (('1.2万株', '翠云廊沿线古柏健康体检'), ('1.26万株', '翠云廊沿线古柏健康体检')),
    (('3000户', '独居老人家庭'), ('3108户', '独居老人家庭')),
    (('15个', '乡镇微型消防站'), ('15个', '乡镇微型消防站')),
    (('6000人次', '应急救护培训'), ('6420人次', '应急救护培训')),
    (('十件', '民生实事'), None),
    (('30件', '民生实事'), None),
    (('1个', '公办托育综合服务中心'), None),
    (('1栋', '教学楼'), None),
    (('5元', '营养午餐补助'), None),
    (('860万元', '行李额'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='25000', report='25001', target='first', result='first')

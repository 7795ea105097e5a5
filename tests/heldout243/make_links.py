#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 24300 plan / 24301 report).

Run inside tests/heldout243:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report states most results twice, in its ticker table (`收盘` column) and again in its
`盘面点评` paragraphs; a result is taken at its first mention (`result='first'`), which for the twelve ticker rows is
the table's `收盘` cell (its row names what is counted) and for the other tasks the paragraph. The report's `开盘`
column and its `8个` restate plan targets (target records of 24301): the links go from the plan's records.
A target with no result is listed with None and skipped: the list's own counts and money (`12件`, `36项`, `9600万元`
county funds, the table's money cells), the kindergarten `1所` and the school's `1栋` (told without a figure), the
`450个` school places of the fourth primary school (the report moves them to autumn 2027, a target of 2027), the
`5元` meal subsidy (not restated) and the `1260户` households of the old estates (not restated).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.86亿元', '计划总投资'), ('2.91亿元', '完成投资')),
    (('6个', '班'), ('6个', '班')),
    (('180个', '学位'), ('180', '幼儿园学位')),
    (('1.32万名', '学生'), ('1.35', '营养午餐受益学生')),
    (('2200人', '城镇新增就业'), ('2468', '城镇新增就业')),
    (('3000人次', '技能培训'), ('3365人次', '技能培训')),
    (('600个', '乡村公益性岗位'), ('612个', '公益性岗位')),
    (('3.6万人', '老年人免费健康体检'), ('3.71', '老年人免费体检')),
    (('24个', '村卫生室'), ('24个', '村卫生室')),
    (('8000人', '两癌筛查'), ('8214人', '两癌筛查')),
    (('2个', '镇级综合养老服务中心'), ('两个', '养老服务中心')),
    (('120张', '养老床位'), ('126', '养老床位')),
    (('15个', '村级老年餐桌'), ('16个', '老年餐桌')),
    (('300户', '特殊困难老年人家庭'), ('306户', '适老化改造')),
    (('8个', '老旧小区'), ('7', '老旧小区改造')),
    (('12部', '加装电梯'), ('9部', '加装电梯投用')),
    (('110户', '农村危房改造和农房抗震改造'), ('110户', '危房改造和抗震改造')),
    (('86公里', '农村供水管网'), ('91.5', '农村供水管网')),
    (('3座', '加压泵站'), ('3座', '泵站')),
    (('2.4万人', '受益群众'), ('2.4万', '群众')),
    (('42公里', '农村公路'), ('45.3', '农村公路')),
    (('3条', '城乡公交线路'), ('3条', '城乡公交线路')),
    (('20辆', '新能源公交车'), ('20辆', '新能源公交车')),
    (('500个', '公共停车泊位'), ('536个', '停车泊位')),
    (('6个', '口袋公园'), ('7', '口袋公园')),
    (('1500座', '农村户厕'), ('1532座', '户厕改造')),
    (('12公里', '县城污水管网'), ('12.6公里', '污水管网')),
    (('3000户', '独居老人和低收入家庭'), ('3126', '燃气报警器')),
    (('10个', '镇村微型消防站'), ('10个', '微型消防站')),
    (('200场', '送戏下乡'), ('216', '送戏下乡')),
    (('120场', '秦腔专场'), ('134场', '秦腔专场')),
    (('30套', '村级全民健身器材'), ('30套', '健身器材')),
    (('760元', '城市低保标准'), ('760元', '城市低保标准')),
    (('5760元', '农村低保标准'), ('5760元', '农村低保标准')),
    (('180名', '残疾儿童'), ('187', '残疾儿童康复救助')),
    (('12件', '民生实事项目'), None),
    (('36项', '具体任务'), None),
    (('9600万元', '县级财政资金'), None),
    (('1所', '幼儿园'), None),
    (('1栋', '教学楼'), None),
    (('450个', '学位'), None),
    (('5元', '营养午餐补助'), None),
    (('1260户', '居民'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='24300', report='24301', target='first', result='first')

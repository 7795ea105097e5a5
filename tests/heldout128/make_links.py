#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 12800 plan / 12801 report).

Run inside tests/heldout128:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report's `|` table restates each target in its `年度目标` column (target records of 12801) and
gives the result in the next cell, in the target's unit: the links go from the plan's records to those result cells.
The results outside the table (`94.1%`, `8所`, `26个`, `5个`, `30个`, `16个`, `35个`, `10个`, `2条`) are linked from
their prose mentions. `改造老旧小区` is answered twice (the table's `6` and the prose `6个已完工`): the link takes the
first, the table cell (`result='first'`). The enterprise table of the report counts each company's pledges over all
its projects; only 芹池建材公司's pledge is one project's (the plan's 文体惠民 card), so only it is linked.
A target with no result is listed with None and skipped: the list's count and its money sources (`12件`, `2.62亿元`,
`1.77亿元`), the targets the report says were done without a figure (`1.2万人` 两癌筛查, the `120元` 高龄津贴, the
`760元` 低保 standard, `260个` 公益性岗位), the new kindergarten's `1所` (the report counts its places), the carried-over
`180个` of the 蟒河路 car park (inside the 612), and the cards' investments and the other companies' pledges (the
report gives no per-project money).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.97亿元', '计划总投资'), ('4.83亿元', '完成投资')),
    (('5800万元', '企业共建资金'), ('5520万元', '企业共建资金到位')),
    (('300个', '普惠托位'), ('326', '普惠托位')),
    (('60个', '企业职工子女托位'), ('64', '企业职工子女托位')),
    (('两处', '企业办托点'), ('2处', '企业办托点')),
    (('1800对', '免费孕前优生健康检查'), ('1862', '免费孕前优生健康检查')),
    (('92%', '儿童眼保健和视力检查覆盖率'), ('94.1%', '儿童眼保健和视力检查覆盖率')),
    (('360个', '学位'), ('360', '北留镇中心幼儿园学位')),
    (('8所', '农村薄弱学校'), ('8所', '农村薄弱学校')),
    (('110名', '中小学和幼儿园教师'), ('104', '补充教师')),
    (('26个', '村卫生室'), ('26个', '村卫生室')),
    (('2.6万人', '老年人免费健康体检'), ('2.71万', '老年人免费健康体检')),
    (('25条', '全民健身路径'), ('27', '全民健身路径')),
    (('15个', '老年助餐点'), ('16', '老年助餐点')),
    (('10万人次', '助餐'), ('10.8万', '助餐服务')),
    (('260户', '特殊困难老年人家庭'), ('268', '特殊困难老年人家庭适老化改造')),
    (('7个', '老旧小区'), ('6', '老旧小区')),
    (('1680户', '居民'), ('1425', '居民')),
    (('12部', '加装电梯'), ('13', '加装电梯')),
    (('120户', '农村低收入群体危房改造'), ('120', '农村低收入群体危房改造')),
    (('700名', '残疾人'), ('736', '残疾人基本康复服务')),
    (('4200人', '城镇新增就业'), ('4537', '城镇新增就业')),
    (('3500人次', '职业技能培训'), ('3816', '职业技能培训')),
    (('800人次', '企业订单式培训'), ('852', '企业订单式培训')),
    (('60公里', '农村公路提质改造'), ('56', '农村公路提质改造')),
    (('600个', '公共停车泊位'), ('612', '公共停车泊位')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('30个', '生活污水治理村'), ('30个', '生活污水治理村')),
    (('12公里', '沁河支流河道整治'), ('12.4', '沁河支流河道整治')),
    (('2800户', '燃气泄漏报警器'), ('2936', '燃气泄漏报警器安装')),
    (('16个', '微型消防站'), ('16个', '微型消防站')),
    (('5000人次', '应急救护培训'), ('5312', '应急救护培训')),
    (('180场', '送戏下乡'), ('196', '送戏下乡')),
    (('35个', '农家书屋'), ('35个', '农家书屋')),
    (('10个', '村级文化广场'), ('10个', '村级文化广场')),
    (('470万元', '认捐'), ('390', '企业共建资金到位')),
    (('12件', '县级民生实事项目'), None),
    (('2.62亿元', '上级资金'), None),
    (('1.77亿元', '县级财政资金'), None),
    (('1.2万人', '两癌筛查'), None),
    (('120元', '高龄津贴'), None),
    (('760元', '城乡低保标准'), None),
    (('260个', '公益性岗位'), None),
    (('1所', '北留镇中心幼儿园'), None),
    (('180个', '蟒河路停车场泊位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='12800', report='12801', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 23700 plan / 23701 report).

Run inside tests/heldout237:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan's investment table (`计划投资` cells in 万元, one per project) has no counterpart in
the report, which gives only the total (`3.71亿元` against the `3.86亿元` of the plan's prose). The report restates
every card's targets (target records of 23701): the links go from the plan's records to the report's `代表核实`
lines. A target with no result is listed with None and skipped: the list's counts (`十件`, `10件`), the projects'
`计划投资` cells, the 托育点 `1处` (the card says it opened, with its 40 places, but counts no point), the heating
subsidy's `600元` per household (the card gives households and money paid, not the rate), the bus line's `1条` (the
card names `31路` and its opening day, no count), and the ice rinks' `5万人次` for the season (the card's `1.1万人次`
counts the first week only, up to 27 December; the season runs into 2027).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.86亿元', '计划总投资'), ('3.71亿元', '完成投资')),
    (('1.42亿元', '区本级财政'), ('1.42亿元', '区本级财政资金')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('800人次', '入户科学育儿指导'), ('913人次', '入户科学育儿指导')),
    (('540个', '学位'), ('540个', '学位')),
    (('2600盏', '护眼灯具'), ('2648盏', '护眼灯具')),
    (('45名', '中小学教师'), ('45名', '教师')),
    (('8个', '村（社区）卫生室'), ('8个', '村（社区）卫生室')),
    (('2.1万人', '老年人免费健康体检'), ('2.26万人', '老年人免费体检')),
    (('4000人', '两癌筛查'), ('4125人', '两癌筛查')),
    (('6个', '社区老年食堂'), ('6个', '社区老年食堂')),
    (('6万人次', '助餐'), ('6.84万人次', '助餐')),
    (('300户', '特殊困难老年人家庭'), ('306户', '适老化改造')),
    (('12.6万平方米', '暖房子改造'), ('11.8万平方米', '暖房子改造完工')),
    (('41栋', '老旧楼房'), ('38栋', '完工楼栋')),
    (('380户', '棚改收尾安置'), ('380户', '回迁')),
    (('9.5公里', '老旧供热管网'), ('9.7公里', '供热管网')),
    (('830元', '城乡低保标准'), ('830元', '低保标准')),
    (('180名', '残疾儿童'), ('194名', '残疾儿童')),
    (('3800人', '城镇新增就业'), ('4126人', '城镇新增就业')),
    (('2000人次', '职业技能培训'), ('2315人次', '技能培训')),
    (('260人', '就业困难人员'), ('274人', '就业困难人员')),
    (('150个', '公益性岗位'), ('150个', '公益性岗位')),
    (('14条', '背街小巷'), ('14条', '背街小巷')),
    (('500个', '公共停车泊位'), ('468个', '公共停车泊位')),
    (('6辆', '新能源公交车'), ('6辆', '新能源公交车')),
    (('1500户', '独居老人和低保家庭'), ('1536户', '燃气泄漏报警器')),
    (('5个', '微型消防站'), ('5个', '微型消防站')),
    (('3处', '山体边坡隐患点'), ('3处', '边坡隐患点')),
    (('120场', '送戏进社区'), ('132场', '送戏进社区')),
    (('4个', '百姓健身广场'), ('4个', '百姓健身广场')),
    (('2块', '公益冰场'), ('2块', '公益冰场')),
    (('十件', '民生实事项目'), None),
    (('10件', '实事'), None),
    (('1处', '社区嵌入式托育点'), None),
    (('600元', '冬季取暖补贴'), None),
    (('1条', '社区至火车站公交线路'), None),
    (('5万人次', '接待群众'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='23700', report='23701', target='first', result='first')

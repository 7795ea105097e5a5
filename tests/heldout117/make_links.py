#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 11700 plan / 11701 report).

Run inside tests/heldout117:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan states each full-year target in its first part (`一、全年目标`) and repeats a few in its
quarterly part (`2160个` 学位); the link goes from the first mention (`target='first'`). The report (a results page in
the portal's elder-friendly mode) answers nearly every full-year target in plain words; its restated plan figures
(`比计划的300个`, `原计划30部`) are targets of 11701 and link nowhere. A target with no result is listed with None and
skipped: the two sub-districts the nurseries stand in (`两个`街道, a scope the report repeats, not a
result), the list's `12件` and `36个` (the report restates them as targets), the funding split (区级财政, 上级资金,
社会资本, the quarterly money table), the quarterly milestones, the 95% after-school participation rate and the
`10个百分点` threshold (no result figure in the report). `加装电梯30部` links to the lifts finished, `27部` (the report's
other 3 are a 2028 target).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.86亿元', '计划总投资'), ('4.79亿元', '实际完成投资')),
    (('300个', '普惠托位'), ('312个', '普惠托位')),
    (('6个', '社区嵌入式托育点'), ('6个', '社区托育点')),
    (('1.2万人次', '发育筛查'), ('12650人次', '发育筛查')),
    (('3.6个', '3岁以下婴幼儿托位'), ('3.7个', '托位')),
    (('3所', '中小学校和幼儿园'), ('3所', '新学校和幼儿园')),
    (('2160个', '学位'), ('2160个', '学位')),
    (('2.8万名', '义务教育阶段学生'), ('2.9万名', '学生')),
    (('24个', '村卫生室'), ('24个', '村卫生室')),
    (('4.5万人', '老年人健康体检'), ('4.62万人', '老年人免费体检')),
    (('1.6万人', '两癌筛查'), ('1.63万人', '两癌筛查')),
    (('18个', '老年食堂（助餐点）'), ('18个', '老年食堂')),
    (('20万人次', '助餐服务'), ('23.4万人次', '食堂吃饭、送餐到家')),
    (('600户', '特殊困难老年人家庭'), ('612户', '困难老人')),
    (('150张', '家庭养老照护床位'), ('150张', '家庭养老照护床位')),
    (('15个', '老旧小区'), ('15个', '老旧小区')),
    (('4200户', '居民'), ('4386户', '居民')),
    (('30部', '加装电梯'), ('27部', '加装电梯完工')),
    (('120户', '农村危房改造'), ('120户', '农村危房改造')),
    (('900名', '残疾人'), ('926名', '残疾人')),
    (('780元', '城乡低保标准'), ('780元', '低保标准')),
    (('8500人', '城镇新增就业'), ('9012人', '城镇新增就业')),
    (('6000人次', '职业技能培训'), ('6480人次', '职业技能培训')),
    (('400个', '公益性岗位'), ('412个', '公益性岗位')),
    (('120公里', '农村公路'), ('126公里', '农村公路')),
    (('1500个', '公共停车泊位'), ('1620个', '公共停车位')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('12处', '农村黑臭水体'), ('12处', '农村黑臭水体')),
    (('18万平方米', '绿化面积'), ('19.5万平方米', '绿化')),
    (('5000户', '燃气用户'), ('5080户', '燃气报警器')),
    (('1万人次', '应急救护培训'), ('10500人次', '应急救护培训')),
    (('200场', '送戏下乡'), ('216场', '送戏下乡')),
    (('5个', '城市书房'), ('5个', '城市书房')),
    (('两个', '街道'), None),
    (('12件', '区级民生实事项目'), None),
    (('36个', '子项目'), None),
    (('2.1亿元', '区级财政'), None),
    (('1.9亿元', '中央和市级资金'), None),
    (('0.86亿元', '社会资本'), None),
    (('95%', '农村学校课后服务参与率'), None),
    (('10个百分点', '进度滞后'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='11700', report='11701', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 11400 plan / 11401 report).

Run inside tests/heldout114:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is a rural bank's service plan that restates the county's 2029 list (11400), the report the
overseas-townsmen bulletin's review of 2029 (11401). A target with no result is listed with None and skipped: the list's
`12件` (11401 restates it as a target) and `29项`, the county's own funds `2.14亿元` and the higher-level funds `1.9亿元`,
after-school coverage `100%`, family care beds `120张`, barrier-free homes `150户`, village sewage `30个`, first-aid
training `8000人次` and city study rooms `4个` (the report gives only the standing total `9个`), and the bank's own
figures (credit lines, loans, rates, branches, staff): no result figure in the report.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.86亿元', '计划总投资'), ('6.02亿元', '完成投资')),
    (('320个', '普惠性托位'), ('336个', '普惠性托位')),
    (('4.2个', '3岁以下婴幼儿托位'), ('4.3个', '3岁以下婴幼儿托位')),
    (('3600名', '新生儿疾病筛查'), ('3712名', '新生儿疾病筛查')),
    (('2160个', '公办学位'), ('2160个', '公办学位')),
    (('8所', '农村学校运动场'), ('8所', '农村学校运动场')),
    (('24个', '村卫生所'), ('24个', '村卫生所')),
    (('4.2万名', '老年人健康体检'), ('4.37万名', '老年人健康体检')),
    (('1.1万名', '两癌筛查'), ('1.16万名', '两癌筛查')),
    (('15个', '长者食堂'), ('16个', '长者食堂')),
    (('18万人次', '老年助餐服务'), ('19.6万人次', '助餐')),
    (('260户', '特殊困难老年人家庭适老化改造'), ('268户', '特殊困难老年人家庭适老化改造')),
    (('14个', '老旧小区'), ('14个', '老旧小区')),
    (('3650户', '居民'), ('3712户', '居民')),
    (('12部', '加装电梯'), ('10部', '加装电梯完工')),
    (('48公里', '农村供水管网'), ('51公里', '农村供水管网')),
    (('520名', '残疾人基本康复服务'), ('547名', '残疾人基本康复服务')),
    (('4500人', '城镇新增就业'), ('4862人', '城镇新增就业')),
    (('6000人次', '职业技能培训'), ('6430人次', '职业技能培训')),
    (('65公里', '农村公路提级改造'), ('65公里', '农村公路提级改造')),
    (('800个', '公共停车泊位'), ('846个', '公共停车泊位')),
    (('6个', '口袋公园'), ('6个', '口袋公园')),
    (('2500户', '燃气泄漏报警器'), ('2610户', '燃气泄漏报警器')),
    (('150场', '送戏下乡'), ('163场', '送戏下乡')),
    (('12件', '为民办实事项目'), None),
    (('29项', '具体指标'), None),
    (('2.14亿元', '县级财政'), None),
    (('1.9亿元', '上级补助资金'), None),
    (('100%', '义务教育课后服务覆盖率'), None),
    (('120张', '家庭养老照护床位'), None),
    (('150户', '困难重度残疾人家庭无障碍改造'), None),
    (('30个', '生活污水治理行政村'), None),
    (('8000人次', '应急救护培训'), None),
    (('4个', '城市书房'), None),
    (('8亿元', '民生贷专项授信额度'), None),
    (('5亿元', '贷款投放'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='11400', report='11401')

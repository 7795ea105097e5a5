#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 14900 plan / 14901 report).

Run inside tests/heldout149:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report is a system print-out whose box-drawing table restates every row's target (`年度目标` cells,
target records of 14901) beside its result (`完成数` cells, achieved): the links go from the plan's records to the
`完成数` cells. Where the report's notes repeat a result in prose (`实际到岗79名`, `已完成79.6公里`), the link takes the
table's cell, the first mention (`result='first'`). A result may be a row of another wording (`特殊困难老年人家庭` 180户
-> the `适老化改造（户）` row; `燃气用户` 1.2万户 -> the `燃气泄漏报警装置（户）` row). The plan's Zhuang summary
(Sawcuengh) restates eleven of its figures; the links go from the Chinese records only. A target with no result is listed
with None and skipped: the list's counts (`12件`, `34个`, `两件`), the sub-projects the report says in its note 4 were done
without a figure (`2所` 托育园, `92%` 视力检查, `40个` 村卫生室, `1个` 心电诊断中心 and its `12家`, `8个` 助餐点, `60元`
高龄津贴, `14处` 供水工程 and `约2.4万人`, the `5760元` and `820元` 低保 standards, `600个` 公益性岗位, `2条` 公交线路,
`5个` 口袋公园, `20个` 微型消防站, `30个` 阅读点), and the plan's figures with no counterpart in the report (the `3.3个`
托位 per 千人口, `48个` 教学班, `3所` 寄宿制学校, `5元` 营养餐, `约3.1万人`, `1150户`, `260个` 停车位, `600人次` 壮乡特色技能,
`38公里` 屯级路, and the funding table's cells).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.86亿元', '计划总投资'), ('27936万元', '完成投资')),
    (('9700万元', '县级财政'), ('9700万元', '县级财政资金到位')),
    (('300个', '普惠性托位'), ('326', '普惠性托位')),
    (('1800对', '计划怀孕夫妇'), ('1862', '孕前优生健康检查')),
    (('2160个', '学位'), ('2160', '第三小学学位')),
    (('1.26万平方米', '学生宿舍'), ('12600', '寄宿制学校学生宿舍')),
    (('85名', '中小学、幼儿园教师'), ('79', '公开招聘教师')),
    (('3.6万人', '老年人免费健康体检'), ('37415', '老年人免费健康体检')),
    (('1.2万人', '两癌免费筛查'), ('12386', '两癌免费筛查')),
    (('15个', '村级全民健身场地'), ('17', '村级全民健身场地')),
    (('30个', '村级互助养老服务点'), ('30', '村级互助养老服务点')),
    (('6万人次', '助餐服务'), ('64820', '助餐服务')),
    (('180户', '特殊困难老年人家庭'), ('186', '适老化改造')),
    (('6个', '老旧小区'), ('6', '老旧小区改造')),
    (('4部', '加装电梯'), ('3', '加装电梯')),
    (('220户', '农村危房改造'), ('220', '农村危房改造')),
    (('800座', '农村户用卫生厕所'), ('836', '农村户用卫生厕所')),
    (('160名', '残疾儿童'), ('171', '残疾儿童康复救助')),
    (('120户', '困难重度残疾人家庭'), ('120', '重度残疾人家庭无障碍改造')),
    (('2800人', '城镇新增就业'), ('3046', '城镇新增就业')),
    (('4000人', '农村劳动力转移就业'), ('4312', '农村劳动力转移就业')),
    (('3000人次', '职业技能培训'), ('3275', '职业技能培训')),
    (('85公里', '农村公路'), ('79.6', '农村公路')),
    (('500个', '公共停车泊位'), ('526', '公共停车泊位')),
    (('3.5公里', '鉴河城区段生态治理'), ('3.5', '鉴河城区段生态治理')),
    (('45个', '生活污水治理自然村'), ('45', '自然村生活污水治理')),
    (('1.2万户', '燃气用户'), ('12460', '燃气泄漏报警装置')),
    (('5000人次', '应急救护培训'), ('5318', '应急救护培训')),
    (('200场', '文艺演出下乡'), ('213', '送戏下乡')),
    (('12场', '群众性体育赛事'), ('15', '群众性体育赛事')),
    (('12件', '县级为民办实事工程'), None),
    (('34个', '子项目'), None),
    (('两件', '实事'), None),
    (('2所', '公办托育园'), None),
    (('3.3个', '托位'), None),
    (('92%', '儿童眼保健和视力检查覆盖率'), None),
    (('48个', '教学班'), None),
    (('3所', '乡镇寄宿制学校'), None),
    (('5元', '营养改善计划补助'), None),
    (('3.1万人', '学生'), None),
    (('40个', '村卫生室'), None),
    (('1个', '县域远程心电诊断中心'), None),
    (('12家', '乡镇卫生院'), None),
    (('8个', '老年助餐点'), None),
    (('60元', '高龄津贴'), None),
    (('1150户', '居民'), None),
    (('260个', '停车位'), None),
    (('14处', '农村供水工程'), None),
    (('2.4万人', '受益人口'), None),
    (('5760元', '农村低保标准'), None),
    (('820元', '城市低保标准'), None),
    (('600人次', '壮乡特色技能培训'), None),
    (('600个', '乡村公益性岗位'), None),
    (('38公里', '屯级路'), None),
    (('2条', '城乡公交线路'), None),
    (('5个', '口袋公园'), None),
    (('20个', '微型消防站'), None),
    (('30个', '农家书屋数字化阅读点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='14900', report='14901', target='first', result='first')

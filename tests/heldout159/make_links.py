#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 15900 plan / 15901 report).

Run inside tests/heldout159:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is the county's life-stage guide (金寨县2026年民生实事“对号入座”惠民指南), the report its
compilation of completion certificates with a summary table (完工证明汇编（节选）). A result is found by its first
achieved mention (`result='first'`); the report restates one target in a certificate (`“新增普惠托位360个”项目`) and
seventeen in its table's 年度目标 column (target records of 15901): the links go from the plan's records. Results below
target are linked as delivered (加装电梯 8 -> 6, 公共停车泊位 500 -> 436); their remainders, given 2027 dates in the
report (`另有2部…2027年5月底前`, `剩余64个…2027年6月底前`), are targets of 2027 and no result.
A target with no result is listed with None and skipped: the list's counts and money the report does not answer
(`12件`, `37项`, last year's `11件`), the baseline (`1460个`, stock 2025) and the 2027 level (`4.5个`), the scope and
rules (`3个` 中心镇, `1200元` fee cap, `3000元` per household, `50元` and `775元` before values, `2个` 集镇, `约6000人`),
and the targets the report says were done without a figure (its note 1: `18所` 小规模学校, `48个` 村卫生室, `4辆`
巡回诊疗车, `46套` 淋浴热水设施, `120户` 无障碍改造, `600个` 公益性岗位, `2条` 公交线路, `5个` 口袋公园, `4.2公里` 史河,
`30个` 自然村, `15个` 微型消防站, `12处` 健身场地) or does not mention (`4所` 幼儿园, `23所` 寄宿制学校, `20个`
助餐功能点, `1500人次` 订单式培训).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('6.82亿元', '计划总投资'), ('6.57亿元', '完成投资')),
    (('2.41亿元', '县级财政资金'), ('2.41亿元', '县级财政资金')),
    (('2600对', '免费孕前优生健康检查'), ('2688对', '孕前优生健康检查')),
    (('4500人次', '产前筛查'), ('4712人次', '产前筛查')),
    (('360个', '普惠托位'), ('372个', '普惠托位')),
    (('1处', '托育综合服务中心'), ('1处', '托育综合服务中心')),
    (('120个', '托位'), ('120个', '托位')),
    (('92%', '儿童眼保健和视力检查覆盖率'), ('95.3%', '儿童视力检查覆盖率')),
    (('720个', '学位'), ('750个', '公办幼儿园学位')),
    (('3100张', '学生床铺'), ('3160张', '寄宿制学校学生床铺')),
    (('90%', '课后服务参与率'), ('93.8%', '课后服务参与率')),
    (('1.2万人', '两癌筛查'), ('1.27万人', '农村妇女两癌筛查')),
    (('6.8万人', '免费健康体检'), ('7.02万人', '老年人体检')),
    (('30个', '村级互助养老服务点'), ('31个', '村级互助养老服务点')),
    (('8万人次', '助餐服务'), ('9.46万人次', '助餐服务')),
    (('500户', '特殊困难老年人家庭'), ('512户', '特殊困难老年人家庭')),
    (('60元', '高龄津贴'), ('60元', '高龄津贴')),
    (('11个', '城镇老旧小区'), ('11个', '城镇老旧小区')),
    (('1860户', '住户'), ('1874户', '住户')),
    (('8部', '加装电梯'), ('6部', '加装电梯')),
    (('150户', '农村低收入群体危房改造'), ('153户', '农村危房改造')),
    (('12.5公里', '供水管网'), ('12.8公里', '集镇供水管网')),
    (('320名', '残疾人'), ('346名', '残疾人基本康复服务')),
    (('810元', '城乡低保标准'), ('810元', '城乡低保标准')),
    (('1200人次', '困境儿童走访关爱'), ('1365人次', '困境儿童走访关爱')),
    (('3200人', '城镇新增就业'), ('3518人', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4291人次', '职业技能培训')),
    (('1.5亿元', '创业担保贷款'), ('1.63亿元', '创业担保贷款')),
    (('80公里', '农村公路'), ('83.6公里', '农村公路')),
    (('35公里', '农村公路提质改造'), ('36.2公里', '农村公路提质改造')),
    (('6座', '危桥'), ('6座', '危桥')),
    (('500个', '城区公共停车泊位'), ('436个', '城区公共停车泊位')),
    (('2000户', '独居老人家庭'), ('2046户', '燃气泄漏报警器')),
    (('1.5万人次', '应急救护培训'), ('1.62万人次', '应急救护普及培训')),
    (('800人', '持证救护员培训'), ('836人', '持证救护员培训')),
    (('200场', '送戏进村'), ('214场', '送戏进村')),
    (('2700场', '农村公益电影放映'), ('2712场', '农村公益电影放映')),
    (('12件', '民生实事'), None),
    (('37项', '民生实事'), None),
    (('11件', '民生实事'), None),
    (('4.5个', '婴幼儿托位'), None),
    (('4所', '公办幼儿园'), None),
    (('18所', '乡村小规模学校'), None),
    (('23所', '寄宿制学校'), None),
    (('46套', '淋浴热水设施'), None),
    (('48个', '村卫生室'), None),
    (('4辆', '县域医共体巡回诊疗车'), None),
    (('20个', '具备助餐功能的互助养老服务点'), None),
    (('120户', '重度残疾人家庭'), None),
    (('1500人次', '订单式培训'), None),
    (('600个', '乡村公益性岗位'), None),
    (('2条', '城乡公交线路'), None),
    (('5个', '口袋公园'), None),
    (('4.2公里', '史河城区段生态治理'), None),
    (('30个', '生活污水治理自然村'), None),
    (('15个', '乡镇微型消防站'), None),
    (('12处', '村级全民健身场地'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='15900', report='15901', target='first', result='first')

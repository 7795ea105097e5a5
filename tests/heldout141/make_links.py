#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 14100 plan / 14101 report).

Run inside tests/heldout141:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A result is taken at its first mention (`result='first'`): 14101's `物流总览` table comes before the
tracking entries, so the fourteen results it lists link to its `签收数量` cells (`252`, `1350`, `37260`, `16`, `312`, `6`,
`17`, `4862`, `4105`, `57.6`, `648`, `2916`, `204`, `171`); the table's `礼单数量` cells restate the plan's targets
(target records of 14101) and are not linked, the links go from the plan's records. A target with no result is listed
with None and skipped: the list's counts and county money the report does not answer (`12件`, `38项`, `1.48亿元`), the
baseline's level and the 2028 target (`3.8个` per 千人口, `2000个`), the targets the report says were done without a
figure (`18个` 村卫生室 `全部通过验收`, `30座` 农村公厕 `全部建成`, `4条` 公交线路 `均已开通运行`, `5个` 口袋公园
`全部建成开放`, `15个` 微型消防站 `均已建成`, `30个` 农家书屋提升点 `全部完成`), those it does not mention
(`1.2万平方米` 校舍, `100%` 课后服务覆盖率) and the money table's cells by group (`计划投资`, `县级财政`: the report
gives only the total).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.26亿元', '计划总投资'), ('5.03亿元', '完成投资')),
    (('240个', '普惠托位'), ('252', '普惠托位')),
    (('2个', '社区嵌入式托育点'), ('两个', '社区嵌入式托育点')),
    (('1000人次', '入户科学育儿指导'), ('1126人次', '入户科学育儿指导')),
    (('1300对', '免费孕前优生健康检查'), ('1318对', '免费孕前优生健康检查')),
    (('92%', '儿童眼保健和视力检查覆盖率'), ('94.1%', '儿童眼保健和视力检查覆盖率')),
    (('1350个', '学位'), ('1350', '学位')),
    (('260间', '配备护眼灯教室'), ('260间', '教室护眼灯')),
    (('3.6万人', '老年人免费健康体检'), ('37260', '老年人免费健康体检')),
    (('1.2万人', '两癌筛查'), ('1.23万人', '两癌筛查')),
    (('25条', '全民健身路径'), ('27条', '全民健身路径')),
    (('4个', '笼式多功能运动场'), ('3个', '笼式多功能运动场')),
    (('15个', '老年助餐点'), ('16', '老年助餐点')),
    (('10万人次', '助餐服务'), ('10.8万人次', '助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('312', '居家适老化改造')),
    (('3家', '乡镇综合养老服务中心'), ('2家', '乡镇综合养老服务中心')),
    (('100张', '家庭养老床位'), ('106张', '家庭养老床位')),
    (('120元', '高龄补贴'), ('120元', '高龄补贴')),
    (('7个', '老旧小区'), ('6', '老旧小区改造')),
    (('1650户', '居民'), ('1420户', '居民')),
    (('20部', '加装电梯'), ('17', '既有住宅加装电梯')),
    (('120户', '农村低收入群体危房改造和农房抗震加固'), ('124户', '农村危房改造和抗震加固')),
    (('790元', '城乡低保标准'), ('790元', '城乡低保标准')),
    (('700名', '残疾人'), ('728名', '残疾人')),
    (('80场', '护苗关爱活动'), ('86场', '困境儿童关爱活动')),
    (('4500人', '城镇新增就业'), ('4862', '城镇新增就业')),
    (('3800人次', '职业技能培训'), ('4105', '职业技能培训')),
    (('260个', '公益性岗位'), ('271个', '公益性岗位')),
    (('8000万元', '创业担保贷款'), ('8650万元', '创业担保贷款')),
    (('55公里', '农村公路'), ('57.6', '新改建农村公路')),
    (('600个', '公共停车泊位'), ('648', '公共停车泊位')),
    (('40个', '生活污水治理自然村'), ('38个', '完成生活污水治理的自然村')),
    (('12公里', '河道治理'), ('12.4公里', '河道治理')),
    (('2800户', '城镇居民'), ('2916', '燃气泄漏报警器')),
    (('180块', '防溺水警示牌'), ('204', '防溺水警示牌')),
    (('360个', '救生设备'), ('372个', '救生设备')),
    (('160场', '送汉剧、采茶戏下乡'), ('171', '送戏下乡')),
    (('50场', '群众性体育赛事'), ('58场', '群众性体育赛事')),
    (('12件', '为民办实事项目'), None),
    (('38项', '为民办实事项目'), None),
    (('1.48亿元', '县级财政'), None),
    (('3.8个', '婴幼儿托位'), None),
    (('2000个', '普惠托位'), None),
    (('1.2万平方米', '乡村薄弱学校校舍'), None),
    (('100%', '课后服务覆盖率'), None),
    (('18个', '村卫生室（所）标准化改造'), None),
    (('30座', '农村公厕'), None),
    (('4条', '城乡公交线路'), None),
    (('5个', '口袋公园'), None),
    (('15个', '微型消防站'), None),
    (('30个', '农家书屋提升点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='14100', report='14101', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 10800 plan / 10801 report).

Run inside tests/heldout108:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. 10801 restates four targets and results in its `附表` (bare cells `360`, `372` …): the links go to the
prose mentions, which name what is counted and come first (`result='first'`). A target with no result is listed with None
and skipped: the list's `十一件` (10801 restates it as a target), the `11张` task cards, the investment's increase `1.1亿元`
and the district funds `6.2亿元` (10801 gives no district funds), the 十五五 total `1500个` (2030), the childcare card's
district money `1260万元` (10801's `全年投入资金1318万元` names no source: another scope), the per-clinic `1台` DR and its
`4个` clinics (10801 counts `4台` devices: per clinic against a total), the per-household subsidy `4.5万元` (10801 gives the
total paid), and the targets whose result 10801 states without a figure (`教师周转宿舍…全部交付使用`, `村卫生室标准化改造任务全部完成`,
`精神障碍社区康复站全部建成`, `口袋公园全部建成开放`, `小流域综合治理全部完成`, `山区村应急广播全部建成`, `全民健身器材更新任务全部完成`,
`24小时城市书房已对外开放`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9.6亿元', '计划总投资'), ('9.21亿元', '完成投资')),
    (('360个', '普惠托位'), ('372个', '普惠托位')),
    (('6个', '社区嵌入式托育点'), ('6个', '社区嵌入式托育点')),
    (('1500人次', '入户育儿指导'), ('1684人次', '入户育儿指导')),
    (('1080个', '中小学学位'), ('1080个', '学位')),
    (('1.1万人', '两癌筛查'), ('11386人', '两癌筛查')),
    (('15个', '老年助餐点'), ('16个', '老年助餐点')),
    (('20万人次', '助餐服务'), ('23.7万人次', '助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('306户', '适老化改造')),
    (('1.2万名', '80岁以上居家老年人'), ('12460名', '高龄老年人')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('2160户', '居民'), ('2214户', '居民')),
    (('30部', '加装电梯'), ('26部', '加装电梯完工投用')),
    (('400户', '山区农宅抗震节能改造'), ('412户', '山区农宅抗震节能改造')),
    (('260户', '重度残疾人家庭'), ('271户', '重度残疾人家庭')),
    (('4500人', '城镇新增就业'), ('4826人', '城镇新增就业')),
    (('6000人次', '职业技能培训'), ('6530人次', '职业技能培训')),
    (('500个', '山区生态管护公益性岗位'), ('512个', '山区生态管护公益性岗位')),
    (('38公里', '农村公路大中修'), ('35.6公里', '农村公路大中修')),
    (('600个', '公共停车泊位'), ('640个', '公共停车泊位')),
    (('3条', '山区微循环公交线路'), ('3条', '山区微循环公交线路')),
    (('45平方公里', '治理面积'), ('46.2平方公里', '治理面积')),
    (('3500户', '老旧小区居民'), ('3618户', '居民')),
    (('160场', '送戏下乡'), ('172场', '送戏下乡')),
    (('十一件', '重要民生实事'), None),
    (('11张', '任务卡'), None),
    (('1.1亿元', '计划总投资'), None),
    (('6.2亿元', '区级财政资金'), None),
    (('1500个', '普惠托位'), None),
    (('1260万元', '区级资金'), None),
    (('48套', '教师周转宿舍'), None),
    (('22个', '村卫生室'), None),
    (('4个', '山区镇卫生院'), None),
    (('1台', 'DR设备'), None),
    (('4.5万元', '补助'), None),
    (('4个', '精神障碍社区康复站'), None),
    (('8处', '口袋公园'), None),
    (('3条', '小流域综合治理'), None),
    (('60个', '山区村应急广播'), None),
    (('200套', '社区全民健身器材'), None),
    (('2处', '24小时城市书房'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='10800', report='10801', target='first', result='first')

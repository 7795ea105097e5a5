#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 20000 plan / 20001 report).

Run inside tests/heldout200:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text
and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes. The
report restates two results in its summary and a comment (`2734万元` 投资, `341人次` 尘肺病随访): the links take the
first mention, in the waypoint note that names what is counted (`result='first'`). A target with no result is listed
with None and skipped: the list's count `11件` (answered by `10件`/`1件`, parts, not a total), the trail's `12块` signs,
`1座` 风雨操场 (the report gives only its area), `1处` 托育点, `1条` 公交线路 (`开通了`, no figure), `3期` is no record,
`6名` teachers answered by `5名` (linked), and the plan's stock figures are never targets.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2860万元', '计划总投资'), ('2734万元', '投资完成')),
    (('1940万元', '市区两级补助'), ('1940万元', '补助到位')),
    (('24个', '托位'), ('24个', '托位')),
    (('400人次', '入户科学育儿指导'), ('432人次', '育儿指导')),
    (('2辆', '产检接送车'), ('2辆', '产检接送车')),
    (('860平方米', '风雨操场面积'), ('860平方米', '风雨操场')),
    (('6名', '教师'), ('5名', '新老师')),
    (('150元', '住校生生活补助'), ('150元', '住校生补助')),
    (('4个', '村卫生室'), ('4个', '卫生室')),
    (('320人次', '尘肺病患者入户随访'), ('341人次', '尘肺病随访')),
    (('600人', '适龄妇女两癌筛查'), ('612人', '两癌筛查')),
    (('3个', '村级老年餐桌'), ('3个', '新老年餐桌')),
    (('1.8万人次', '助餐'), ('1.93万人次', '助餐')),
    (('60户', '高龄、独居老人家庭适老化改造'), ('63户', '适老化改造')),
    (('45户', '农宅抗震节能改造'), ('45户', '抗震节能农宅')),
    (('12户', '采空区影响房屋加固'), ('12户', '采空区加固')),
    (('8座', '村内公厕'), ('8座', '公厕')),
    (('1480元', '农村低保标准'), ('1480元', '低保标准')),
    (('38名', '残疾人居家康复服务'), ('41名', '残疾人康复服务')),
    (('12名', '困境儿童'), ('12名', '结对的困境儿童')),
    (('200人次', '关矿转岗人员技能培训'), ('226人次', '转岗培训')),
    (('150个', '公益性岗位'), ('157人', '公益性岗位')),
    (('120人', '农村劳动力新增就业'), ('131人', '新增就业')),
    (('90人', '民宿从业人员培训'), ('104人', '民宿培训')),
    (('8.5公里', '乡村公路大修'), ('7.2公里', '公路大修')),
    (('20处', '错车道'), ('20处', '错车道')),
    (('2座', '村级污水处理站'), ('2座', '污水站')),
    (('150亩', '废弃矿区山体复绿'), ('162亩', '山体复绿')),
    (('6公里', '大石河支流河道清理'), ('6公里', '河道清理')),
    (('12处', '地质灾害监测点'), ('12处', '监测点')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('260台', '燃气报警器'), ('274台', '燃气报警器')),
    (('24场', '送戏进村'), ('26场', '送戏进村')),
    (('5个', '农家书屋提档升级'), ('5个', '书屋升级')),
    (('300人', '山地越野跑参赛'), ('412人', '越野跑参赛')),
    (('11件', '民生实事'), None),
    (('12块', '标识牌'), None),
    (('1处', '普惠托育点'), None),
    (('1座', '风雨操场'), None),
    (('1条', '公交线路延伸'), None),
    (('1场', '山地越野跑'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='20000', report='20001', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 15600 plan / 15601 report).

Run inside tests/heldout156:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (an Excel sheet saved as CSV) restates every target in its `年度目标任务` column (target
records of 15601): the links go from the plan's records to the report's `完成情况` and `完成投资` cells, which are
achieved records; with the default stance filter each side names exactly one record. The plan's per-project
`计划投资（万元）` cards link to the report's `完成投资` cells of the same row, the plan's funds by source to the report's
note 2, the list's `计划总投资` to the `合计` row's `完成投资`.
A target with no result is listed with None and skipped: the plan's figures the report answers without a figure or
not at all (`1栋` 教学楼 and `1台` 健康一体机 per clinic, done without a count; `21栋` 楼栋; `260个` 公共停车泊位
`已全部施划完成`), the rates and caps that the report answers with another measure (`3元` per meal against the year's
`4.1万元` 就餐补贴; the cap `3,000元` per household against the average `约2,860元`), the plan's own sizes and sources
(`650平方米` 闲置用房, `约900名` 学生, `90万元` and `102万元` of the childcare centre, `约900万元` city funds), the 2028 goal
`4.5个` per 千人口, and the list's and the groups' counts (`12个`, `1项`, `2项`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3,680万元', '计划总投资'), ('3,552.6', '完成投资')),
    (('1,120万元', '镇级财政'), ('1,086.4万元', '镇级财政')),
    (('2,060万元', '区级以上资金'), ('1,978.9万元', '区级以上资金')),
    (('500万元', '社会资金'), ('487.3万元', '社会资金')),
    # 常有善育: the childcare centre
    (('60个', '普惠托位'), ('60个', '普惠托位')),
    (('12个', '乳儿班托位'), ('12个', '乳儿班托位')),
    (('400人次', '入户科学育儿指导'), ('436人次', '入户科学育儿指导')),
    (('24场', '婴幼儿家长课堂'), ('26场', '家长课堂')),
    (('192', '计划投资'), ('188.5', '完成投资')),
    # school
    (('4,860平方米', '加固面积'), ('4,860平方米', '加固面积')),
    (('320个', '就餐座位'), ('336个', '就餐座位')),
    (('650', '计划投资'), ('642', '完成投资')),
    # clinics
    (('8个', '村卫生室'), ('8个', '村卫生室')),
    (('80%', '家庭医生签约服务重点人群签约率'), ('82.6%', '重点人群签约率')),
    (('168', '计划投资'), ('171.3', '完成投资')),
    # elderly: meals, adaptation, health checks
    (('5个', '老年助餐点'), ('5个', '助餐点')),
    (('6万人次', '助餐'), ('6.38万人次', '助餐')),
    (('210', '计划投资'), ('203.6', '完成投资')),
    (('150户', '特殊困难老年人家庭'), ('152户', '适老化改造')),
    (('4,200人', '老年人免费健康体检'), ('4,386人', '免费体检')),
    (('96', '计划投资'), ('93.2', '完成投资')),
    # old estates
    (('3个', '老旧小区'), ('3个', '小区主体工程完工')),
    (('836户', '居民'), ('836户', '居民')),
    (('2.6公里', '小区雨污管网'), ('2.6公里', '雨污管网')),
    (('140个', '小区内停车位'), ('128个', '停车位')),
    (('1,260', '计划投资'), ('1,148.6', '完成投资')),
    # disabled people
    (('120名', '持证残疾人'), ('126名', '持证残疾人')),
    (('30户', '重度残疾人家庭'), ('30户', '无障碍改造')),
    (('72', '计划投资'), ('72', '完成投资')),
    # jobs
    (('40个', '乡村公益性岗位'), ('40个', '乡村公益性岗位')),
    (('600人次', '职业技能培训'), ('642人次', '职业技能培训')),
    (('450人', '城镇新增就业'), ('487人', '城镇新增就业')),
    (('85', '计划投资'), ('81.7', '完成投资')),
    # roads and transport
    (('12.5公里', '农村公路'), ('12.8公里', '农村公路')),
    (('8个', '公交候车亭'), ('8个', '公交候车亭')),
    (('560', '计划投资'), ('566.4', '完成投资')),
    # villages' environment
    (('3个', '口袋公园'), ('3个', '口袋公园')),
    (('1.8万平方米', '绿化面积'), ('1.92万平方米', '绿化面积')),
    (('6个', '村庄生活污水治理'), ('6个', '村污水治理工程')),
    (('240', '计划投资'), ('236.8', '完成投资')),
    # safety
    (('2,000户', '老年人家庭'), ('2,046户', '老年人家庭')),
    (('5个', '村级微型消防站'), ('5个', '村级微型消防站')),
    (('1,500人次', '应急救护培训'), ('1,633人次', '应急救护培训')),
    (('95', '计划投资'), ('97.9', '完成投资')),
    # culture and sport
    (('60场', '送戏下乡'), ('64场', '送戏下乡')),
    (('6,000册', '农家书屋更新图书'), ('6,200册', '农家书屋更新图书')),
    (('2个', '村级多功能运动场'), ('2个', '村级多功能运动场')),
    (('52', '计划投资'), ('50.6', '完成投资')),
    # no result figure
    (('1栋', '教学楼'), None),
    (('1台', '健康一体机'), None),
    (('21栋', '楼栋'), None),
    (('260个', '公共停车泊位'), None),
    (('3元', '助餐补贴'), None),
    (('3,000元', '适老化改造补助'), None),
    (('650平方米', '闲置用房'), None),
    (('900名', '学生'), None),
    (('90万元', '区级补助'), None),
    (('102万元', '镇级配套'), None),
    (('900万元', '市级老旧小区改造资金'), None),
    (('4.5个', '3岁以下婴幼儿托位'), None),
    (('12个', '镇级民生实事项目'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='15600', report='15601')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 13800 plan / 13801 report).

Run inside tests/heldout138:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A side may match more than one record: `target='first'` takes the plan's paragraph figure (13800 states
`420盏` 路灯 in its 交通畅行 paragraph and again in its 算一算 box; the link takes the paragraph), `result='first'` the
report's first result (13801 states `4部` 加装电梯 in its TAB table and, as `加装电梯建成投用`, in its third part; the link
takes the table's cell). The report's table restates the plan's 31 targets (target records of 13801): the links go
from the plan's records. A target with no result is listed with None and skipped: the list's count `12件` and the
money the report does not answer (`3960万元` 镇级财政, `480万元` 村集体和社会资本, `1130万元`), the standards and
subsidies the report does not restate (`1.2万元` per 托位, `3元` per meal, `5000元` and `4.5万元` per household,
`2320元` per post), the scopes the report gives no figure for (`6400平方米` 建筑面积, `860户` 居民, `1栋` 教学楼,
`1个` 普惠托育点), the targets reported `按计划推进` without a figure (`85%` 课后服务参加率, `90%` 家庭医生签约率),
`400人` 取证培训, the 2027 target `4.5个` per 千人口, the 算一算 box's estimates and the supervision groups (`6个`, `2件`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9860万元', '计划总投资'), ('9412万元', '完成投资')),
    (('5420万元', '区级以上补助资金'), ('5420万元', '区级以上补助资金')),
    (('36个', '子项目'), ('35个', '完成子项目')),
    (('2个', '结转项目'), ('2个', '结转项目')),
    (('760万元', '结转项目资金'), ('760万元', '完成投资')),
    (('80个', '普惠托位'), ('86个', '普惠托位')),
    (('900人次', '入户科学育儿指导'), ('1046人次', '入户科学育儿指导')),
    (('1500人次', '儿童发育筛查'), ('1613人次', '儿童发育筛查')),
    (('360个', '学位'), ('360个', '新增学位')),
    (('4800平方米', '校舍'), ('5120平方米', '农村学校校舍改造')),
    (('8个', '村卫生室'), ('8个', '村卫生室标准化改造')),
    (('6200人', '老年人免费体检'), ('6587人', '老年人免费体检')),
    (('12套', '全民健身路径'), ('14套', '全民健身路径')),
    (('3家', '养老驿站'), ('3家', '养老驿站')),
    (('5个', '老年助餐点'), ('6个', '老年助餐点')),
    (('150户', '困难老年人家庭'), ('163户', '居家适老化改造')),
    (('2个', '老旧小区'), ('2个', '老旧小区综合整治')),
    (('6部', '加装电梯'), ('4部', '加装电梯')),
    (('120户', '农宅抗震节能改造'), ('131户', '农宅抗震节能改造')),
    (('15座', '农村公厕'), ('15座', '农村公厕')),
    (('180名', '重度残疾人'), ('192人', '重度残疾人居家托养')),
    (('1520元', '城乡低保标准'), ('1520元', '城乡低保标准')),
    (('300份', '困境儿童关爱包'), ('312份', '困境儿童关爱包')),
    (('1200人', '城乡劳动力新增就业'), ('1378人', '城乡新增就业')),
    (('1500人次', '职业技能培训'), ('1642人次', '职业技能培训')),
    (('90个', '公益性岗位'), ('90个', '公益性岗位')),
    (('18.5公里', '村级道路大修'), ('19.2公里', '村级道路大修')),
    (('300个', '公共停车泊位'), ('326个', '公共停车泊位')),
    (('420盏', '路灯'), ('438盏', '路灯')),
    (('两条', '公交线路'), ('2条', '公交线路')),
    (('6处', '候车亭'), ('6处', '候车亭')),
    (('三处', '口袋公园'), ('3处', '口袋公园')),
    (('6个', '生活污水治理村'), ('6个', '村庄生活污水治理')),
    (('9.6公里', '污水管网'), ('10.1公里', '新增污水管网')),
    (('4.2万平方米', '裸露地绿化'), ('4.5万平方米', '裸露地绿化')),
    (('2600户', '农村居民'), ('2714户', '燃气泄漏报警器')),
    (('5个', '微型消防站'), ('5个', '微型消防站')),
    (('3000人次', '应急救护培训'), ('3265人次', '应急救护培训')),
    (('80场', '送戏下乡、公益演出'), ('92场', '公益演出')),
    (('10个', '农家书屋'), ('10个', '农家书屋提升')),
    (('12件', '民生实事'), None),
    (('3960万元', '镇级财政'), None),
    (('480万元', '村集体和社会资本投入'), None),
    (('1130万元', '计划总投资'), None),
    (('1.2万元', '托位补助标准'), None),
    (('4.5个', '托位'), None),
    (('1个', '普惠托育点'), None),
    (('1栋', '教学楼'), None),
    (('6400平方米', '建筑面积'), None),
    (('85%', '课后服务学生参加率'), None),
    (('90%', '重点人群家庭医生签约率'), None),
    (('3元', '助餐补贴'), None),
    (('5000元', '适老化改造补助'), None),
    (('860户', '居民'), None),
    (('4.5万元', '农宅抗震节能改造补助'), None),
    (('2320元', '岗位补贴'), None),
    (('400人', '取证培训'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='13800', report='13801', target='first', result='first')

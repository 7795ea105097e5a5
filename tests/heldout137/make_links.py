#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 13700 plan / 13701 report).

Run inside tests/heldout137:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report restates the fourteen city tasks' targets in its `|` table (target records of 13701):
the links go from the plan's records to the table's `完成` cells, which are the first mention that names what is
counted (加装电梯完工投用 `138` in the table before the prose `138台` of part four; `result='first'`). A target with
no result is listed with None and skipped: the list's counts (`10个` 方面, `32项`, `24项`, `12项`, last year's `11项`),
the city's quotas and the district's own additions inside a target (`市下达12个`, `自加2个`, `市下达400张`), the
share `两成`, last year's satisfaction `96.2%`, the per-town and per-nursery figures (`1所` per 镇, `150个` per 所: the
report names only 安亭's `160个`, another scope), the baseline `6840个` and `4.1个` (2027, stock) and the 2030 goal
`4.8个`, the school's `45个` 班, the meals `85万人次` and the `3000元` per household (no figure in the report), the
carried-over `34台`, the estate sewers `18公里` (`全部完成`, no figure), the public-welfare posts `300个` (`全部开发到位`),
the off-peak shared parking `600个`, the district's own money `9.4亿元`, the start rate `90%` and the consent share
`三分之二`.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('14个', '社区托育宝宝屋'), ('15', '社区托育宝宝屋')),
    (('360个', '公办幼儿园托班托额'), ('372', '公办幼儿园托班托额')),
    (('9000户', '婴幼儿家庭'), ('9216户', '科学育儿入户指导覆盖家庭')),
    (('7所', '中小学和幼儿园'), ('7所', '新建、改扩建学校（幼儿园）')),
    (('4200个', '学位'), ('4260个', '学位')),
    (('2700个', '义务教育学位'), ('2745个', '义务教育学位')),
    (('1.2万名', '小学生'), ('12640', '爱心暑托班服务小学生')),
    (('6.5万名', '老年人免费体检'), ('68214', '老年人免费体检')),
    (('10个', '社区健康小屋'), ('10', '社区健康小屋')),
    (('18个', '村卫生室'), ('18个', '村卫生室')),
    (('8个', '市民健身驿站'), ('8个', '市民健身驿站')),
    (('20个', '益智健身苑点'), ('21个', '益智健身苑点')),
    (('12公里', '健身步道'), ('11.6公里', '健身步道')),
    (('500张', '养老床位'), ('512', '养老床位')),
    (('120张', '认知障碍照护床位'), ('126张', '认知障碍照护床位')),
    (('6家', '社区长者食堂'), ('6', '社区长者食堂')),
    (('20个', '老年助餐点'), ('23', '老年助餐点')),
    (('1500户', '困难老年人家庭'), ('1563', '困难老年人家庭适老化改造')),
    (('3.2万平方米', '旧住房成套改造和拎马桶改造'), ('3.35', '旧住房成套改造和拎马桶改造')),
    (('680户', '居民'), ('702户', '居民')),
    (('200台', '加装电梯开工'), ('213台', '加装电梯开工')),
    (('150台', '加装电梯完工投用'), ('138', '加装电梯完工投用')),
    (('800人', '引领成功创业'), ('836人', '引领成功创业')),
    (('1.8万个', '就业岗位'), ('1.93万个', '就业岗位')),
    (('2.5万人次', '职业技能培训'), ('2.71万人次', '职业技能培训')),
    (('10条', '公交线路'), ('11条', '公交线路')),
    (('1500个', '公共停车泊位'), ('1620', '公共停车泊位')),
    (('5条', '断头路'), ('4条', '断头路')),
    (('3.6公里', '断头路'), ('2.9公里', '断头路')),
    (('8座', '口袋公园'), ('8座', '口袋公园')),
    (('15公里', '绿道'), ('15.4公里', '绿道')),
    (('120条', '河道综合治理'), ('125条', '河道综合治理')),
    (('2万平方米', '立体绿化'), ('2.1万平方米', '立体绿化')),
    (('1.6万户', '独居老人和困难家庭'), ('16000', '独立式烟感报警器安装')),
    (('1.5万人次', '应急救护培训'), ('17380', '应急救护培训')),
    (('12个', '微型消防站'), ('12个', '微型消防站')),
    (('6家', '城市书房'), ('6家', '城市书房')),
    (('600场', '文化配送演出'), ('652场', '文化配送演出')),
    (('120场', '全民健身赛事活动'), ('131场', '全民健身赛事活动')),
    (('28.6亿元', '计划总投资'), ('27.3亿元', '完成投资')),
    (('3.1亿元', '市级补助资金'), ('2.86亿元', '市级补助资金到位')),
    (('10个', '市政府实事项目方面'), None),
    (('32项', '市政府实事项目'), None),
    (('24项', '承接任务'), None),
    (('12项', '区政府实事项目'), None),
    (('11项', '区政府实事项目'), None),
    (('12个', '社区托育宝宝屋'), None),
    (('2个', '社区托育宝宝屋'), None),
    (('1所', '普惠性托育园'), None),
    (('150个', '托位'), None),
    (('4.8个', '托位'), None),
    (('45个', '设计规模班'), None),
    (('400张', '养老床位'), None),
    (('85万人次', '助餐服务'), None),
    (('3000元', '适老化改造补贴'), None),
    (('34台', '结转加装电梯'), None),
    (('18公里', '老旧小区雨污管网'), None),
    (('300个', '公益性岗位'), None),
    (('600个', '错峰共享泊位'), None),
    (('9.4亿元', '区级财政'), None),
    (('90%', '开工率'), None),
    (('三分之二', '征询同意率'), None),
    (('两成', '任务量'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='13700', report='13701', target='first', result='first')

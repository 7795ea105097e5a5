#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 12700 plan / 12701 report).

Run inside tests/heldout127:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is a lightbox ad's copy deck (one panel a brand), the report the portal's year-end carousel
(one slide a topic); the carousel restates several targets in brackets (`（目标360个，…）`: target records of 12701),
so the result side is filtered to achieved records (the default). The two documents count the elderly's check-ups in
different measure words (`5.6万名` in the plan, `58316人` in the report): people both, so the link stands and no `unit`
agreement is asked; the categories must agree (`same`). A target with no result is listed with None and skipped:
the list's counts and the county's money (`十件` in the panel's slogan, `10件`, `32项`, `3.15亿元`: `县级财政资金全部拨付到位`
has no figure), the rows the carousel closes without a figure (`30座` 农村公厕 `全部完成`, `6条` 公交线路 `全部开通`,
`8个` 15分钟品质文化生活圈 `全部建成`), and the plan's figures that are no target of the year's list: the 2027 level `4.6个`
per 千人口, the standards inside a panel (`50份` a day per meal point, `3000元` per bed) and the `3个` carry-over.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('8.62亿元', '计划总投资'), ('8.37亿元', '完成投资')),
    (('360个', '普惠性托位'), ('372个', '普惠性托位')),
    (('2400对', '免费孕前优生健康检查'), ('2461对', '免费孕前优生健康检查')),
    (('92%', '儿童眼保健和视力检查覆盖率'), ('94.1%', '儿童眼保健和视力检查覆盖率')),
    (('4所', '学校'), ('4所', '学校')),
    (('2700个', '中小学和幼儿园学位'), ('2880个', '中小学和幼儿园学位')),
    (('540个', '幼儿园学位'), ('585个', '幼儿园学位')),
    (('95%', '义务教育学校课后服务学生参与率'), ('96.8%', '义务教育学校课后服务学生参与率')),
    (('22个', '村卫生室'), ('22个', '村卫生室')),
    (('5.6万名', '老年人免费健康体检'), ('58316人', '老年人免费健康体检')),
    (('12个', '百姓健身房'), ('12个', '百姓健身房')),
    (('18个', '老年食堂（助餐点）'), ('19个', '老年食堂（助餐点）')),
    (('65万人次', '老年助餐服务'), ('68.4万人次', '老年助餐服务')),
    (('300户', '困难老年人家庭'), ('300户', '困难老年人家庭')),
    (('200张', '家庭养老照护床位'), ('186张', '家庭养老照护床位')),
    (('14个', '老旧小区'), ('14个', '老旧小区')),
    (('3600户', '居民'), ('3712户', '居民')),
    (('40台', '加装电梯'), ('37台', '加装电梯')),
    (('1200元', '城乡低保标准'), ('1200元', '城乡低保标准')),
    (('1100名', '残疾人'), ('1164人', '残疾人')),
    (('1.3万人', '城镇新增就业'), ('13860人', '城镇新增就业')),
    (('9000人次', '职业技能培训'), ('9412人次', '职业技能培训')),
    (('1.5亿元', '创业担保贷款'), ('1.62亿元', '创业担保贷款')),
    (('60公里', '农村公路'), ('63.4公里', '农村公路')),
    (('1500个', '公共停车泊位'), ('1620个', '公共停车泊位')),
    (('10个', '口袋公园'), ('10个', '口袋公园')),
    (('45处', '农村生活污水处理设施'), ('45处', '农村生活污水处理设施')),
    (('2200户', '燃气瓶改管'), ('2038户', '燃气瓶改管')),
    (('3000个', '电动自行车集中充电端口'), ('3460个', '电动自行车集中充电端口')),
    (('1.2万人', '应急救护持证培训'), ('12675人', '应急救护持证培训')),
    (('200场', '送戏下乡'), ('216场', '送戏下乡')),
    (('5家', '乡村博物馆'), ('4家', '乡村博物馆')),
    (('十件', '实事'), None),
    (('10件', '民生实事项目'), None),
    (('32项', '具体任务'), None),
    (('3.15亿元', '县级财政资金'), None),
    (('30座', '农村公厕'), None),
    (('6条', '城乡公交线路'), None),
    (('8个', '15分钟品质文化生活圈'), None),
    (('4.6个', '3岁以下婴幼儿托位'), None),
    (('50份', '助餐点供餐能力'), None),
    (('3000元', '床位建设补助'), None),
    (('3个', '结转加装电梯项目'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='12700', report='12701', same=('category',))

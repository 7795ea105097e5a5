#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 14500 plan / 14501 report).

Run inside tests/heldout145:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (a 办结及结转清单) restates every target in its `年度目标` column (target records of
14501): the links go from the plan's records (the reply letter's brand paragraphs) to the report's `完成情况` cells
and its lead paragraph. The school building's `计划总投资3200万元` is answered by the carry-over table's `完成投资
2150万元` (the building itself is carried over, so its `1幢` has no result). A target with no result is listed with
None and skipped: the list's counts (`10件`, `33个`), the money the report does not answer (`上级补助资金0.96亿元`,
`先预拨50%`), the baseline and the 2030 托位 goal, the sub-targets the report says were done without a figure
(`1200人次` 入户科学育儿指导, `30座` 农村公厕, `1080元` 城乡低保标准, `4条` 城乡公交线路, `12个` 微型消防站),
and the plan's figures with no counterpart (`1幢`, `8600平方米`, `15名` 定向招聘, `3元` 助餐补助, `两次` 集中视察).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.42亿元', '计划总投资'), ('3.31亿元', '完成投资')),
    (('1.27亿元', '县级财政资金'), ('1.27亿元', '县级财政资金')),
    (('320个', '普惠性托位'), ('336个', '普惠性托位')),
    (('2个', '社区嵌入式托育点'), ('2个', '社区嵌入式托育点')),
    (('4500人次', '婴幼儿发育筛查'), ('4682人次', '婴幼儿发育筛查')),
    (('180个', '学位'), ('180个', '学位')),
    (('3200万元', '计划总投资'), ('2150万元', '完成投资')),
    (('100%', '义务教育学校课后服务覆盖率'), ('100%', '义务教育课后服务覆盖率')),
    (('60名', '中小学教师'), ('58名', '中小学教师')),
    (('二十四个', '村卫生室'), ('24个', '村卫生室')),
    (('1.2万人', '宫颈癌和乳腺癌筛查'), ('1.26万人', '宫颈癌和乳腺癌筛查')),
    (('3.1万人', '老年人免费健康体检'), ('3.24万人', '老年人免费健康体检')),
    (('8个', '百姓健身房'), ('8个', '百姓健身房')),
    (('15个', '老年食堂'), ('16个', '老年食堂')),
    (('18万人次', '助餐服务'), ('19.3万人次', '助餐服务')),
    (('260户', '困难老年人家庭'), ('271户', '困难老年人家庭')),
    (('120元', '高龄津贴'), ('120元', '高龄津贴')),
    (('6个', '老旧小区'), ('6个', '老旧小区')),
    (('1850户', '居民'), ('1862户', '居民')),
    (('20台', '加装电梯'), ('14台', '加装电梯')),
    (('1.1万人', '农村饮用水达标提标受益人口'), ('1.15万人', '农村饮用水达标提标受益人口')),
    (('900名', '残疾人'), ('936名', '残疾人')),
    (('4800人', '城镇新增就业'), ('5126人', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3218人次', '职业技能培训')),
    (('10个', '家门口就业服务站'), ('10个', '家门口就业服务站')),
    (('45公里', '农村公路'), ('47.6公里', '农村公路')),
    (('600个', '公共停车泊位'), ('566个', '公共停车泊位')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('35个', '农村生活污水处理设施运维提升行政村'), ('35个', '农村生活污水处理设施运维提升行政村')),
    (('2200户', '燃气泄漏报警器'), ('2350户', '燃气泄漏报警器')),
    (('5000人次', '应急救护普及培训'), ('5380人次', '应急救护普及培训')),
    (('10件', '民生实事项目'), None),
    (('33个', '子项目'), None),
    (('0.96亿元', '上级补助资金'), None),
    (('50%', '县级资金预拨比例'), None),
    (('4.5个', '3岁以下婴幼儿托位'), None),
    (('1200人次', '入户科学育儿指导'), None),
    (('1幢', '教学综合楼'), None),
    (('8600平方米', '建筑面积'), None),
    (('15名', '山区学校定向招聘教师'), None),
    (('3元', '助餐补助'), None),
    (('30座', '农村公厕'), None),
    (('1080元', '城乡低保标准'), None),
    (('4条', '城乡公交线路'), None),
    (('12个', '微型消防站'), None),
    (('2次', '集中视察'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='14500', report='14501', target='first', result='first')

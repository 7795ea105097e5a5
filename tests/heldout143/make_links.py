#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 14300 plan / 14301 report).

Run inside tests/heldout143:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report 14301 (a year-end 晴雨表 page) restates every target in its box table's `年度目标` column
(target records of 14301): the links go from the plan's records (14300, the 长桌宴 feature) to the report's `年终完成`
cells and to the figures of its `【总体天气】` paragraph (`完成投资3.71亿元`, `上级资金到位2.36亿元`, `每千人口托位数达到3.3个`).
A target with no result is listed with None and skipped: the list's counts (`十件`, `32个` 子项目: the report gives
`☀ 7件`, `已完成29个`, parts of the list, not its count delivered), the money the report does not answer
(`1.12亿元` 县级财政, `0.33亿元` 社会资本), the targets the report marks done or not with no figure (`1个` 托育综合服务中心
`已建成投用`, the dormitory's `1栋` and `600张` `主体完工①`, `2条` 公交线路 `已开通`, `30个` 农家书屋 `已完成`), the `两个` towns
the bus lines reach, and the 2027 goal `4个` per 千人口. The before values `50元` and `5280元` are stock, no target.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.86亿元', '计划总投资'), ('3.71亿元', '完成投资')),
    (('2.41亿元', '上级资金'), ('2.36亿元', '上级资金')),
    (('3.2个', '托位'), ('3.3个', '托位')),
    (('260个', '普惠托位'), ('268个', '普惠托位')),
    (('1500人次', '入户科学育儿指导'), ('1626人次', '入户科学育儿指导')),
    (('1200对', '免费孕前优生健康检查'), ('1217对', '免费孕前优生健康检查')),
    (('180个', '学位'), ('180个', '郎德镇中心幼儿园学位')),
    (('7所', '农村学校食堂'), ('7所', '农村学校食堂')),
    (('40名', '特岗教师'), ('41名', '特岗教师')),
    (('1.1万人', '老年人免费健康体检'), ('1.16万人', '老年人免费健康体检')),
    (('16个', '村卫生室'), ('16个', '村卫生室')),
    (('5000人', '宫颈癌和乳腺癌免费筛查'), ('5132人', '宫颈癌和乳腺癌免费筛查')),
    (('12条', '全民健身路径'), ('12条', '全民健身路径')),
    (('8个', '村级互助幸福院'), ('8个', '村级互助幸福院')),
    (('10个', '老年助餐点'), ('11个', '老年助餐点')),
    (('6万人次', '助餐服务'), ('6.42万人次', '助餐服务')),
    (('150户', '特殊困难老年人家庭'), ('153户', '特殊困难老年人家庭适老化改造')),
    (('80元', '高龄津贴'), ('80元/月', '高龄津贴')),
    (('5个', '老旧小区'), ('4个', '老旧小区')),
    (('1260户', '居民'), ('1012户', '老旧小区惠及居民')),
    (('120户', '农村低收入群体危房改造和抗震改造'), ('120户', '农村危房改造和抗震改造')),
    (('2.3万人', '农村供水保障提升'), ('2.36万人', '农村供水保障提升')),
    (('800名', '残疾人'), ('828名', '残疾人基本康复服务')),
    (('5520元', '农村低保标准'), ('5520元/年', '农村低保标准')),
    (('10个', '儿童之家'), ('10个', '儿童之家')),
    (('1.5万人', '防返贫保险'), ('1.53万人', '防返贫保险')),
    (('2800人', '城镇新增就业'), ('3065人', '城镇新增就业')),
    (('3000人次', '农村劳动力职业技能培训'), ('3274人次', '农村劳动力职业技能培训')),
    (('200个', '公益性岗位'), ('206个', '公益性岗位')),
    (('45公里', '农村公路'), ('36.5公里', '农村公路')),
    (('400个', '公共停车泊位'), ('418个', '公共停车泊位')),
    (('1800户', '电气线路改造'), ('1846户', '木结构村寨电气线路防火改造')),
    (('12个', '消防水池'), ('12个', '消防水池')),
    (('16个', '村级微型消防站'), ('16个', '村级微型消防站')),
    (('100场次', '防火安全培训'), ('132场次', '防火安全培训')),
    (('120场', '送文艺演出下乡'), ('126场', '送文艺演出下乡')),
    (('20场', '群众性赛事'), ('23场', '群众性体育赛事')),
    (('十件', '民生实事'), None),
    (('32个', '子项目'), None),
    (('1.12亿元', '县级财政'), None),
    (('0.33亿元', '社会资本投入'), None),
    (('1个', '县级托育综合服务中心'), None),
    (('1栋', '学生宿舍楼'), None),
    (('600张', '床位'), None),
    (('2条', '城乡公交线路'), None),
    (('两个', '通达乡镇'), None),
    (('30个', '农家书屋'), None),
    (('4个', '托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='14300', report='14301', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 17700 plan / 17701 report).

Run inside tests/heldout177:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: the list's own counts (`14件`, `38个`, which
the report restates as targets), the weight in the appraisal (`5%`) and the per-project `1名` / `1个`, which the report
does not answer with a figure. The report's `余下64个` parking places and `7个` teacher posts are 2026 targets, not results.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('6.82亿元', '计划总投资'), ('6.47亿元', '完成投资')),
    (('2.15亿元', '县级财政'), ('2.15亿元', '县级财政资金')),
    (('3.9亿元', '上级资金'), ('4.06亿元', '上级资金')),
    (('2800人', '城镇新增就业'), ('3126人', '城镇新增就业')),
    (('3500人', '农村劳动力转移就业'), ('3712人', '农村劳动力转移就业')),
    (('6000人次', '职业技能培训'), ('6480人次', '职业技能培训')),
    (('1500人次', '赣南技工专项培训'), ('1638人次', '赣南技工专项培训')),
    (('420个', '城乡公益性岗位'), ('436个', '公益性岗位')),
    (('300名', '返乡创业'), ('412名', '返乡创业')),
    (('1.2亿元', '创业担保贷款'), ('1.35亿元', '创业担保贷款')),
    (('85公里', '农村公路'), ('88.6公里', '农村公路')),
    (('120公里', '县乡道安全生命防护工程'), ('120公里', '县乡道安全生命防护工程')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('600个', '公共停车泊位'), ('536个', '公共停车泊位')),
    (('360个', '普惠托位'), ('372个', '普惠托位')),
    (('120个', '县妇幼保健院托育中心托位'), ('120个', '县妇幼保健院托育中心托位')),
    (('7000人', '产前筛查'), ('7316人', '产前筛查')),
    (('1620个', '公办学位'), ('1620个', '公办学位')),
    (('180名', '教师'), ('173名', '教师')),
    (('2.3万名', '老年人免费健康体检'), ('2.41万名', '老年人免费体检')),
    (('46个', '村卫生室'), ('46个', '村卫生室')),
    (('30个', '农村互助养老服务点'), ('31个', '农村互助养老服务点')),
    (('500户', '特殊困难老年人家庭'), ('512户', '特殊困难老年人家庭')),
    (('80元', '高龄津贴'), ('80元', '高龄津贴')),
    (('12个', '老旧小区'), ('12个', '老旧小区')),
    (('2680户', '居民'), ('2714户', '居民')),
    (('150户', '农村危房改造'), ('150户', '农村危房改造')),
    (('880元', '城镇低保标准'), ('880元', '城镇低保标准')),
    (('705元', '农村低保标准'), ('705元', '农村低保标准')),
    (('1100名', '困难残疾人'), ('1126名', '困难残疾人')),
    (('32个', '生活污水治理行政村'), ('29个', '生活污水治理行政村')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('3000户', '城镇居民'), ('3085户', '城镇居民')),
    (('25个', '微型消防站'), ('25个', '微型消防站')),
    (('200场', '送兴国山歌、采茶戏下乡演出'), ('216场', '送兴国山歌、采茶戏下乡演出')),
    (('40个', '村（社区）全民健身场地'), ('42个', '村（社区）全民健身场地')),
    (('14件', '民生实事项目'), None),
    (('38个', '子项目'), None),
    (('5%', '年度综合考核权重'), None),
    (('1名', '挂点县领导'), None),
    (('1个', '牵头单位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='17700', report='17701')

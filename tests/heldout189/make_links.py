#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 18900 plan / 18901 report).

Run inside tests/heldout189:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator; the shared `tools/make_links.py` writes the file.
A target with no result is listed with None and skipped: the list's count `十二件` (the report's
`12件` is itself a count of the list, target), the county's matching money `2.1亿元` and the share
paid in advance `50%`, which the report does not answer; the remote-ECG coverage `100%`
(`乡镇卫生院全覆盖`, no figure) and the old-age allowance raise `20元` (`已按菜单提标`, no figure).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('6.8亿元', '计划总投资'), ('6.93亿元', '完成投资')),
    (('2所', '普惠性托育园'), ('2所', '普惠性托育园')),
    (('360个', '普惠托位'), ('372个', '托位')),
    (('1.2万名', '儿童眼保健和视力检查'), ('1.26万人', '儿童眼保健和视力检查')),
    (('7所', '中小学和幼儿园'), ('7所', '学校')),
    (('4200个', '学位'), ('4350个', '学位')),
    (('180名', '中小学教师'), ('176名', '教师')),
    (('60名', '特岗教师'), ('58名', '特岗教师')),
    (('2.5万名', '农村适龄妇女“两癌”免费筛查'), ('2.61万人', '“两癌”筛查')),
    (('30个', '标准化村卫生室'), ('30个', '标准化村卫生室')),
    (('3所', '区域养老服务中心'), ('3所', '区域养老服务中心')),
    (('20个', '村级幸福院'), ('22个', '村级幸福院')),
    (('1000户', '特殊困难老年人家庭'), ('1036户', '适老化改造')),
    (('14个', '老旧小区'), ('14个', '老旧小区')),
    (('3600户', '居民'), ('3712户', '居民')),
    (('300户', '农村低收入群体危房改造'), ('305户', '危房改造')),
    (('670元', '城乡低保标准'), ('670元', '低保标准')),
    (('600名', '残疾儿童'), ('628名', '残疾儿童康复救助')),
    (('6000人', '城镇新增就业'), ('6581人', '城镇新增就业')),
    (('8000人次', '职业技能培训'), ('8420人次', '技能培训')),
    (('400个', '城乡公益性岗位'), ('413个', '公益性岗位')),
    (('120公里', '农村公路'), ('126公里', '农村公路')),
    (('45公里', '滩区乡镇农村公路'), ('47公里', '滩区乡镇农村公路')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('67个', '生活污水治理行政村'), ('67个', '生活污水治理行政村')),
    (('10个', '口袋公园'), ('11个', '口袋公园')),
    (('5000户', '老旧小区居民'), ('5180户', '燃气泄漏报警器')),
    (('20个', '微型消防站'), ('20个', '微型消防站')),
    (('300场', '戏曲进乡村演出'), ('326场', '戏曲进乡村')),
    (('5个', '城市书房'), ('5个', '城市书房')),
    (('30万人次', '游客'), ('34.2万人次', '接待本县居民')),
    (('260公里', '农村供水管网'), ('263公里', '农村供水管网')),
    (('8.5万人', '群众'), ('8.7万人', '群众')),
    (('十二件', '民生实事'), None),
    (('2.1亿元', '县级财政配套'), None),
    (('50%', '县财政先拨付比例'), None),
    (('100%', '乡镇卫生院远程心电诊断覆盖率'), None),
    (('20元', '高龄津贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='18900', report='18901')

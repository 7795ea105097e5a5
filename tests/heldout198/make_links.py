#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 19800 plan / 19801 report).

Run inside tests/heldout198:  python3 make_links.py
Stdlib only; imports nothing from the package. Each link names a gold record of each document by its
span text and indicator, read side by side by hand. Runs the shared `tools/make_links.py`. The plan's
`3.86亿元` is found by its first mention (the waybill's 保价, not the 运费说明's repeat). Targets the report
does not answer with a figure are listed with None and skipped: the list counts (`10件`, `28项` are restated,
not results), the funding split, the per-town `1个` 托育点, the `200元` care subsidy, `2860户` (restated by the
report as part of `6个（2860户）`, linked), and the comment's `两个`/`30个`.
"""
import runpy
from pathlib import Path

LINKS = [
    (('3.86亿元', '计划总投资'), ('3.71亿元', '实际完成投资')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('1800对', '免费孕前优生健康检查'), ('1862对', '免费孕前优生健康检查')),
    (('450个', '学位'), ('450个', '长山镇中心小学新增学位')),
    (('1栋', '教学楼'), ('1栋', '教学楼')),
    (('36名', '农村学校教师'), ('34名', '农村学校补充教师')),
    (('8台', '乡镇卫生院DR设备'), ('8台', '乡镇卫生院DR设备')),
    (('1.2万人', '两癌筛查'), ('1.26万人', '两癌筛查')),
    (('4.5万人', '老年人免费体检'), ('4.71万人', '老年人免费体检')),
    (('15个', '村级互助幸福大院'), ('15个', '互助幸福大院')),
    (('10个', '老年助餐点'), ('11个', '老年助餐点')),
    (('6个', '老旧小区'), ('6个', '老旧小区改造')),
    (('2860户', '居民'), ('2860户', '老旧小区改造居民')),
    (('210户', '农村危房改造'), ('214户', '农村危房改造')),
    (('500户', '农村水冲式厕所'), ('468户', '农村水冲式厕所')),
    (('760元', '城市低保标准'), ('760元', '城市低保标准')),
    (('6200元', '农村低保标准'), ('6200元', '农村低保标准')),
    (('300人次', '残疾人辅具适配'), ('326人次', '残疾人辅具适配')),
    (('2800人', '城镇新增就业'), ('3015人', '城镇新增就业')),
    (('400个', '公益性岗位'), ('412个', '公益性岗位')),
    (('1500人次', '盐碱地水稻种植技能培训'), ('1630人次', '盐碱地水稻种植技能培训')),
    (('85公里', '农村公路'), ('88.6公里', '农村公路')),
    (('3条', '城乡公交线路'), ('3条', '城乡公交线路')),
    (('42公里', '入湖排干沟渠整治'), ('42公里', '入湖排干沟渠整治')),
    (('2座', '乡镇污水处理站'), ('2座', '乡镇污水处理站')),
    (('30个', '村屯绿化美化'), ('31个', '村屯绿化美化')),
    (('3000户', '燃气泄漏报警器'), ('3126户', '燃气泄漏报警器')),
    (('12个', '微型消防站'), ('12个', '微型消防站')),
    (('120场', '送戏下乡'), ('124场', '送戏下乡')),
    (('15场', '冬捕节群众文艺展演'), ('15场', '冬捕节群众文艺展演')),
    (('10件', '民生实事'), None),
    (('28项', '民生实事项目'), None),
    (('1.12亿元', '县级财政配套'), None),
    (('1个', '托育点'), None),
    (('200元', '护理补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='19800', report='19801', target='first', result='first')

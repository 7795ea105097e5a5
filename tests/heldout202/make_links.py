#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 20200 plan / 20201 report).

Run inside tests/heldout202:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator (stance filter: target on the plan side, achieved on the
report side). Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc
prefixes. The report restates three targets in its `尾酒登记` table (`85名`, `6个`, `900个`, target records
of 20201) and repeats three results there (`81名`, `5个`, `812个`, indicators `教师招聘`, `老旧小区改造`,
`公共停车泊位`): the links take the results from the report's prose (the first mention that names what is
counted). A target with no result is listed with None and skipped: the list's counts and the money's
sources (`十一件`, `35个` 子项目, `2.12亿元`, `1.05亿元`, `0.69亿元`: the report states only its total),
the 东皇 托育园 `1所` (the report says it opened, with no count), the `12所` boarding schools (no figure),
and the 2026 level `4.5个` per 千人口 (a later year's goal).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.86亿元', '计划总投资'), ('3.71亿元', '完成投资')),
    (('300个', '普惠托位'), ('326个', '普惠托位')),
    (('120个', '托位'), ('120个', '东皇托育园托位')),
    (('1500对', '计划怀孕夫妇'), ('1538对', '免费孕前优生健康检查')),
    (('92%', '儿童眼保健和视力检查覆盖率'), ('94.1%', '儿童视力检查覆盖率')),
    (('360个', '学位'), ('360个', '学位')),
    (('85名', '教师'), ('81名', '教师')),
    (('2400张', '学生床铺'), ('2400张', '学生床铺')),
    (('26个', '村卫生室'), ('26个', '村卫生室')),
    (('3.6万人', '老年人免费健康体检'), ('3.71万人', '老年人免费健康体检')),
    (('1.2万人', '宫颈癌和乳腺癌筛查'), ('1.26万人', '两癌筛查')),
    (('15个', '农村互助养老院坝食堂'), ('16个', '院坝食堂')),
    (('8万人次', '助餐'), ('8.7万人次', '助餐')),
    (('200户', '特殊困难老年人家庭'), ('203户', '适老化改造')),
    (('80元', '高龄津贴'), ('80元', '高龄津贴')),
    (('260户', '农村危房改造和农房抗震改造'), ('262户', '危房改造和抗震改造')),
    (('6个', '老旧小区'), ('5个', '老旧小区完工')),
    (('1850户', '居民'), ('1590户', '居民')),
    (('22座', '农村公厕'), ('22座', '公厕')),
    (('40户', '农房抗震改造'), ('40户', '上年结转抗震改造')),
    (('700名', '残疾人'), ('731名', '康复服务残疾人')),
    (('6200元', '农村低保标准'), ('6200元', '农村低保标准')),
    (('4500人', '城镇新增就业'), ('4867人', '城镇新增就业')),
    (('3000人次', '技能培训'), ('3326人次', '技能培训')),
    (('260个', '公益性岗位'), ('271个', '公益性岗位')),
    (('8000万元', '创业担保贷款'), ('9120万元', '创业担保贷款')),
    (('60公里', '通组硬化路'), ('63.5公里', '通组硬化路')),
    (('3条', '城乡公交线路'), ('3条', '公交线路')),
    (('900个', '公共停车泊位'), ('812个', '停车泊位')),
    (('20个', '生活污水治理行政村'), ('20个', '污水治理行政村')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('90%', '酿造废弃物资源化利用率'), ('91.3%', '酒糟资源化利用率')),
    (('3500户', '居民'), ('3640户', '燃气报警器安装')),
    (('16个', '微型消防站'), ('16个', '微型消防站')),
    (('180块', '防溺水警示牌'), ('205块', '防溺水警示牌')),
    (('200场', '送黔剧、花灯戏下乡'), ('216场', '送戏下乡')),
    (('30个', '农家书屋提升点'), ('30个', '农家书屋提升点')),
    (('80支', '参赛村队'), ('97支', '参赛村队')),
    (('十一件', '民生实事'), None),
    (('35个', '子项目'), None),
    (('2.12亿元', '上级资金'), None),
    (('1.05亿元', '县级财政'), None),
    (('0.69亿元', '社会资金'), None),
    (('1所', '公办托育园'), None),
    (('12所', '山区寄宿制学校'), None),
    (('4.5个', '婴幼儿托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='20200', report='20201', target='first', result='first')

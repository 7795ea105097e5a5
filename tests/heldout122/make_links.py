#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 12200 plan / 12201 report, 台安县 2028).

Run inside tests/heldout122:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator (each name matches exactly one record of its stance). Runs the shared
`tools/make_links.py`; this file keeps the link list and the two doc prefixes. A target with no result is listed with
None and skipped: the list's `10件` and `27项` (12201 restates them as targets), the money (the sources and the table's
`计划投资` cells: the clippings give only the total done), the school building `1栋`, the rural house repairs `120户`
(the clipping says only that the households moved in), the 低保 standards, the heating subsidy's `800元` per household,
the public-welfare posts, the buses and the villages' sewage (the clippings name them without a figure), the
“十五五” target `1000个` (2030) and the places per 千人口 `3.4个` (12201's `每千人口3.4个` is a year-end stock, never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.37亿元', '计划总投资'), ('4.21亿元', '完成投资')),
    (('240个', '普惠托位'), ('252个', '普惠托位')),
    (('6个', '社区嵌入式托育点'), ('6个', '社区嵌入式托育点')),
    (('4000人次', '发育筛查'), ('4216人次', '发育筛查')),
    (('540个', '学位'), ('540个', '学位')),
    (('12所', '农村学校供暖设施改造'), ('12所', '农村学校供暖设施改造')),
    (('40名', '特岗教师'), ('38名', '特岗教师')),
    (('20个', '村卫生室'), ('20个', '村卫生室')),
    (('2.3万人', '老年人健康体检'), ('2.41万名', '老年人健康体检')),
    (('8000人', '两癌筛查'), ('8230人', '两癌筛查')),
    (('8个', '农村互助幸福院'), ('8个', '农村互助幸福院')),
    (('12个', '老年助餐点'), ('13个', '老年助餐点')),
    (('350户', '特殊困难老年人家庭'), ('356户', '特殊困难老年人家庭')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('2860户', '居民'), ('2915户', '居民')),
    (('14.6公里', '老旧供热管网'), ('13.8公里', '老旧供热管网')),
    (('600名', '残疾人'), ('623名', '残疾人')),
    (('4200户', '困难群众'), ('4316户', '困难群众')),
    (('3000人', '城镇新增就业'), ('3215人', '城镇新增就业')),
    (('4500人次', '职业技能培训'), ('4780人次', '职业技能培训')),
    (('65公里', '农村公路大中修'), ('67.3公里', '农村公路大中修')),
    (('800个', '公共停车泊位'), ('826个', '公共停车泊位')),
    (('6个', '口袋公园'), ('6个', '口袋公园')),
    (('5000户', '居民'), ('5120户', '居民')),
    (('6000人次', '应急救护培训'), ('6430人次', '应急救护培训')),
    (('10件', '民生实事'), None),
    (('27项', '民生实事'), None),
    (('1栋', '教学楼'), None),
    (('120户', '农村危房改造'), None),
    (('760元', '城市低保标准'), None),
    (('7200元', '农村低保标准'), None),
    (('800元', '冬季取暖补贴'), None),
    (('200个', '城乡公益性岗位'), None),
    (('30辆', '新能源公交车'), None),
    (('15个', '农村生活污水治理村'), None),
    (('1000个', '普惠托位'), None),
    (('3.4个', '托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='12200', report='12201')

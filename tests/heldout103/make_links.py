#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 10300 plan / 10301 report).

Run inside tests/heldout103:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes, and a result may be found by its first mention (`result='first'`: 10301 states the 318 托位 and the
112 公里 of rural road twice, in its account of the year and again in the item it appeals; the link takes the first, the
sentence of the year's results). A target with no result is listed with None and skipped: the list's `10件` and `24个`
(10301 restates them as targets), the county's own and social money (`1.2亿元`, `0.56亿元`), and the targets the report
says done without a figure or does not answer (`5个` 托育点, `2所` 校舍, `6处` 锅炉房, `1.5万人` 两癌筛查, `26公里` 供热管网,
`1个` 阳光家园 (the report's `1个` is the assessor's "not done"), `30公里` 窄路加宽, `4条` 公交线路, `50个` 候车亭,
`6个` 口袋公园, `200场` 送戏下乡). The plan's `|` table restates five targets (`3.7`, `90`, `96`, `760`, `61`): the links go
from the prose records.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.86亿元', '计划总投资'), ('3.71亿元', '完成投资')),
    (('2.1亿元', '上级资金'), ('1.94亿元', '上级资金')),
    (('300个', '普惠托位'), ('318个', '普惠托位')),
    (('3.7个', '托位'), ('3.8个', '托位')),
    (('4000人次', '儿童发育筛查'), ('4260人次', '儿童发育筛查')),
    (('1200个', '学位'), ('1260个', '学位')),
    (('15个', '大班额'), ('15个', '大班额')),
    (('60名', '特岗教师'), ('52名', '特岗教师')),
    (('24个', '村卫生室'), ('24个', '村卫生室')),
    (('90%', '村卫生室标准化达标率'), ('91.4%', '村卫生室标准化达标率')),
    (('4.2万人', '老年人健康体检'), ('4.36万人', '老年人健康体检')),
    (('20个', '农村老年助餐点'), ('20个', '农村老年助餐点')),
    (('18万人次', '助餐服务'), ('19.6万人次', '助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('306户', '特殊困难老年人家庭')),
    (('11个', '城镇老旧小区'), ('11个', '城镇老旧小区')),
    (('4300户', '居民'), ('4386户', '居民')),
    (('280户', '农村危房改造和抗震改造'), ('280户', '农村危房改造和抗震改造')),
    (('96%', '农村自来水普及率'), ('96.2%', '农村自来水普及率')),
    (('760元', '城市低保标准'), ('760元', '城市低保标准')),
    (('560元', '农村低保标准'), ('560元', '农村低保标准')),
    (('1100名', '残疾人'), ('1138名', '残疾人')),
    (('3200人', '城镇新增就业'), ('3418人', '城镇新增就业')),
    (('4500人次', '职业技能培训'), ('4960人次', '职业技能培训')),
    (('120公里', '农村公路'), ('112公里', '农村公路')),
    (('5000户', '燃气泄漏报警器'), ('5120户', '燃气泄漏报警器')),
    (('10件', '民生实事'), None),
    (('24个', '子项'), None),
    (('1.2亿元', '县本级财政资金'), None),
    (('0.56亿元', '社会资本投入'), None),
    (('5个', '社区嵌入式托育点'), None),
    (('2所', '中小学校舍'), None),
    (('6处', '农村寄宿制学校锅炉房'), None),
    (('1.5万人', '两癌筛查'), None),
    (('26公里', '老旧供热管网'), None),
    (('1个', '残疾人托养机构'), None),
    (('30公里', '窄路加宽'), None),
    (('4条', '城乡公交线路'), None),
    (('50个', '农村客运候车亭'), None),
    (('6个', '口袋公园'), None),
    (('200场', '送戏下乡'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='10300', report='10301', target='first', result='first')

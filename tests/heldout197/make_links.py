#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 19700 plan / 19701 report).

Run inside tests/heldout197:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator; the shared `tools/make_links.py` writes the file. The plan is the legend of 易县's
2025 project map (19700), the report a lost-and-found register borrowed for the year-end check (19701), whose
entries use the map's numbers. Targets with no result figure in the register are listed with None: the
prenatal screening `4500人` (②), the boarding-meal subsidy `5元` (④), `300户` 适老化改造, `85户` 危房, the river
`6.5公里` (⑯), `46处` 转移点 (the register gives only the 43 built: linked), `3条` 公交线路, `3万册` books, the
list's counts and money (`11类`, `21个`, `3.86亿元`, `1.42亿元`), and the map's pins and close-up counts.
"""
import runpy
from pathlib import Path

LINKS = [
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('540个', '学位'), ('540个', '学位')),
    (('6800平方米', '建筑面积'), ('6820平方米', '新校舍')),
    (('28个', '村卫生室标准化改造'), ('27个', '村卫生室标准化改造')),
    (('3.2万人', '老年人免费健康体检'), ('3.41万人', '老年人免费健康体检')),
    (('15个', '农村互助幸福院助餐点'), ('16个', '互助幸福院助餐点')),
    (('100张', '护理型床位'), ('100张', '护理型床位')),
    (('11个', '老旧小区'), ('11个', '老旧小区')),
    (('2860户', '居民'), ('2914户', '居民')),
    (('780元', '城乡低保标准'), ('780元', '低保标准')),
    (('160名', '残疾儿童'), ('172名', '残疾儿童')),
    (('2600人', '城镇新增就业'), ('2815人', '城镇新增就业')),
    (('1200人次', '易水砚、易县摆件手艺培训'), ('1346人次', '易水砚手艺培训')),
    (('42公里', '狼牙山景区至西陵旅游路提升改造'), ('38公里', '狼牙山至西陵旅游路')),
    (('24辆', '新能源公交车'), ('18辆', '新能源公交车')),
    (('20个', '山区村生活污水治理'), ('20个', '山区村生活污水治理')),
    (('5000户', '农户燃气报警器安装'), ('5126户', '农户燃气报警器')),
    (('46处', '山区防汛避险转移点'), ('43处', '防汛避险转移点')),
    (('260场', '送戏下乡'), ('271场', '送戏下乡')),
    (('120场', '易县梆子'), ('128场', '易县梆子')),
    (('4500人', '孕产妇免费产前筛查'), None),
    (('5元', '寄宿生营养改善补助'), None),
    (('300户', '特殊困难老年人家庭适老化改造'), None),
    (('85户', '山区农村危房改造'), None),
    (('3条', '城乡公交线路'), None),
    (('6.5公里', '易水河县城段生态治理'), None),
    (('3万册', '农家书屋图书更新'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='19700', report='19701', target='first', result='first')

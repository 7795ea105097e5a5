#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 6800 plan / 6801 report).

Run inside tests/heldout68:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 6800's satisfaction target `90%`
(the handbook asks visitors to fill in the form; it reports no rate) and the 2025 stock `680个` (a stock, not a target).
Where the report gives a result twice (`128个` in the guide's words and `128` in the data card), the link takes the first
mention in a sentence that names what is counted; the eye checks, the old estates, households, rural houses and heating
pipes are reported only in the cards and table, so those links take the bare result cell.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.46亿元', '计划总投资'), ('2.39亿元', '完成投资')),
    (('1.38亿元', '上级资金'), ('1.31亿元', '上级资金到位')),
    (('120个', '普惠托位'), ('128个', '普惠托位')),
    (('1.2万人次', '儿童眼保健和视力检查'), ('13100', '儿童眼保健和视力检查')),
    (('8所', '农村学校旱厕'), ('8所', '农村学校旱厕')),
    (('300个', '寄宿制学位'), ('300个', '寄宿制学位')),
    (('15个', '标准化村卫生室'), ('15个', '标准化村卫生室')),
    (('2.3万人', '老年人免费健康体检'), ('2.41万人', '老年人免费健康体检')),
    (('10个', '农村互助养老服务站'), ('11个', '农村互助养老服务站')),
    (('200户', '特殊困难老年人家庭适老化改造'), ('206户', '特殊困难老年人家庭适老化改造')),
    (('9个', '老旧小区'), ('9', '老旧小区改造')),
    (('2860户', '居民'), ('2903', '惠及居民')),
    (('40户', '农村危房'), ('40', '农村危房改造')),
    (('18公里', '供热管网'), ('16.5', '供热管网更新')),
    (('160名', '残疾儿童康复救助'), ('172名', '残疾儿童康复救助')),
    (('760元', '城乡低保标准'), ('760元', '城乡低保标准')),
    (('3200人', '城镇新增就业'), ('3516人', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4270人次', '职业技能培训')),
    (('65公里', '农村公路'), ('66.2公里', '农村公路')),
    (('500个', '城市公共停车泊位'), ('530个', '城市公共停车泊位')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('2条', '黑臭水体'), ('2条', '黑臭水体')),
    (('1500户', '燃气泄漏报警器'), ('1620户', '燃气泄漏报警器')),
    (('200场', '送戏下乡'), ('214场', '送戏下乡')),
    (('12个', '农家书屋示范点'), ('12个', '农家书屋示范点')),
    (('100名', '群众代表'), ('106名', '群众代表')),
    (('90%', '满意率'), None),
    (('680个', '普惠托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='6800', report='6801', target='first')

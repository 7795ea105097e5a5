#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 7300 plan / 7301 report).

Run inside tests/heldout73:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 7300's year-end totals `50个`
助餐点 and `1390个` 托位 (7301 gives no county total at year end).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.86亿元', '计划总投资'), ('4.71亿元', '完成投资')),
    (('240个', '普惠托位'), ('256个', '普惠托位')),
    (('3处', '社区嵌入式托育点'), ('3处', '社区嵌入式托育点')),
    (('6000人次', '儿童发育筛查'), ('6420人次', '儿童发育筛查')),
    (('1080个', '学位'), ('1080个', '学位')),
    (('12栋', '乡镇寄宿制学校宿舍'), ('12栋', '寄宿制学校宿舍')),
    (('960张', '床位'), ('960张', '床位')),
    (('2.2万人', '老年人免费体检'), ('2.31万人', '老年人免费体检')),
    (('25个', '村卫生室'), ('25个', '村卫生室')),
    (('8000人', '两癌筛查'), ('8260人', '两癌筛查')),
    (('16个', '老年助餐点'), ('17个', '老年助餐点')),
    (('9万人次', '助餐服务'), ('10.4万人次', '助餐服务')),
    (('380户', '特殊困难老年人家庭'), ('391户', '适老化改造')),
    (('11个', '老旧小区'), ('11个', '老旧小区')),
    (('2460户', '居民'), ('2512户', '居民')),
    (('14部', '加装电梯'), ('10部', '加装电梯')),
    (('48公里', '农村供水管网'), ('51公里', '农村供水管网')),
    (('520名', '残疾人'), ('547名', '残疾人基本康复服务')),
    (('800元', '低保标准'), ('800元', '低保标准')),
    (('3200人', '城镇新增就业'), ('3460人', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4380人次', '职业技能培训')),
    (('300个', '公益性岗位'), ('312个', '公益性岗位')),
    (('65公里', '农村公路'), ('61公里', '农村公路')),
    (('600个', '公共停车泊位'), ('648个', '停车泊位')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('12公里', '伊逊河支流河道'), ('12公里', '河道治理')),
    (('200个', '村庄清洁行动村'), ('203个', '村庄清洁行动村')),
    (('3000户', '居民'), ('3126户', '燃气泄漏报警器')),
    (('18条', '消防通道'), ('18条', '消防通道')),
    (('150场', '送戏下乡'), ('163场', '送戏下乡')),
    (('20个', '农家书屋提升点'), ('20个', '农家书屋提升点')),
    (('2.1亿元', '上级资金'), ('2.26亿元', '上级资金')),
    (('1.4亿元', '专项债券'), ('1.4亿元', '专项债券到位')),
    (('1390个', '普惠托位'), None),
    (('50个', '老年助餐点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='7300', report='7301', target='first')

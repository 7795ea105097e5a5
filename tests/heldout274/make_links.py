#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 27400 plan / 27401 report).

Run inside tests/heldout274:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator; the shared `tools/make_links.py` writes the file. The plan (a bus-body ad proof) states some
targets twice (`80个` 托位 in the panel and in the proof's correction note, `4.5万人次` 助餐 in the panel and on the
handle card): the link takes the first (`target='first'`). The report (a red-envelope cover story) states results in
its story and again in its attached table (bare cells) and comments: the link takes the story's sentence
(`result='first'`; the table's cells have other span texts). A target with no result is listed with None and
skipped: the list's count and money split (`10件`, `3800万元`, `6200万元`), the 儿童之家 `1处` and the teaching
building `1幢` (told as opened without a figure), `860户` 居民, and the card's details (`45个`, `4.5个` per 千人口,
`6800平方米`, `4元`, `11户`, `3万元`, `4.2公里`, `8座`, `7座`, `800平方米`, `1个`, `10场`, `8场`).
"""
import runpy
from pathlib import Path

LINKS = [
    (('4个', '托班'), ('4个', '托班')),
    (('80个', '托位'), ('86个', '托位')),
    (('360个', '学位'), ('360个', '学位')),
    (('6个', '村卫生所'), ('6个', '村卫生所')),
    (('3200人', '老人免费体检'), ('3417人', '老人免费体检')),
    (('3家', '长者食堂'), ('3家', '长者食堂')),
    (('4.5万人次', '助餐'), ('4.86万人次', '助餐')),
    (('42户', '农村危房改造'), ('42户', '危房改造')),
    (('2个', '老旧小区'), ('1个', '老旧小区')),
    (('1080元', '城乡低保标准'), ('1080元', '低保标准')),
    (('11.6公里', '农村公路'), ('12.3公里', '农村公路')),
    (('15座', '公交候车亭'), ('15座', '候车亭')),
    (('9个', '入海排污口'), ('9个', '入海排污口')),
    (('3个', '口袋公园'), ('3个', '口袋公园')),
    (('260台', '渔船北斗终端'), ('268台', '北斗终端')),
    (('1500人次', '海上安全培训'), ('1632人次', '海上安全培训')),
    (('40场', '送高甲戏下乡'), ('43场', '送高甲戏下乡')),
    (('5个', '村级书屋'), ('5个', '村级书屋')),
    (('1500册', '书屋配书'), ('1600册', '书屋配书')),
    (('1.26亿元', '计划总投资'), ('1.19亿元', '完成投资')),
    (('10件', '为民办实事项目'), None),
    (('1处', '儿童之家'), None),
    (('1幢', '教学楼'), None),
    (('860户', '居民'), None),
    (('3800万元', '镇级财政配套'), None),
    (('6200万元', '上级补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='27400', report='27401', target='first', result='first')

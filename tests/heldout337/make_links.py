#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 33700 plan / 33701 report).

Run inside tests/heldout337:  python3 make_links.py
Stdlib only; imports nothing from the package. Runs the shared `tools/make_links.py`; this file keeps the
link list and the two doc prefixes. Each side names a gold record by its span text and indicator.

The plan (33700, a pastiche of 《出师表》 with a vernacular translation) states most targets twice: in the
classical text in Chinese numerals (`新设助餐点四处`) and in the translation in Arabic figures (`新建老年助餐点4个`).
The links go from the translation's records, which name the thing counted in the words the report uses. The report
(33701, a year-end 点将录) states most results twice: in its entries and in its `|` table 战功簿; the links go to
the entries' records (the first mention in a sentence that names what is counted; the table's bare cells are
`4`, `3468`, ...). Listed with None and skipped: the targets the report answers without a figure (`食堂1座` and its
`600人` seating, which the report restates as what stands, `社区工厂1个` `建成投产`, `防溺水警示牌60块` `全部立好`,
`文化广场1处` `投用`), the rates and fees (`每餐再减3元`, restated in the report as a standing rate; `保育费600元`),
the list's counts and money (`十件`, `镇财政自筹410万元`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1360万元', '计划总投资'), ('1342万元', '完成投资')),
    (('4个', '老年助餐点'), ('4个', '老年助餐点')),
    (('2.4万人次', '助餐'), ('2.61万人次', '助餐')),
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '托位'), ('40个', '托位')),
    (('5个', '村卫生室'), ('5个', '村卫生室')),
    (('3200人', '免费体检'), ('3468人', '免费体检')),
    (('11.6公里', '通组路'), ('12.3公里', '通组路')),
    (('260盏', '村道太阳能路灯'), ('260盏', '村道太阳能路灯')),
    (('18户', '农村危房改造'), ('16户', '农村危房改造')),
    (('8.2公里', '自来水管网延伸'), ('8.2公里', '自来水管网延伸')),
    (('430户', '居民'), ('452户', '居民')),
    (('600人次', '技能培训'), ('714人次', '技能培训')),
    (('45个', '公益性岗位'), ('45个', '公益性岗位')),
    (('80人', '吸纳就业'), ('73人', '吸纳就业')),
    (('30人', '脱贫劳动力'), ('31人', '脱贫劳动力')),
    (('3.5公里', '漾家河清淤疏浚'), ('3.5公里', '漾家河清淤疏浚')),
    (('24个', '垃圾收集点'), ('26个', '垃圾收集点')),
    (('1500户', '燃气泄漏报警器'), ('1532户', '燃气泄漏报警器')),
    (('800人次', '应急救护培训'), ('926人次', '应急救护培训')),
    (('30场', '送戏下乡'), ('34场', '送戏下乡')),
    (('3000册', '农家书屋更新图书'), ('3000册', '农家书屋更新图书')),
    (('2400平方米', '面积'), ('2450平方米', '面积')),
    (('1座', '食堂'), None),
    (('600人', '同时就餐'), None),
    (('1个', '社区工厂'), None),
    (('60块', '防溺水警示牌'), None),
    (('1处', '文化广场'), None),
    (('3元', '每餐再减'), None),
    (('600元', '保育费'), None),
    (('410万元', '镇财政自筹'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='33700', report='33701')

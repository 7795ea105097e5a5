#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 18000 plan / 18001 report).

Run inside tests/heldout180:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator; runs the shared `tools/make_links.py`. A plan figure stated
several times (the brand paragraph, the speeches, the government's reply and the adjusted list) links
from its first mention, except the life jackets, whose first mentions are the draft's `1500件` and a
deputy's `提到2000件`: that link takes the adjusted list's `2000件` (the last). The berths link from the
list's `150个` (the only record with that indicator; the draft's `100个` and the deputy's `至少要150个`
are not linked). Targets with no result figure (listed with None, skipped): the list's `10件`, the bus
line `1条` (the report gives only its opening date), the meal subsidy `3元` (the report restates it as a
rate in force: stock, not a result).
"""
import runpy
from pathlib import Path

LINKS = [
    (('6850万元', '总投资'), ('6920万元', '完成投资')),
    (('2100万元', '镇级财政'), ('2100万元', '镇级财政')),
    (('1.2公里', '东海路改造'), ('1.2公里', '东海路')),
    (('6.5公里', '岛内公路'), ('6.8公里', '岛内公路新建改造')),
    (('三个', '码头'), ('三个', '码头')),
    (('150个', '码头候船停车泊位'), ('152个', '候船停车泊位')),
    (('18公里', '海岛饮用水管网改造'), ('18.4公里', '饮用水管网改造')),
    (('3600户', '受益居民'), ('3712户', '受益居民')),
    (('40户', '渔农村危旧房'), ('38户', '危旧房改造')),
    (('2家', '居家养老服务照料中心'), ('两家', '居家养老服务照料中心')),
    (('5个', '老年助餐点'), ('5个', '老年助餐点')),
    (('300户', '高龄独居老人紧急呼叫设备'), ('312户', '紧急呼叫设备')),
    (('4500人', '老年人免费体检'), ('4618人', '老年人免费体检')),
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '托位'), ('40个', '托位')),
    (('90个', '小学学位'), ('90个', '学位')),
    (('2个', '一年级班'), ('2个', '一年级班')),
    (('260艘', '渔船北斗终端升级换装'), ('264艘', '北斗终端换装')),
    (('2000件', '救生衣', True), ('2000件', '救生衣')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('800人次', '渔民转产转业技能培训'), ('912人次', '转产转业技能培训')),
    (('300人', '渔嫂家门口就业'), ('327人', '渔嫂家门口就业')),
    (('12个', '渔村生活污水治理提标'), ('12个', '渔村生活污水治理提标')),
    (('300吨', '海漂垃圾'), ('346吨', '海漂垃圾')),
    (('60场', '送戏进渔村'), ('63场', '送戏进渔村')),
    (('2个', '村级文化礼堂'), ('2个', '村级文化礼堂')),
    (('10件', '民生实事项目'), None),
    (('1条', '公交线路'), None),
    (('3元', '80周岁以上老人助餐补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='18000', report='18001', target='first', result='first')

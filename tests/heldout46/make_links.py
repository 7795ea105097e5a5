#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 4600 plan / 4601 report).

Run inside tests/heldout46:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 4600's `1所` 托育综合服务中心
(4601 says it opened, with no count) and the `100元` 高龄津贴 standard (4601 reports it paid, with no amount).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1500人', '城镇新增就业'), ('1623人', '城镇新增就业')),
    (('2.3万人次', '农村劳动力转移就业'), ('2.41万人次', '农村劳动力转移就业')),
    (('400个', '公益性岗位'), ('400个', '公益性岗位')),
    (('1所', '县托育综合服务中心'), None),
    (('90个', '普惠托位'), ('96个', '普惠托位')),
    (('1080个', '学位'), ('1080个', '学位')),
    (('3600名', '寄宿生'), ('3600名', '寄宿生')),
    (('23万人', '城乡居民免费健康体检'), ('23.8万人', '免费健康体检')),
    (('5200人', '两癌筛查'), ('5374人', '两癌筛查')),
    (('6个', '农村互助幸福院'), ('6个', '农村互助幸福院')),
    (('120张', '养老床位'), ('132张', '养老床位')),
    (('100元', '高龄津贴'), None),
    (('5760元', '农村低保标准'), ('5760元', '农村低保标准')),
    (('800人次', '临时救助'), ('936人次', '临时救助')),
    (('350户', '农村安居房抗震改造'), ('350户', '农村安居房抗震改造')),
    (('5个', '老旧小区'), ('5个', '老旧小区')),
    (('1260户', '住户'), ('1274户', '住户')),
    (('68公里', '农村公路'), ('61.6公里', '农村公路')),
    (('20辆', '城乡公交车'), ('20辆', '城乡公交车')),
    (('9.5公里', '县城污水管网'), ('10.2公里', '县城污水管网')),
    (('12万平方米', '城区绿化面积'), ('12.6万平方米', '城区绿化面积')),
    (('150场', '送戏下乡'), ('163场', '送戏下乡')),
    (('20个', '农家书屋提升点'), ('20个', '农家书屋提升点')),
    (('3.46亿元', '计划总投资'), ('3.31亿元', '完成投资')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='4600', report='4601', target='first')

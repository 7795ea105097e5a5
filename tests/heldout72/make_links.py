#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 7200 plan / 7201 report).

Run inside tests/heldout72:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 7200's raised old-age allowance `120元`
(7201 says only that the three unlisted items were done, with no figure) and the kindergarten's `12个`班 (not reported).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.36亿元', '计划总投资'), ('2.29亿元', '实际完成投资')),
    (('1.15亿元', '上级资金'), ('1.08亿元', '上级资金到位')),
    (('120', '普惠托位'), ('128个', '普惠托位')),
    (('1800', '孕产妇免费产前筛查'), ('1876人', '孕产妇产前筛查')),
    (('360', '学位'), ('360个', '学位')),
    (('14', '农村学校旱厕'), ('14所', '农村学校旱厕改造')),
    (('6', '乡镇卫生院DR设备'), ('6台', '乡镇卫生院DR设备')),
    (('2.1万', '老年人免费体检'), ('2.26万人', '老年人免费体检')),
    (('12', '农村互助养老站'), ('12个', '农村互助养老站')),
    (('260', '特殊困难老年人家庭适老化改造'), ('271户', '适老化改造')),
    (('9', '老旧小区'), ('8个', '老旧小区改造')),
    (('1650', '居民'), ('1480户', '居民')),
    (('85', '农村危房改造'), ('85户', '农村危房改造')),
    (('300', '残疾人辅助器具适配'), ('326人', '残疾人辅助器具适配')),
    (('180', '困难群众临时救助资金'), ('193万元', '临时救助资金')),
    (('2200', '城镇新增就业'), ('2418人', '城镇新增就业')),
    (('2500', '职业技能培训'), ('2730人次', '职业技能培训')),
    (('46', '农村公路'), ('41公里', '农村公路')),
    (('15', '新能源公交车'), ('15辆', '新能源公交车')),
    (('4', '口袋公园'), ('4个', '口袋公园')),
    (('20', '农村生活污水治理村'), ('20个', '农村生活污水治理村')),
    (('32', '燃气老旧管道'), ('33.5公里', '燃气老旧管道更换')),
    (('150', '送戏下乡'), ('162场', '送戏下乡')),
    (('120元', '高龄津贴'), None),
    (('12个', '班'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='7200', report='7201', target='first')

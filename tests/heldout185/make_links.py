#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 18500 plan / 18501 report).

Run inside tests/heldout185:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two
doc prefixes. The report restates some targets (`点了90个`, `点了3个`, `点了12公里`, `点的是4个`, `估价6800万元`:
target records of 18501); the links go from the plan's records. A target with no result is listed with None:
the clinic room `1间` (the report says only `已经上桌`), the level `400个` (the report's `406个` is a stock, no
result), the list's `10类`, the consultation's and the kitchen's own counts, and `上级资金约4700万元`.
"""
import runpy
from pathlib import Path

LINKS = [
    (('90个', '普惠托位'), ('96个', '普惠托位')),
    (('600人次', '入户科学育儿指导'), ('652人次', '入户育儿指导')),
    (('480张', '棉湖一中学生宿舍床位'), ('480张', '棉湖一中宿舍床位')),
    (('14所', '课后服务覆盖中小学'), ('14所', '课后服务学校')),
    (('8个', '村卫生站标准化改造'), ('8个', '村卫生站')),
    (('7800人', '老人免费体检'), ('8126人', '老人免费体检')),
    (('4个', '祠堂长者饭堂'), ('5个', '祠堂长者饭堂')),
    (('3.6万人次', '助餐'), ('3.92万人次', '助餐')),
    (('120户', '适老化改造'), ('126户', '适老化改造')),
    (('3个', '老旧小区'), ('2个', '老旧小区完工')),
    (('860户', '居民'), ('574户', '居民')),
    (('25户', '农村低收入群体危房改造'), ('25户', '危房改造')),
    (('150名', '困难重度残疾人居家托养'), ('163名', '重度残疾人居家托养')),
    (('1120元', '城乡低保标准'), ('1120元', '低保标准')),
    (('1500人次', '粤菜师傅南粤家政技能培训'), ('1830人次', '技能培训')),
    (('1200人', '城镇新增就业'), ('1365人', '城镇新增就业')),
    (('12公里', '村道硬底化及拓宽'), ('10.6公里', '村道硬底化')),
    (('20个', '公交候车亭'), ('20个', '候车亭')),
    (('3.5公里', '榕江（棉湖段）岸线整治'), ('3.5公里', '榕江岸线整治')),
    (('5个', '口袋公园'), ('6个', '口袋公园')),
    (('2000户', '燃气泄漏报警器入户'), ('2146户', '燃气报警器')),
    (('60处', '临水防溺水救生点'), ('60处', '防溺水救生点')),
    (('40场', '潮剧、客家山歌进村'), ('47场', '潮剧、山歌进村')),
    (('10个', '农家书屋提档'), ('10个', '农家书屋提档')),
    (('6800万元', '估价'), ('6410万元', '实际投资')),
    (('2100万元', '镇级财政'), ('2100万元', '镇级财政')),
    (('0.8公里', '新光路改造'), ('0.8公里', '新光路')),
    (('1间', '镇卫生院儿童保健门诊'), None),
    (('400个', '普惠托位'), None),
    (('10类', '民生实事'), None),
    (('4700万元', '上级资金'), None),
]

if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='18500', report='18501', target='first', result='first')

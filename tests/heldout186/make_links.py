#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 18600 plan / 18601 report).

Run inside tests/heldout186:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan states `46套` twice (its review of last year carries the flats over, its fourth leg lists
them): the link takes the leg's mention (the side's own pick True = the last). The report answers most targets in
its catch-tally table (bare cells, the unit from the row's 单位 cell) and a few in prose; where it states a result in
both (`7` in the table and `实际开班7个`), the link takes the table cell (`result='first'`). A target with no result is
listed with None and skipped: the list's counts and money sources (`9件`, `26项`, `860万元`, `3820万元`), the crew
(`14个` lead units, `23名` liaison people), the log's `9个` legs and `26个` points, and the `1个` childcare point (the
report says only that it opened in September).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4680万元', '计划总投资'), ('4512万元', '完成投资')),
    (('40个', '托位'), ('40', '普惠托位')),
    (('600人次', '入户科学育儿指导'), ('684', '入户科学育儿指导')),
    (('1座', '风雨操场'), ('1座', '风雨操场')),
    (('120张', '学生宿舍床位'), ('120', '学生宿舍床位')),
    (('8个', '周末托管班'), ('7', '周末托管班')),
    (('2处', '海上伤病员急救转运点'), ('2', '急救转运点')),
    (('3500人', '渔民免费体检'), ('3712', '渔民免费体检')),
    (('30张', '护理型床位'), ('30', '护理型床位')),
    (('3个', '长者饭堂'), ('3', '长者饭堂')),
    (('5元', '80岁以上老人每餐补贴'), ('5元', '80岁以上老人每餐补贴')),
    (('46套', '渔民新村二期安置房', True), ('46', '安置房')),
    (('35户', '农村危房'), ('33', '农村危房')),
    (('6座', '村级公厕'), ('6', '村级公厕')),
    (('80万元', '临时救助资金'), ('93.5', '临时救助资金')),
    (('5000元', '出海遇险身故船员家庭慰问'), ('5000元', '慰问金')),
    (('400人次', '渔民转产转业培训'), ('452', '转产转业培训')),
    (('60个', '公益性岗位'), ('62', '公益性岗位')),
    (('200人', '渔家妇女就近就业'), ('231', '渔家妇女就近就业')),
    (('12.5公里', '村道'), ('12.5', '村道')),
    (('4个', '公交站点'), ('4', '公交站点')),
    (('300吨', '港池及近岸漂浮垃圾'), ('346', '漂浮垃圾')),
    (('1.8公里', '红树林湿地栈道'), ('1.2', '红树林湿地栈道')),
    (('300艘', '小型渔船加装北斗船载终端'), ('300', '北斗船载终端')),
    (('2000件', '救生衣'), ('2000', '救生衣')),
    (('1处', '南海渔家文化展馆'), ('1处', '南海渔家文化展馆')),
    (('20场', '送琼剧下村'), ('24', '送琼剧下村')),
    (('3.5个', '托位'), ('3.6个', '托位')),
    (('9件', '为民办实事项目'), None),
    (('26项', '为民办实事项目'), None),
    (('860万元', '镇级自筹'), None),
    (('3820万元', '上级资金'), None),
    (('14个', '牵头单位'), None),
    (('23名', '村（居）联络员'), None),
    (('9个', '航段'), None),
    (('26个', '点位'), None),
    (('1个', '普惠托育点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='18600', report='18601', target='first', result='first')

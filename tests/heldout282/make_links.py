#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 28200 plan / 28201 report).

Run inside tests/heldout282:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The plan (28200, the meeting app's minutes) states most targets twice, in its chapter and in its to-do table; the
link takes the first (the chapter, `target='first'`). The report (28201, the speak-up record book) restates the
targets in its `年初定的` column (target records of 28201: the links go from the plan's records) and answers them in
its `年底办的` column; where the book states a result again later (`3126人`, `341人`, `9.5公里` in `说事回头看`), the
link takes the table cell (`result='first'`). Targets with no result are listed with None and skipped: the list's
count `10件` (the book counts 9 done, a part), the sub-figures the book does not answer with a figure (`96万元` 乡级配套,
`120人` 巧媳妇 training, `1.5万元` per shed, the `3个` villages, `1150户`, the `1辆` suction truck, `12场` 送戏下乡 alone:
the book answers `14场` together), the `4元` meal subsidy (restated as a rate in force, stock) and the to-do table's
money cells.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1260万元', '计划总投资'), ('1188万元', '决算')),
    (('380万元', '闽宁协作资金'), ('380万元', '闽宁协作资金')),
    (('2800人', '劳务输出'), ('3126', '劳务输出')),
    (('300人', '赴福建闽宁协作企业稳定务工'), ('341', '赴闽宁企业稳定务工')),
    (('600人次', '技能培训'), ('655', '技能培训')),
    (('40座', '标准化棚圈'), ('40', '肉牛棚圈')),
    (('500头', '能繁母牛'), ('463', '能繁母牛')),
    (('3个', '村级老饭桌'), ('3', '村级老饭桌')),
    (('1.2万人次', '老饭桌服务'), ('1.36万人次', '老饭桌服务')),
    (('16公里', '入户自来水管网'), ('16.4', '入户管网')),
    (('1150块', '老化水表'), ('1150块', '老化水表')),
    (('60个', '学位'), ('60', '幼儿园学位')),
    (('45名', '代理妈妈'), ('45名', '代理妈妈')),
    (('2个', '标准化村卫生室'), ('两个', '卫生室')),
    (('420人', '两癌免费筛查'), ('437人', '两癌筛查')),
    (('9.5公里', '通组路'), ('9.5', '通组路')),
    (('180盏', '太阳能路灯'), ('186', '太阳能路灯')),
    (('260座', '农村户厕'), ('231', '户厕')),
    (('2场', '六盘山花儿演唱会'), ('两场', '六盘山花儿演唱会')),
    (('14场', '文化惠民'), ('15', '送戏和花儿')),
    (('30万元', '临时救助预算'), ('27.6万元', '临时救助')),
    (('10件', '为民办实事'), None),
    (('96万元', '乡级配套'), None),
    (('120人', '回族妇女“巧媳妇”手工培训'), None),
    (('1.5万元', '棚圈补助'), None),
    (('1150户', '冬季管道冻裂户'), None),
    (('1辆', '吸污车'), None),
    (('12场', '送戏下乡'), None),
    (('4元', '老人餐费补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='28200', report='28201', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 29400 plan / 29401 report).

Run inside tests/heldout294:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report's thermometers restate each target (`目标：…`, target records of 29401): the links go
from the plan's records to the report's `读数` (achieved). `25户` of the report is read twice (`读数：25户`, `25户全部入住`):
the link takes the first, the thermometer's reading (`result='first'`). A target with no result is listed with None and
skipped: the list's count (`10件`: the report's `8件` counts the projects fully done, another thing), the funds (`1200万元`,
`660万元`), the per-group subsidy and its total (`5万元`, `40万元`), the renovation subsidy's cap (`3.5万元`, answered only by an
average, `3.1万元`), the two canteens' parts (`一个`), and the 2027 goal (`11个`).
"""
import runpy
from pathlib import Path

LINKS = [
    (('1860万元', '总盘子'), ('1794万元', '完成投资')),
    (('40个', '普惠托位'), ('42个', '普惠托位')),
    (('120对', '孕前优生健康检查'), ('131对', '孕前优生健康检查')),
    (('3个', '村卫生室'), ('3个', '村卫生室改造')),
    (('2800人', '65岁以上老人免费体检'), ('2874人', '老人免费体检')),
    (('2个', '老年食堂'), ('2个', '老年食堂')),
    (('1.5万人次', '助餐'), ('1.38万人次', '助餐')),
    (('25户', '农村危房改造'), ('25户', '危房改造')),
    (('6座', '水冲式公厕'), ('6座', '公厕')),
    (('8个', '秀美乡村整治村民小组'), ('8个', '村民小组整治')),
    (('5个', '生活污水治理自然村'), ('4个', '污水治理自然村')),
    (('12.5公里', '通组公路硬化'), ('13.1公里', '通组公路')),
    (('300盏', '太阳能路灯'), ('316盏', '路灯')),
    (('600人次', '技能培训'), ('688人次', '培训')),
    (('45个', '公益性岗位'), ('45个', '公益性岗位')),
    (('80人', '红色研学基地带动就业'), ('93人', '研学基地带动就业')),
    (('120块', '防溺水警示牌'), ('124块', '警示牌')),
    (('200个', '独居老人燃气报警器'), ('200个', '燃气报警器')),
    (('30场', '送戏下乡'), ('34场', '送戏')),
    (('3000册', '农家书屋更新图书'), ('3000册', '图书')),
    (('4个', '村级电商服务站'), ('3个', '电商站')),
    (('160人', '重度残疾人代缴养老保险'), ('163人', '残疾人养老保险代缴')),
    (('60盏', '路灯'), ('60盏', '路灯')),
    (('50盏', '路灯'), ('52盏', '路灯')),
    (('4名', '保育员'), ('4名', '保育员')),
    (('10件', '镇级民生实事'), None),
    (('1200万元', '县级项目资金'), None),
    (('660万元', '镇自筹资金'), None),
    (('5万元', '秀美乡村整治补助'), None),
    (('40万元', '秀美乡村整治补助'), None),
    (('3.5万元', '危房改造补助'), None),
    (('11个', '达标村卫生室'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='29400', report='29401', target='first', result='first')

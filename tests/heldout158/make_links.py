#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 15800 plan / 15801 report).

Run inside tests/heldout158:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is a culture wall's painting text (15800), the report a table of the year's results by
village (15801): a result is the row's `合计` cell (where the `镇区` cell holds the same figure, as `42`, `90`, `1172`,
the side's own pick `True` takes the last match, the total) or a figure of the notes under the table. The report's
`年度目标` column and lead restate the targets (target records of 15801): the links go from the plan's records. A
target with no result is listed with None and skipped: the list's counts and money the report does not answer with a
figure (`11件`, `36个`, `890万元` 镇级财政), last years' lists (`10件` of 2025, `9件` of 2024), the 2027 goal `4.5个`
per 千人口, the `2元` meal reduction, the `1个` 托育点 (the notes say only where it opened), the `1栋` 教学用房 and its
`1450平方米`, the `4200名` people served by the water mains, the `1块` 篮球场, the `5条` 断头路, the `10个` 招呼站, the
`20场` of 琼剧 and the `12个` 农家书屋 (the report counts only their books). The `100元` 高龄长寿补贴 is answered by the
report's `每人每月100元`, a rate in force stated in a report, labelled stock (gold/README): no link.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3860万元', '计划总投资'), ('3712万元', '完成投资')),
    (('2410万元', '上级补助资金'), ('2410万元', '上级补助资金')),
    (('40个', '托位'), ('42', '普惠托位', True)),
    (('600人次', '入户科学育儿指导'), ('653', '入户科学育儿指导')),
    (('95%', '孕产妇产前筛查率'), ('97.1%', '孕产妇产前筛查率')),
    (('90个', '学位'), ('90', '幼儿园新增学位', True)),
    (('1150名', '学生'), ('1172', '营养早餐惠及学生', True)),
    (('4座', '乡村小学旱厕'), ('4', '乡村小学旱厕改造')),
    (('30人', '志愿教师'), ('32人', '志愿教师')),
    (('12个', '课后服务兴趣班'), ('12个', '兴趣班')),
    (('5间', '村卫生室'), ('5', '村卫生室改造')),
    (('2800人', '老年人免费健康体检'), ('2936', '老年人免费健康体检')),
    (('85%', '家庭医生签约服务重点人群覆盖率'), ('87.4%', '家庭医生签约服务重点人群签约率')),
    (('3条', '全民健身路径'), ('3', '全民健身路径')),
    (('3个', '村级老年助餐点'), ('3', '老年助餐点')),
    (('1.2万人次', '助餐'), ('13100', '助餐服务')),
    (('60户', '特殊困难老年人家庭'), ('62', '适老化改造')),
    (('35户', '危房改造'), ('35', '危房改造')),
    (('6座', '农村公厕'), ('6', '农村公厕')),
    (('12.5公里', '供水管网'), ('12.8', '供水管网改造')),
    (('2个', '老旧小区'), ('2个', '老旧小区')),
    (('150名', '残疾人'), ('158', '残疾人居家康复服务')),
    (('2个', '儿童之家'), ('2个', '儿童之家')),
    (('86名', '留守儿童、困境儿童'), ('91名', '建档留守儿童、困境儿童')),
    (('40万元', '临时救助资金'), ('43.5万元', '临时救助资金')),
    (('1200人次', '农民职业技能培训'), ('1266', '农民职业技能培训')),
    (('80个', '乡村公益性岗位'), ('80', '乡村公益性岗位')),
    (('4场', '送岗下乡招聘会'), ('5场', '送岗下乡招聘会')),
    (('300人', '农村劳动力转移就业'), ('341人', '农村劳动力转移就业')),
    (('18.6公里', '村道'), ('17.9', '村道硬化')),
    (('320盏', '太阳能路灯'), ('334', '太阳能路灯')),
    (('8个', '生活污水治理自然村'), ('8', '生活污水治理自然村')),
    (('2个', '口袋公园'), ('2个', '口袋公园')),
    (('9公里', '河道'), ('9公里', '河道')),
    (('1500株', '乡土树木'), ('1620株', '树木')),
    (('1500户', '农户'), ('1547', '液化气减压阀及软管更换')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('120块', '防溺水警示牌'), ('128', '防溺水警示牌')),
    (('60场', '送戏下乡演出'), ('63', '送戏下乡演出')),
    (('4000册', '图书'), ('4120', '农家书屋更新图书')),
    (('10支', '参赛队伍'), ('14支', '参赛队伍')),
    (('11件', '民生实事', True), None),
    (('36个', '子项'), None),
    (('890万元', '镇级财政'), None),
    (('1个', '普惠托育点'), None),
    (('4.5个', '托位'), None),
    (('1栋', '教学用房'), None),
    (('1450平方米', '建筑面积'), None),
    (('4200名', '群众'), None),
    (('2元', '助餐减免'), None),
    (('100元', '高龄长寿补贴'), None),
    (('1块', '灯光篮球场'), None),
    (('5条', '断头路'), None),
    (('10个', '农村客运招呼站'), None),
    (('20场', '琼剧'), None),
    (('12个', '农家书屋'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='15800', report='15801')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 35100 plan / 35101 report).

Run inside tests/heldout351:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a 苗歌 song book, Chinese translation) states some targets twice, once sung in Chinese
numerals (`托位三十`, `新增学位两百个`) and once in the spoken aside (`托位30个`, `新增学位200个`): the links go from
the aside, which names the unit. The report (the 年猪饭 closing sheet) answers most targets in its TAB table's
`年底实数` column; `248户` of 户厕 is stated again in prose, the table cell is taken. Targets with no result are
listed with None and skipped: the list's counts (`9件`), the 托育点 `一处` and the 综合楼 `一栋` (the report says
the building opened, without a count), the 3元 meal subsidy (restated as a rate in force, stock), the 600元 fee cap,
the 宣讲 `36场` / `17个` (not answered), and the plan's money table cells.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('30个', '托位'), ('30', '托育点托位')),
    (('180人', '新生儿听力筛查'), ('203', '新生儿听力筛查')),
    (('200个', '学位'), ('200', '中心完小新增学位')),
    (('8名', '教师'), ('7', '补充教师')),
    (('2400平方米', '建筑面积'), ('2400平方米', '建筑面积')),
    (('6个', '村卫生室'), ('6', '村卫生室')),
    (('2600人', '老人免费体检'), ('2714', '老人免费体检')),
    (('75%', '家庭医生签约率'), ('78.4', '家庭医生签约率')),
    (('4个', '村级长者饭堂'), ('3', '长者饭堂')),
    (('2万人次', '助餐'), ('2.16', '助餐')),
    (('35户', '农村危房改造'), ('35', '农村危房改造')),
    (('3处', '集中供水工程'), ('3', '集中供水工程')),
    (('1800人', '解决吃水难'), ('1860', '解决吃水难')),
    (('260户', '农村户厕改造'), ('248', '农村户厕改造')),
    (('18.5公里', '通组公路'), ('18.5', '通组公路')),
    (('2条', '农村客运班线'), ('2', '农村客运班线')),
    (('2个', '苗绣帮扶车间'), ('2', '苗绣帮扶车间')),
    (('120人', '带动就业'), ('137', '带动就业')),
    (('600人次', '技能培训'), ('655', '技能培训')),
    (('45个', '公益性岗位'), ('45', '公益性岗位')),
    (('560元', '农村低保标准'), ('560元', '农村低保标准')),
    (('310人', '困难残疾人生活补贴和重度残疾人护理补贴'), ('326', '残疾人两项补贴')),
    (('40套', '苗鼓和演出服装'), ('40', '苗鼓和演出服装')),
    (('8口', '消防水池'), ('8', '消防水池')),
    (('1200具', '灭火器'), ('1200', '灭火器')),
    (('4860万元', '计划总投资'), ('4712万元', '完成投资')),
    (('520万元', '镇级配套'), ('520万元', '镇级配套')),
    (('9件', '民生实事'), None),
    (('一处', '托育点'), None),
    (('一栋', '综合楼'), None),
    (('3元', '老人助餐补贴'), None),
    (('600元', '托育收费'), None),
    (('36场', '进寨宣讲'), None),
    (('17个', '村（社区）'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='35100', report='35101', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 35400 plan / 35401 report).

Run inside tests/heldout354:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator, read side by side by hand. Runs the shared `tools/make_links.py`; this file keeps the
link list and the two doc prefixes. 35401 (the 克智 contest record) states most results twice, once in the
debaters' lines and again in the judges' score table; the link takes the first mention, in the lines
(`result='first'`). A target with no result is listed with None and skipped: the list's count `10件` and its
second mention, the 托育点 `1个` (told done without a figure), the fee caps and subsidies (`600元`, `1500元`,
`3元`: restated as rates in force, stock), `三个`工种, the dormitory `1栋` (only its structure is done) and its
`240张` beds (moved to spring 2027), and the 2025 list's carried-over `1件`.
"""
import runpy
from pathlib import Path

LINKS = [
    (('1860万元', '计划总投资'), ('1792万元', '完成投资')),
    (('40个', '托位'), ('40个', '托位')),
    (('320户', '节能火塘改造'), ('326户', '节能火塘改造')),
    (('320个', '一氧化碳报警器'), ('326个', '一氧化碳报警器')),
    (('2个', '老年助餐点'), ('2个', '老年助餐点')),
    (('1.2万人次', '助餐'), ('1.31万人次', '助餐')),
    (('600人次', '技能培训'), ('652人次', '技能培训')),
    (('1500人', '转移就业'), ('1618人', '转移就业')),
    (('35个', '公益性岗位'), ('35个', '公益性岗位')),
    (('18个', '村级幼教点'), ('18个', '幼教点')),
    (('36名', '辅导员'), ('36名', '辅导员')),
    (('720名', '幼儿'), ('748名', '幼儿')),
    (('4000人', '包虫病筛查'), ('4213人', '包虫病筛查')),
    (('900人', '高血压、糖尿病患者随访管理'), ('936人', '高血压糖尿病患者随访管理')),
    (('3个', '村卫生室标准化建设'), ('3个', '村卫生室标准化建设')),
    (('50万元', '临时救助资金'), ('47.6万元', '临时救助')),
    (('60件', '残疾人辅助器具适配'), ('64件', '辅具适配')),
    (('80人', '重度残疾人入户康复服务'), ('80人', '入户康复服务')),
    (('12名', '地灾隐患点群测群防监测员'), ('12名', '监测员')),
    (('15户', '搬迁避让'), ('13户', '搬迁避让')),
    (('4.5公里', '村组道路防护栏'), ('5.2公里', '防护栏')),
    (('2条', '村客运班线'), ('2条', '客运班线')),
    (('8.6公里', '通组路硬化'), ('8.6公里', '通组路硬化')),
    (('6个', '招呼站'), ('6个', '招呼站')),
    (('3个', '村级文化院坝'), ('3个', '文化院坝')),
    (('24场', '文化进彝寨演出'), ('31场', '文化进彝寨演出')),
    (('1场', '克智大赛'), ('1场', '克智大赛')),
    (('10件', '民生实事'), None),
    (('10件', '实事'), None),
    (('1个', '普惠托育点'), None),
    (('600元', '托育收费'), None),
    (('1500元', '节能火塘改造补助'), None),
    (('3元', '老人助餐收费'), None),
    (('3个', '技能培训工种'), None),
    (('1栋', '学生宿舍'), None),
    (('240张', '学生宿舍床位'), None),
    (('1件', '未办完实事'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='35400', report='35401', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 35700 plan / 35701 report).

Run inside tests/heldout357:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator; runs the shared `tools/make_links.py`. The plan is 忠堡镇's 摆手舞 count sheet of 2026, the report
the county media centre's sign-language news of 2027-01-12 on the same ten projects. A target with no result is
listed with None and skipped: the list's counts (`10件`, `十件`), the 托育点 `1个` (the report says it opened, with
no count), the meal price `5元` and the town's `3元` top-up (restated as a rate in force, stock), `比去年多3名`, the
prize `10斤`, the page-2 money cells per project (the report gives only the total) and `多545万元`.
"""
import runpy
from pathlib import Path

LINKS = [
    (('1860万元', '计划总投资'), ('1792万元', '完成投资')),
    (('30个', '托位'), ('32个', '托位')),
    (('120个', '学位'), ('120个', '学位')),
    (('280平方米', '食堂扩建'), ('300平方米', '食堂扩建')),
    (('8名', '特岗教师'), ('7名', '特岗教师')),
    (('300人次', '暑期托管服务学生'), ('326人次', '暑期托管服务学生')),
    (('6个', '村卫生室'), ('6个', '村卫生室')),
    (('3200人', '老人免费体检'), ('3415人', '老人免费体检')),
    (('2个', '老年食堂'), ('2个', '老年食堂')),
    (('45户', '特困老人家庭'), ('47户', '特困老人家庭')),
    (('400人', '务工'), ('432人', '务工')),
    (('600人次', '技能培训'), ('655人次', '技能培训')),
    (('12.5公里', '通组公路硬化'), ('11.2公里', '通组公路硬化')),
    (('18套', '地灾隐患点监测设备'), ('18套', '地灾监测设备')),
    (('24个', '易迁小区消火栓'), ('24个', '易迁小区消火栓')),
    (('1500具', '灭火器'), ('1560具', '灭火器')),
    (('3支', '摆手舞队'), ('3支', '摆手舞队')),
    (('1套', '音响'), ('1套', '音响')),
    (('11个', '会演村'), ('11个', '会演村')),
    (('10件', '民生实事'), None),
    (('1个', '普惠托育点'), None),
    (('5元', '老年食堂餐费'), None),
    (('3元', '老年食堂餐费补助'), None),
    (('3名', '特岗教师'), None),
    (('10斤', '奖品茶叶'), None),
    (('545万元', '计划总投资'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='35700', report='35701', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 35200 plan / 35201 report).

Run inside tests/heldout352:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Targets and results are taken at their first mention (`target='first'`, `result='first'`): the
plan's radio-drama dialogue states each target before its appended Excel table restates eight of them (bare cells,
other span texts), and the report's commentary states each result before its finishing table restates eight (full-width
digits, other span texts). The plan's `28个` sub-projects is answered by the report's `完成26个`. A target with no
result is listed with None and skipped: the count of the list (`十件`), the banner's own share of the money
(`1160万元`, not reported), the fire crew `1支` (the report counts only its `60名` members), and the allowance's old
level `100元` (a stock, not a target).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('28个', '子项目'), ('26个', '子项目完成')),
    (('3860万元', '计划总投资'), ('3712万元', '完成投资')),
    (('2700万元', '上级资金'), ('2700万元', '上级资金')),
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '托位'), ('42个', '托位')),
    (('200人次', '入户科学育儿指导'), ('236人次', '入户科学育儿指导')),
    (('1200平方米', '学生宿舍改造'), ('1200平方米', '宿舍改造')),
    (('80张', '寄宿床位'), ('80张', '寄宿床位')),
    (('2辆', '校车'), ('2辆', '校车')),
    (('6个', '嘎查卫生室'), ('6个', '嘎查卫生室')),
    (('1800人次', '流动巡诊'), ('2146人次', '巡诊')),
    (('900人', '牧民免费体检'), ('936人', '牧民免费体检')),
    (('1处', '互助幸福院'), ('1处', '互助幸福院')),
    (('24张', '床位'), ('24张', '床位')),
    (('3个', '老年助餐点'), ('3个', '老年助餐点')),
    (('150元', '高龄津贴'), ('150元', '高龄津贴')),
    (('35户', '牧区危房改造'), ('33户', '危房改造')),
    (('12口', '机电井'), ('12口', '机电井')),
    (('300人次', '奶食加工、民族刺绣培训'), ('348人次', '奶食加工和民族刺绣培训')),
    (('45个', '公益性岗位'), ('45个', '公益性岗位')),
    (('18.5公里', '砂石路硬化'), ('16.2公里', '砂石路硬化')),
    (('1条', '客运班线'), ('1条', '客运班线')),
    (('2.3万亩', '退化草原补播修复'), ('2.41万亩', '草原补播修复')),
    (('20个', '垃圾收集点'), ('20个', '垃圾收集点')),
    (('40场', '乌兰牧骑演出'), ('52场', '乌兰牧骑演出')),
    (('8个', '牧家书屋'), ('8个', '牧家书屋')),
    (('600个', '一氧化碳报警器'), ('640个', '一氧化碳报警器')),
    (('60名', '扑火队队员'), ('60名', '扑火队队员')),
    (('十件', '民生实事'), None),
    (('1160万元', '旗财政配套'), None),
    (('1支', '半专业扑火队'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='35200', report='35201', target='first', result='first')

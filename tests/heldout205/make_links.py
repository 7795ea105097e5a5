#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 20500 plan / 20501 report).

Run inside tests/heldout205:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report restates nine targets in its one-cell-a-line table (`报价` column, target records of
20501): the links go from the plan's records to the `实测` cells, the first mention that names what is counted.
Where the report states a result twice (the table's `5` 标准化村卫生室 and the prose `5个村卫生室`; the prose `4个助餐点`
of the summary and the table's `4`), the link takes the first mention. A target with no result is listed with None and
skipped: the list's counts and shares (`11类`, `21项`, `约65%`, `35%`, `2项`, `约180万元`), the `12户` 危房改造 the report
never mentions, the standards `每户500元` and `不少于60份`, and every row's own budget but the heating subsidy's (the
report gives money only for the whole list and for that subsidy).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3', '镇中心幼儿园托班'), ('3', '托班')),
    (('60个', '托位'), ('62', '托位')),
    (('800', '婴幼儿家庭入户育儿指导'), ('865', '入户育儿指导')),
    (('450', '霍各庄小学食堂改造'), ('468', '食堂改造面积')),
    (('420人', '就餐'), ('440人', '就餐')),
    (('5', '村卫生室标准化提升'), ('5', '标准化村卫生室')),
    (('3600', '老年人免费体检'), ('3742', '老年人免费体检')),
    (('4', '村级老年助餐点'), ('4个', '助餐点')),
    (('60', '特殊困难老年人家庭适老化改造'), ('63', '适老化改造')),
    (('320', '农村户厕改造'), ('296', '户厕改造')),
    (('90', '残疾人居家康复服务'), ('92名', '残疾人')),
    (('410', '困难群众冬季取暖补贴'), ('418户', '冬季取暖补贴')),
    (('20.5', '预算'), ('20.9万元', '冬季取暖补贴')),
    (('500', '农村劳动力职业技能培训'), ('537人次', '职业技能培训')),
    (('45', '乡村公益性岗位'), ('45个', '乡村公益性岗位')),
    (('6.5', '村内道路硬化'), ('6.7公里', '村内道路硬化')),
    (('8', '乡村公交候车亭'), ('8个', '乡村公交候车亭')),
    (('7', '坑塘综合治理'), ('6个', '坑塘综合治理')),
    (('120', '村庄绿化'), ('132亩', '村庄绿化')),
    (('1500', '燃气泄漏报警器入户安装'), ('1526户', '燃气泄漏报警器入户安装')),
    (('6', '微型消防站'), ('6个', '微型消防站')),
    (('40', '送评剧下乡'), ('43场', '送评剧下乡')),
    (('6000', '农家书屋图书更新'), ('6120册', '农家书屋更新图书')),
    (('1080.1', '预算合计'), ('1036.8万元', '完成投资')),
    (('12', '农村低收入群体危房改造'), None),
    (('500元', '冬季取暖补贴'), None),
    (('60份', '日供餐'), None),
    (('11类', '民生实事项目类别'), None),
    (('21项', '民生实事项目'), None),
    (('65%', '区级财政补助'), None),
    (('35%', '镇级自筹'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='20500', report='20501')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 30700 plan / 30701 report).

Run inside tests/heldout307:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a Losar toast, 30700) names the 塑胶跑道 `300米` twice; the link takes the first mention
(`target='first'`). The report (a pledge-redemption sheet, 30701) restates every promise in its `承诺数` column
(target records of 30701): the links go from the plan's records to the `兑现数` cells. A target with no result is
listed with None and skipped: the list's count and money the sheet does not answer (`10件`, `260万元` 援藏资金,
`180万元` 配套资金 and its `40万元` rise), the plan's by-the-way figures (`6个` 浴缸, `4500多名` 群众, the `两个` 村,
`3个` 组 and `260户` along the road, the 护林员 wage `1000元`, the `1个` 微型消防站 per village, the `23名` cadres).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1860万元', '计划总投资'), ('1812.6', '完成投资')),
    (('16张', '护理型床位'), ('16', '敬老院护理型床位')),
    (('150元', '高龄补贴'), ('150', '高龄补贴')),
    (('120户', '困难老年人家庭'), ('126', '困难老年人家庭适老化改造')),
    (('2个', '托班'), ('2', '托班')),
    (('40个', '托位'), ('40', '托位')),
    (('600人次', '婴幼儿免费体检'), ('684', '婴幼儿免费体检')),
    (('1栋', '学生宿舍'), ('1', '学生宿舍')),
    (('240张', '床位'), ('240', '宿舍床位')),
    (('300米', '塑胶跑道'), ('300', '塑胶跑道')),
    (('380个', '生态岗位和乡村公益性岗位'), ('392', '生态岗位和乡村公益性岗位')),
    (('1200人次', '农牧民技能培训'), ('1318', '农牧民技能培训')),
    (('2500人', '转移就业'), ('2716', '转移就业')),
    (('1间', '藏医药浴室'), ('1', '藏医药浴室')),
    (('3100人', '老年人免费体检'), ('3052', '老年人免费体检')),
    (('85%', '家庭医生签约服务覆盖率'), ('87.2', '家庭医生签约服务覆盖率')),
    (('35户', '农村危房'), ('35', '农村危房改造')),
    (('12公里', '自来水管网'), ('10.4', '自来水管网')),
    (('8.6公里', '通组路'), ('8.6', '通组路硬化')),
    (('14处', '错车道'), ('16', '错车道')),
    (('1500亩', '植树造林'), ('1500', '植树造林')),
    (('62名', '护林员'), ('62', '护林员')),
    (('20个', '村级垃圾收集点'), ('20', '村级垃圾收集点')),
    (('2860户', '农牧民家庭'), ('2860', '燃气报警器安装')),
    (('7个', '微型消防站'), ('7', '微型消防站')),
    (('3个', '村级综合文化活动室'), ('3', '村级综合文化活动室')),
    (('50场', '送藏戏下乡演出'), ('56', '送藏戏下乡')),
    (('10件', '民生实事'), None),
    (('260万元', '援藏资金'), None),
    (('180万元', '镇财政配套资金'), None),
    (('40万元', '镇财政配套资金'), None),
    (('6个', '浴缸'), None),
    (('4500多名', '群众'), None),
    (('260户', '群众'), None),
    (('3个', '沿线组'), None),
    (('1000元', '护林员工资'), None),
    (('1个', '微型消防站'), None),
    (('23名', '包联镇村干部'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='30700', report='30701', target='first', result='first')

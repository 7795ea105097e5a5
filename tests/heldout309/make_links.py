#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 30900 plan / 30901 report).

Run inside tests/heldout309:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator; the shared `tools/make_links.py` writes the file (stance 'filter': the plan side matches only
target records, the report side only achieved ones, so the report's `年度目标` column, which restates the plan,
is never taken as a result). Results are the `完成情况` cells of the query page's table, the total row's
`完成投资` for the list's total investment. A target with no result is listed with None and skipped: the list's
count and money (`10件`, `2220万元`, `640万元`, each entry's `投资估算` and subsidies), the 托育点 `1个` and
保育人员 `12名`, the dormitory `1栋` (told as `投入使用`, no figure), the per-1000 level `2.6个`, the daily
capacity `300份`, the pipes `31公里`, the `300人` of poor workers among the trainees and the `6万立方米` of water
stored, none of which the page answers with a figure.
"""
import runpy
from pathlib import Path

LINKS = [
    (('80个', '托位'), ('80个', '托位')),
    (('60个', '普惠托位'), ('60个', '普惠托位')),
    (('400张', '寄宿床位'), ('400张', '寄宿床位')),
    (('25名', '教师'), ('23名', '教师')),
    (('9个', '村卫生室'), ('9个', '村卫生室')),
    (('1.1万人', '老年人免费体检'), ('1.16万人', '老年人健康体检')),
    (('4个', '老年助餐点'), ('4个', '老年助餐点')),
    (('120户', '特殊困难老年人家庭'), ('126户', '适老化改造')),
    (('18.5公里', '农村公路'), ('16.2公里', '农村公路')),
    (('260盏', '太阳能路灯'), ('260盏', '路灯')),
    (('2处', '集中供水工程'), ('2处', '集中供水工程')),
    (('5800人', '饮水不稳定问题'), ('6030人', '受益群众')),
    (('70个', '公益性岗位'), ('72个', '公益性岗位')),
    (('1200人次', '中药材种植加工技能培训'), ('1385人次', '技能培训')),
    (('1500户', '独居老人和低保户'), ('1532户', '燃气报警器')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('40场', '送祁剧、花鼓戏下乡'), ('44场', '送戏下乡演出')),
    (('2个', '村级健身广场'), ('2个', '健身广场')),
    (('12口', '山塘'), ('12口', '山塘清淤整治')),
    (('2860万元', '计划总投资'), ('2718万元', '完成投资')),
    (('10件', '为民办实事项目'), None),
    (('2220万元', '上级资金'), None),
    (('640万元', '镇级自筹'), None),
    (('1个', '托育点'), None),
    (('12名', '保育人员'), None),
    (('2.6个', '托位'), None),
    (('1栋', '学生宿舍楼'), None),
    (('300份', '供餐能力'), None),
    (('31公里', '管网'), None),
    (('300人', '脱贫劳动力'), None),
    (('6万立方米', '新增蓄水量'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='30900', report='30901')

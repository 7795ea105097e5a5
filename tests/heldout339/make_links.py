#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 33900 plan / 33901 report).

Run inside tests/heldout339:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link
list and the two doc prefixes. The plan is the town's 尤茨-board post (targets, one station a line); the
report is the town people's congress presidium's year-end inspection-release slip, whose `｜` table gives
each item's declared (target, restated) and inspected (achieved) figure, and whose notes answer the items
the table leaves out. A result is taken at its first mention that names what is counted: the table row
where the table has the item (候车亭 `12`, 民宿 `17`), else the note (`642套`, `17个`, `112人`, `2座`,
`2处`, `1340人`, `4个`, `11.5公顷`). A target with no result is listed with None and skipped: the list's
own counts and money (`10件`, `24个`, `620万元`: `全部到位`, the sides' planned investment), last year's `9件`,
the targets the report answers without a figure (the 幸福大院 `1处` per village, the 孵化点 `1处`, the 旅游公交
专线 `1条`, `8台` 清雪机械, `138公里`), and figures the report does not take up (`90张` 床位总数, `2个` 托班,
the `3000元` and `5000元` per household, `6栋`, `300米`, next year's `5个` villages).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3860万元', '计划总投资'), ('3712万元', '完成投资')),
    (('40张', '护理型床位'), ('40', '敬老院新增护理型床位')),
    (('1.5万人次', '助餐'), ('1.62', '幸福大院助餐')),
    (('120户', '特殊困难老年人家庭'), ('126', '居家适老化改造')),
    (('40个', '托位'), ('40', '托位')),
    (('300人次', '入户科学育儿指导'), ('318', '入户科学育儿指导')),
    (('60张', '寄宿床位'), ('60', '寄宿床位')),
    (('650套', '冬季校服'), ('642套', '冬季校服')),
    (('85个', '公益性岗位'), ('91', '公益性岗位')),
    (('600人次', '技能培训'), ('655', '技能培训')),
    (('20户', '朝鲜族民宿'), ('17', '朝鲜族民宿奖补')),
    (('15个', '孵化创业实体'), ('17个', '孵化创业实体')),
    (('100人', '带动就业'), ('112人', '带动就业')),
    (('260人', '城镇新增就业'), ('284', '城镇新增就业')),
    (('6.8公里', '通屯路'), ('6.8', '通屯路硬化')),
    (('12个', '农村客运候车亭'), ('12', '农村客运候车亭')),
    (('200个', '镇区公共停车位'), ('168', '镇区公共停车位')),
    (('2座', '危桥'), ('2座', '危桥')),
    (('35户', '农村危房改造'), ('35', '农村危房改造')),
    (('2.1万平方米', '建筑面积'), ('2.1', '暖房子改造')),
    (('260户', '旱厕改水厕'), ('271', '旱厕改水厕')),
    (('3.2公里', '镇区污水管网'), ('3.2', '镇区污水管网')),
    (('2座', '村屯生活污水处理站'), ('2座', '村屯生活污水处理站')),
    (('12公顷', '防护林带'), ('11.5公顷', '敬信湿地防护林带')),
    (('2处', '水源井'), ('2处', '水源井')),
    (('1300人', '受益群众'), ('1340人', '受益群众')),
    (('500户', '报警器安装户'), ('532', '报警器安装')),
    (('4个', '微型消防站'), ('4个', '微型消防站')),
    (('20场', '应急演练'), ('23', '应急演练')),
    (('10件', '实事'), None),
    (('24个', '子项'), None),
    (('620万元', '镇级财政资金'), None),
    (('90张', '床位'), None),
    (('1处', '村级幸福大院'), None),
    (('2个', '托班'), None),
    (('1处', '返乡创业孵化点'), None),
    (('1条', '旅游公交专线'), None),
    (('8台', '清雪机械'), None),
    (('138公里', '村屯道路'), None),
    (('6栋', '老旧住宅楼'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='33900', report='33901', target='first', result='first')

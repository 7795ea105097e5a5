#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 13900 plan / 13901 report).

Run inside tests/heldout139:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A result is found by its first mention (`result='first'`: 13901 states `16部` 加装电梯完工 in its
third section and again in its problems section; the link takes the first). The report's box table restates twelve
targets (target records of 13901) and gives twelve bare `核定完成` cells (`392`, `1857`, `6.83万`, …): the links go from
the plan's records to the report's prose, which names what is counted (the prose repeats every table result but the
`完成率` cells). A target with no result is listed with None and skipped: the list's counts and the money the report
does not answer with a figure (`12件`, `35个`, the county's `1.93亿元`, the other `1.22亿元`, each card's `计划投资`),
the 2027 goal `4.5个`, the `1个` point in each of two towns and its floor `不少于40个` (the report gives `2个` points of
`60个` and `48个`: no one record states the same count), the school's planned `54个` classes (the report counts the
`28个` opened in the first term: another thing), and the targets the report says were done without a figure (`8个`
乡村学校运动场, `40个` 村卫生室, `120户` 危房改造, `500个` 公益性岗位, `20个` 微型消防站, `60个` 农家书屋).
The before values of the raised standards (`50元`, `850元`, `640元`) and the 2025 baseline `3.2个` are stock, not targets.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.77亿元', '计划总投资'), ('4.91亿元', '完成投资')),
    (('1.62亿元', '上级资金'), ('1.69亿元', '上级资金')),
    (('360个', '普惠托位'), ('392个', '普惠托位')),
    (('3.6个', '婴幼儿托位'), ('3.7个', '婴幼儿托位')),
    (('1800对', '免费孕前优生健康检查'), ('1857对', '免费孕前优生健康检查')),
    (('98%', '新生儿听力筛查率'), ('98.9%', '新生儿听力筛查率')),
    (('90%', '儿童眼保健和视力检查覆盖率'), ('93.2%', '儿童眼保健和视力检查覆盖率')),
    (('2430个', '学位'), ('2430个', '学位')),
    (('6.5万人', '老年人免费健康体检'), ('6.83万名', '老年人免费体检')),
    (('1.2万人', '两癌筛查'), ('1.24万人', '两癌筛查')),
    (('25个', '长者食堂'), ('27个', '长者食堂')),
    (('8个', '城区长者食堂'), ('9个', '城区长者食堂')),
    (('17个', '乡镇长者食堂'), ('18个', '乡镇长者食堂')),
    (('300户', '特殊困难老年人家庭'), ('312户', '特殊困难老年人家庭')),
    (('60元', '高龄津贴'), ('60元', '高龄津贴')),
    (('14个', '老旧小区'), ('14个', '老旧小区')),
    (('3260户', '居民'), ('3318户', '居民')),
    (('20部', '加装电梯'), ('16部', '加装电梯完工')),
    (('6部', '加装电梯'), ('6部', '加装电梯')),
    (('880元', '城市低保标准'), ('880元', '城市低保标准')),
    (('670元', '农村低保标准'), ('670元', '农村低保标准')),
    (('260名', '残疾儿童'), ('271名', '残疾儿童')),
    (('3个', '精神障碍社区康复站'), ('3个', '精神障碍社区康复站')),
    (('4500人', '城镇新增就业'), ('4862人', '城镇新增就业')),
    (('6000人次', '职业技能培训'), ('6427人次', '职业技能培训')),
    (('2000人次', '纺织服装产业技能培训'), ('2315人次', '纺织服装产业技能培训')),
    (('10个', '就业帮扶车间'), ('12个', '就业帮扶车间')),
    (('80公里', '农村公路提质改造'), ('74.6公里', '农村公路提质改造')),
    (('1200个', '城区公共停车泊位'), ('1086个', '城区公共停车泊位')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('50个', '生活污水治理自然村'), ('52个', '生活污水治理自然村')),
    (('6.5公里', '贡江沿岸亲水绿道'), ('6.5公里', '贡江亲水绿道')),
    (('28公里', '老旧燃气管道'), ('29.3公里', '老旧燃气管道')),
    (('4000户', '独居和高龄老人家庭'), ('4126户', '独居和高龄老人家庭')),
    (('200场', '送戏下乡'), ('218场', '送戏下乡')),
    (('30场', '于都唢呐公婆吹专场'), ('34场', '于都唢呐公婆吹专场')),
    (('3600场', '农村公益电影'), ('3712场', '农村公益电影')),
    (('12件', '县级民生实事项目'), None),
    (('35个', '子项'), None),
    (('1.93亿元', '县级财政资金'), None),
    (('1.22亿元', '社会资本和专项债券'), None),
    (('4.5个', '婴幼儿托位'), None),
    (('1个', '社区嵌入式托育点'), None),
    (('40个', '托位'), None),
    (('54个', '班'), None),
    (('8个', '乡村学校运动场'), None),
    (('40个', '村卫生室'), None),
    (('120户', '农村低收入群体危房改造'), None),
    (('500个', '公益性岗位'), None),
    (('20个', '微型消防站'), None),
    (('60个', '农家书屋'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='13900', report='13901', target='first', result='first')

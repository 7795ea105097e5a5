#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 25200 plan / 25201 report).

Run inside tests/heldout252:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is 练寺镇's lantern-riddle slips of 2026 (each slip's `实事链接` gives the targets); the
report is a pupil's hand-written newspaper (手抄报) of January 2027 whose figures were copied from the town's year-end
notice. The report states six results twice, in its prose and again in its score table (`新增城镇就业（人） 300 326`,
`初中学位`, `老人免费体检`, `普惠托位`, `农村公路`, `燃气报警器`); the links take the prose (the first mention in a
sentence that names what is counted: `result='first'`), and the table's `计划` column (target records of 25201) is
never a link's side. Two results count people with another measure word than the plan (`538个叔叔阿姨` against
`500人`, `4316位` against `4200人`, `71个人` against `60人`): the same people, linked. The sewage villages are linked
from the plan's `5个` to the report's done `4个` (`已经弄好了4个村`; the remaining `1个` carries into 2027).
A target with no result is listed with None and skipped: the list's counts (`十件`) and money other than the total,
the targets the report states as a rate in force or not at all (`每生每天5元`, `每人每月50元` restated as stock; the
teaching block `1栋`; `每个补助8万元`; `户均补助2万元`; the meal points' daily capacity `200份`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2946万元', '计划总投资'), ('2987万元', '实事投资')),
    (('8场', '招聘活动'), ('9场', '招聘会')),
    (('300人', '城镇新增就业'), ('326人', '城镇新增就业')),
    (('500人', '农村劳动力转移就业'), ('538个', '农村劳动力转移就业')),
    (('800人次', '职业技能培训'), ('862人次', '职业技能培训')),
    (('120个', '乡村公益性岗位'), ('120个', '公益性岗位')),
    (('2个', '帮扶车间'), ('两个', '帮扶车间')),
    (('60人', '脱贫人口和监测对象'), ('71个', '帮扶车间就业人员')),
    (('3200平方米', '建筑面积'), ('3200平方米', '建筑面积')),
    (('450个', '初中学位'), ('450个', '学位')),
    (('12名', '特岗教师'), ('11名', '特岗教师')),
    (('3860名', '农村义务教育学生'), ('3912名', '营养餐受益学生')),
    (('6个', '村卫生室'), ('6个', '村卫生室')),
    (('4200人', '老年人免费健康体检'), ('4316位', '老年人免费体检')),
    (('1500人', '两癌筛查'), ('1528人', '两癌筛查')),
    (('10条', '健身路径'), ('11条', '健身路径')),
    (('4个', '老年助餐点'), ('4个', '老年助餐点')),
    (('40张', '敬老院护理型床位'), ('40张', '敬老院护理型床位')),
    (('3个', '村级幸福院'), ('3个', '幸福院')),
    (('2个', '托班'), ('2个', '托班')),
    (('40个', '普惠托位'), ('40个', '托位')),
    (('600人次', '婴幼儿家庭科学育儿指导'), ('627人次', '育儿指导')),
    (('35户', '农村低收入群体危房改造'), ('35户', '危房改造')),
    (('12个', '规模化供水行政村'), ('12个', '通规模化供水村')),
    (('1.6万人', '受益群众'), ('1.6万多人', '饮水受益群众')),
    (('21公里', '老化供水管网'), ('21.4公里', '旧水管')),
    (('18公里', '农村公路'), ('18.6公里', '农村公路')),
    (('260盏', '太阳能路灯'), ('260盏', '路灯')),
    (('8个', '城乡公交候车亭'), ('8个', '公交候车亭')),
    (('14个', '农村坑塘'), ('14个', '坑塘')),
    (('5个', '生活污水治理行政村'), ('4个', '污水治理村')),
    (('2个', '口袋公园'), ('2个', '口袋公园')),
    (('1200户', '燃气泄漏报警器'), ('1236户', '燃气报警器')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('1000人次', '应急救护培训'), ('1085人次', '应急救护培训')),
    (('60场', '送戏下乡'), ('62场', '送戏下乡')),
    (('264场', '农村公益电影放映'), ('264场', '公益电影')),
    (('3个', '村级文化广场'), ('3个', '文化广场')),
    (('十件', '实事'), None),
    (('十件', '重点民生实事'), None),
    (('318万元', '计划总投资'), None),
    (('1栋', '教学综合楼'), None),
    (('5元', '营养膳食补助'), None),
    (('8万元', '村卫生室补助'), None),
    (('200份', '日均供餐能力'), None),
    (('50元', '高龄津贴'), None),
    (('2万元', '危房改造补助'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='25200', report='25201', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 34800 plan / 34801 report).

Run inside tests/heldout348:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A result is taken at its first mention (`result='first'`): 34801 tells each result in the memorial's
prose (often in Chinese numerals: `二万六千四百人次`, `三千四百一十五人`) and restates twelve of them in its 附片 table
(`2.64`, `3415`, ...); the link goes to the prose, the first mention in a sentence that names what is counted. The
table's 原定 cells restate the plan's targets (target records of 34801): the links go from the plan's records.
A target with no result is listed with None and skipped: the list's counts and money the report does not answer
with a figure of its own (`12件`, `620万元` 镇级自筹, the twelve `投资额` cells and their total), the track's
`200米` (told without a length), and the three rates the report restates as rates in force, stock (`4元` per meal,
`5700元` 低保标准, `300元` per household).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1860万元', '募集资金总额'), ('1792万元', '完成投资')),
    (('1240万元', '上级资金'), ('1268万元', '上级资金到位')),
    (('3个', '老年助餐点'), ('三处', '助餐点')),
    (('2.4万人次', '助餐'), ('二万六千四百人次', '助餐')),
    (('6个', '村卫生室'), ('六个', '村卫生室')),
    (('3200人', '老年人免费体检'), ('三千四百一十五人', '老年人免费体检')),
    (('75%', '家庭医生签约率'), ('76.8%', '家庭医生签约率')),
    (('2个', '托班'), ('两个', '托班')),
    (('40个', '普惠托位'), ('四十个', '普惠托位')),
    (('500人次', '儿童发育筛查'), ('532人次', '儿童发育筛查')),
    (('1条', '塑胶跑道'), ('一条', '塑胶跑道')),
    (('1栋', '学生宿舍'), ('一栋', '学生宿舍')),
    (('120张', '寄宿床位'), ('96张', '寄宿床位')),
    (('150户', '农房节能保温改造'), ('158户', '农房节能保温改造')),
    (('3.2公里', '老旧供热管网'), ('3.2公里', '供热管网')),
    (('300座', '农村户厕'), ('286座', '农村户厕')),
    (('3500人', '农村劳动力转移就业'), ('3812人', '转移就业')),
    (('600人次', '高素质农民培训'), ('655人次', '高素质农民培训')),
    (('45个', '乡村公益性岗位'), ('45个', '公益性岗位')),
    (('12.6公里', '通村路'), ('12.6公里', '通村路')),
    (('1条', '客运班线'), ('一条', '客运班线')),
    (('180盏', '太阳能路灯'), ('二百盏', '路灯')),
    (('36公里', '村屯边沟'), ('38.5公里', '边沟')),
    (('2个', '村屯小游园'), ('两处', '小游园')),
    (('95%', '秸秆综合利用率'), ('96.2%', '秸秆综合利用率')),
    (('800个', '一氧化碳报警器'), ('826个', '一氧化碳报警器')),
    (('4个', '微型消防站'), ('四座', '微型消防站')),
    (('12场', '冬季应急演练'), ('十四场', '冬季应急演练')),
    (('60场', '送二人转、拉场戏下乡'), ('六十四场', '送戏下乡')),
    (('3000册', '农家书屋图书'), ('三千册', '农家书屋新书')),
    (('1处', '冰雪运动场'), ('一处', '冰雪运动场')),
    (('210户', '困难残疾人家庭'), ('216户', '残疾人家庭')),
    (('40栋', '冷棚'), ('42栋', '冷棚')),
    (('120人', '农户就业'), ('131人', '就业')),
    (('12件', '民生实事'), None),
    (('620万元', '镇级自筹'), None),
    (('200米', '塑胶跑道长度'), None),
    (('4元', '每餐补助'), None),
    (('5700元', '农村低保标准'), None),
    (('300元', '困难残疾人家庭取暖补贴'), None),
    (('1860', '投资额'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='34800', report='34801', target='first', result='first')

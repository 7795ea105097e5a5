#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 27700 plan / 27701 report).

Run inside tests/heldout277:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator; runs the shared `tools/make_links.py`. The report's grading slip gives every row's
result as a bare cell (`96`, `4631`, ...): the link takes that cell (`result='first'`: 27701's notes restate
`126户` after the table). Results taken from the notes: `320户` (吃水), `23人` (创业), `8支` (应急救援队),
`6所` (课后服务), `710元` (低保), `6512万元`, `900万元`, `93.2%`. Targets with no result are listed with None and
skipped: the list's counts (`十件`), `三个`村 with 托育点 and the dormitory `1栋` (told without a figure), the DR
`一台` (`已安装`, no figure), and the canteen's `300份` a day (the report gives a daily average, `约280份`, stock,
not a result of the year).
"""
import runpy
from pathlib import Path

LINKS = [
    (('90个', '幼儿园学位'), ('96', '幼儿园学位')),
    (('60个', '普惠托位'), ('60', '普惠托位')),
    (('240张', '学生宿舍床位'), ('240', '学生宿舍床位')),
    (('8名', '乡村教师'), ('7', '乡村教师')),
    (('6所', '课后服务中小学'), ('6所', '课后服务中小学')),
    (('6个', '村卫生室'), ('6', '村卫生室')),
    (('4200人', '老人免费体检'), ('4631', '老人免费体检')),
    (('5个', '农村互助养老点'), ('5', '农村互助养老点')),
    (('120户', '困难老人家庭适老化改造'), ('126', '困难老人家庭适老化改造')),
    (('45户', '农村危房改造'), ('45', '农村危房改造')),
    (('320户', '吃水不稳户'), ('320户', '吃水问题户')),
    (('18公里', '供水管道'), ('19.4', '供水管道')),
    (('26公里', '通组路'), ('23.5', '通组路')),
    (('1.2公里', '山城步道式便民梯道'), ('1.2', '便民梯道')),
    (('800人次', '岗位技能培训'), ('1046', '岗位技能培训')),
    (('50个', '乡村公益性岗位'), ('50', '乡村公益性岗位')),
    (('20人', '返乡青年创业'), ('23人', '返乡青年创业')),
    (('710元', '低保标准'), ('710元', '低保标准')),
    (('30户', '残疾人家庭无障碍改造'), ('30', '残疾人家庭无障碍改造')),
    (('12处', '坡坎崖边角地'), ('14', '坡坎崖边角地')),
    (('3座', '村级污水处理站'), ('2', '村级污水处理站')),
    (('1500户', '燃气报警器'), ('1500', '燃气报警器')),
    (('8支', '村级应急救援队'), ('8支', '村级应急救援队')),
    (('100块', '防溺水警示牌'), ('128', '防溺水警示牌')),
    (('6800万元', '总投资'), ('6512万元', '总投资')),
    (('900万元', '镇级配套'), ('900万元', '镇级配套')),
    (('90%', '满意度'), ('93.2%', '满意度')),
    (('十件', '实事'), None),
    (('三个', '托育点村'), None),
    (('1栋', '学生宿舍'), None),
    (('一台', 'DR'), None),
    (('300份', '老年食堂午餐'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='27700', report='27701', target='first', result='first')

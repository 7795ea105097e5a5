#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 17300 plan / 17301 report).

Run inside tests/heldout173:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report's ballot restates every target on its item line (target records of 17301): the links go
from the plan's (17300) records to the report's `完成情况：` results. A target with no result is listed with None and
skipped: the list's `12件` (the report's `11件`/`1件` are parts, not the total), the `120元` old-age allowance (the report
says only that it was paid at the new standard, `惠及612人` counts people), the `6座` public toilets (`全部建成`, no
figure), the `5000元` cap of relief (the report counts households and money paid), the `20个` riverbank posts, the
baseline `120个` and the skipper's `8件`.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('6800万元', '计划总投资'), ('6510万元', '完成投资')),
    (('40个', '普惠托位'), ('42个', '普惠托位')),
    (('460户', '入户访视新生儿家庭'), ('473户', '入户访视新生儿家庭')),
    (('180个', '学位'), ('180个', '学位')),
    (('95%', '渔民子女课后托管覆盖率'), ('97.2%', '课后托管覆盖率')),
    (('5个', '村卫生室'), ('5个', '村卫生室')),
    (('3200人', '常住居民免费体检'), ('3315人', '免费体检')),
    (('80%', '家庭医生重点人群签约率'), ('82.6%', '重点人群签约率')),
    (('3个', '老年助餐点'), ('3个', '助餐点')),
    (('2.4万人次', '助餐'), ('2.61万人次', '助餐')),
    (('86户', '渔民住宅抗震加固'), ('81户', '抗震加固')),
    (('14公里', '老渔村自来水管网改造'), ('14.3公里', '管网改造')),
    (('120名', '残疾人康复服务'), ('126名', '残疾人康复服务')),
    (('300人次', '转产转业渔民技能培训'), ('336人次', '转产渔民培训')),
    (('45个', '公益性岗位'), ('45个', '公益性岗位')),
    (('3.6公里', '渔港路改造'), ('3.6公里', '渔港路改造')),
    (('220个', '码头停车泊位'), ('236个', '停车泊位')),
    (('1条', '镇村公交线路'), ('1条', '公交线路')),
    (('4.2万立方米', '渔港港池清淤'), ('4.5万立方米', '清淤')),
    (('15公顷', '盐碱地绿化'), ('13.8公顷', '绿化')),
    (('9个', '坑塘'), ('9个', '坑塘')),
    (('1500件', '救生衣'), ('1620件', '救生衣')),
    (('210台', '防碰撞终端'), ('210台', '防碰撞终端')),
    (('2个', '微型消防站'), ('2个', '微型消防站')),
    (('20场', '文化活动'), ('23场', '文化活动')),
    (('4个', '农家书屋'), ('4个', '农家书屋')),
    (('12件', '民生实事'), None),
    (('120元', '高龄津贴'), None),
    (('6座', '公厕'), None),
    (('5000元', '临时救助'), None),
    (('20个', '护岸保洁岗'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='17300', report='17301')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 33800 plan / 33801 report).

Run inside tests/heldout338:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (33800, a post laid out as the Yi ten-month solar calendar) states the year's targets month by
month; the report (33801, ten quality-certificate tags and a summary table) answers them in the tags' `实　　测` lines and
in the table's `完成投资` column. The first tag's `规　　格` line restates two targets (`6座`, `14.5公里`, target records of
33801): the links go from the plan's records. A target with no result is listed with None and skipped: the list's counts
and money the report does not answer with a figure (`10件`, `2,910万元`, `950万元`), the per-square minimum of the culture
squares (`600平方米`: the report gives two areas, no one figure answers a minimum), the `1名` per hazard point, the
`4个` 村委会, the `5,000元` grant (restated in the report as a rate, stock), the `100元` old-age allowance (no figure), and
the 2027 clinic plan (`1,200万元`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('6座', '小组蓄水池'), ('6座', '蓄水池')),
    (('14.5公里', '引水管网'), ('15.2公里', '管网')),
    (('1,260人', '季节性缺水人口'), ('1,318人', '受益人口')),
    (('1,200人', '春季劳务输出'), ('1,346人', '春季输出劳动力')),
    (('8趟', '点对点返岗包车'), ('9趟', '返岗包车')),
    (('300人次', '职业技能培训'), ('352人次', '培训')),
    (('45个', '乡村公益性岗位'), ('45个', '公益性岗位')),
    (('12场', '送戏下乡'), ('14场', '送戏')),
    (('4场', '梅葛专场'), ('5场', '梅葛专场')),
    (('2个', '村级文化活动广场'), ('2个', '村级文化广场')),
    (('1,850人', '老年人免费体检'), ('1,903人', '老人体检')),
    (('3个', '村卫生室标准化改造'), ('3个', '村卫生室改造')),
    (('85%', '家庭医生签约服务覆盖率'), ('87.6%', '家庭医生签约覆盖率')),
    (('26名', '群测群防监测员'), ('26名', '监测员')),
    (('40块', '防溺水警示牌'), ('44块', '防溺水警示牌')),
    (('9.6公里', '通组路'), ('10.1公里', '通组路')),
    (('7个', '村民小组'), ('7个', '村民小组')),
    (('3.2公里', '波形护栏'), ('3.2公里', '波形护栏')),
    (('1栋', '学生宿舍'), ('1栋', '学生宿舍')),
    (('240张', '寄宿床位'), ('240张', '寄宿床位')),
    (('60人', '脱贫家庭大学新生'), ('57人', '脱贫家庭大学新生')),
    (('4个', '村级互助养老服务点'), ('4个', '互助养老点')),
    (('35户', '农村危房改造'), ('35户', '危房改造')),
    (('300座', '农村卫生户厕'), ('276座', '户厕改造')),
    (('5,640元', '农村低保标准'), ('5,640元', '低保标准')),
    (('20户', '重度残疾人家庭无障碍改造'), ('21户', '重度残疾人家庭无障碍改造')),
    (('3,860万元', '计划总投资'), ('3,796', '完成投资')),
    (('10件', '为民办实事'), None),
    (('2,910万元', '县级以上补助'), None),
    (('950万元', '乡级统筹和社会捐资'), None),
    (('600平方米', '村级文化活动广场面积'), None),
    (('1名', '群测群防监测员'), None),
    (('4个', '村委会'), None),
    (('5,000元', '脱贫家庭大学新生资助'), None),
    (('100元', '高龄津贴'), None),
    (('1,200万元', '乡卫生院门诊楼改扩建计划投资'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='33800', report='33801', target='first', result='first')

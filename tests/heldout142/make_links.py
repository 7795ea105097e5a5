#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 14200 plan / 14201 report).

Run inside tests/heldout142:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A result may be found by its first mention (`result='first'`: 14201 states `5.06亿元` 完成投资 in its
cover letter and again in note 5, and `76名` 教师, `4部` 加装电梯, `78公里` 农村公路 in its table and again in the notes
under it; the links take the first mention, the one in the letter or the table). The report's table restates the
targets (its `年初目标` column, target records of 14201): the links go from the plan's records. A target with no result
is listed with None and skipped: the list's counts (`10件`, `34个`, `三个` 硬指标), the per-unit amounts the report does
not restate (`30万元` per 食堂, `3500元` per 户, `2.4万元` per 人·年), the sub-targets it does not report apart
(`1所` 托育园 and its `120个` 托位, `30名` 特岗教师, `60场` 二人转专场, `40支` 参赛队伍, `12场` 招聘会, the `2元` fare,
the `18%` rise of the road task, the `2个` estates whose works were carried over from 2025), and the targets the report
says were done without a figure (`20个` 村卫生室, `12所` 旱厕, `150户` 危房, `2个` 残疾人托养服务点, `400个` 公益性岗位,
`30个` 行政村, `50个` 农家书屋: `已全部完成`-style cells beside a `100%` rate, which counts no thing).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.27亿元', '计划总投资'), ('5.06亿元', '完成投资')),
    (('1.9亿元', '县级财政资金'), ('1.82亿元', '县级财政资金')),
    (('6个', '社区老年食堂'), ('6个', '社区老年食堂')),
    (('12万人次', '助餐'), ('13.4万人次', '老年助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('312户', '特殊困难老年人家庭居家适老化改造')),
    (('120元', '高龄津贴'), ('120元', '高龄津贴')),
    (('240个', '普惠托位'), ('252个', '普惠托位')),
    (('1500对', '计划怀孕夫妇'), ('1538对', '免费孕前优生健康检查')),
    (('98%', '新生儿遗传代谢性疾病筛查率'), ('99.2%', '新生儿遗传代谢性疾病筛查率')),
    (('4.2万人', '老年人免费健康体检'), ('4.37万人', '老年人免费健康体检')),
    (('20张', '血液透析床位'), ('20张', '县医院血液透析床位')),
    (('8000人', '适龄妇女两癌免费筛查'), ('8126人', '适龄妇女两癌免费筛查')),
    (('360个', '学位'), ('360个', '学位')),
    (('100%', '义务教育学校课后服务覆盖率'), ('100%', '义务教育学校课后服务覆盖率')),
    (('80名', '教师'), ('76名', '教师')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('3100户', '居民'), ('3068户', '居民')),
    (('6部', '既有住宅加装电梯'), ('4部', '既有住宅加装电梯')),
    (('2000户', '燃气泄漏报警器'), ('2150户', '燃气泄漏报警器')),
    (('260名', '残疾儿童'), ('274名', '残疾儿童康复救助')),
    (('200户', '困难重度残疾人家庭'), ('205户', '困难重度残疾人家庭无障碍改造')),
    (('3200人', '城镇新增就业'), ('3456人', '城镇新增就业')),
    (('2500人次', '职业技能培训'), ('2713人次', '职业技能培训')),
    (('8000万元', '创业担保贷款'), ('8650', '创业担保贷款')),
    (('85公里', '农村公路'), ('78公里', '农村公路')),
    (('3条', '城乡公交线路'), ('3条', '城乡公交线路')),
    (('600个', '公共停车泊位'), ('640个', '公共停车泊位')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('12公里', '绕阳河城区段清淤'), ('12.6公里', '绕阳河城区段清淤')),
    (('200场', '送戏下乡'), ('216场', '送戏下乡')),
    (('10件', '民生实事'), None),
    (('34个', '子项目'), None),
    (('三个', '硬指标'), None),
    (('30万元', '县级补助建设资金'), None),
    (('3500元', '居家适老化改造投入'), None),
    (('1所', '托育园'), None),
    (('120个', '托位'), None),
    (('20个', '村卫生室'), None),
    (('12所', '农村学校旱厕'), None),
    (('30名', '特岗教师'), None),
    (('150户', '农村低收入群体危房改造'), None),
    (('2个', '附属工程未收尾小区'), None),
    (('2.4万元', '残疾儿童康复救助补助'), None),
    (('2个', '残疾人托养服务点'), None),
    (('400个', '公益性岗位'), None),
    (('12场', '春风行动招聘会'), None),
    (('2元', '城乡公交票价'), None),
    (('18%', '农村公路任务量'), None),
    (('30个', '生活污水治理行政村'), None),
    (('60场', '二人转专场'), None),
    (('50个', '农家书屋'), None),
    (('40支', '参赛队伍'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='14200', report='14201', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 15400 plan / 15401 report).

Run inside tests/heldout154:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (15400) is the notice setting up the county's projects HQ, its targets on dash lines by
brand; the report (15401) is the notice dissolving the HQ, its results in a lead paragraph and an ASCII-box table
whose rows restate each target (target records of 15401) beside the result: the links go from the plan's records to
the report's achieved records, each of which the report states once (`result='first'` only guards the rule).
A target with no result is listed with None and skipped: the list's own counts and money the report does not answer
(`12件`, `38个`, `6名`, `11个` 项目组), the plan's rules (`85%`, `30%`, `100%` 验收合格率), the standard `3000元`/`3500元`
per household, and the targets the report answers without a figure (村卫生室 `30个` 全部通过验收, 危房 `180户` 全部竣工入住,
低保 `650元`/`520元` 按新标准发放, 儿童之家 `20个` 全部挂牌运行, 公交线路 `4条` 已全部开通, 微型消防站 `20个` 全部建成,
the teaching building's `1栋` and `5200平方米`, carried over); the two towns' `1个` 托育服务中心 each is answered by
`两个中心`, a total of both, not the figure of one town: no link.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('7.26亿元', '计划总投资'), ('7.41亿元', '完成投资')),
    (('2.4亿元', '县级财政'), ('2.4亿元', '县级财政资金')),
    (('3.1亿元', '上级资金'), ('3.27亿元', '上级资金')),
    (('320个', '普惠托位'), ('341个', '普惠托位')),
    (('1800名', '孕妇'), ('1926名', '孕妇')),
    (('92%', '儿童眼保健和视力检查覆盖率'), ('94.3%', '儿童眼保健和视力检查覆盖率')),
    (('360个', '学位'), ('360个', '学位')),
    (('140名', '教师'), ('146名', '教师')),
    (('100名', '农村学校教师'), ('108名', '农村学校教师')),
    (('3.6万人', '老年人免费健康体检'), ('3.78万人', '老年人免费体检')),
    (('25条', '全民健身路径'), ('27条', '全民健身路径')),
    (('6个', '多功能运动场'), ('6个', '多功能运动场')),
    (('4家', '乡镇综合养老服务中心'), ('4家', '乡镇综合养老服务中心')),
    (('15个', '老年助餐点'), ('16个', '老年助餐点')),
    (('8万人次', '助餐'), ('9.12万人次', '助餐')),
    (('260户', '特殊困难老年人家庭'), ('273户', '特殊困难老年人家庭适老化改造')),
    (('11个', '城镇老旧小区'), ('11个', '城镇老旧小区')),
    (('2460户', '居民'), ('2517户', '居民')),
    (('20部', '加装电梯'), ('17部', '加装电梯')),
    (('25座', '农村公厕'), ('25座', '农村公厕')),
    (('700名', '残疾人'), ('738名', '残疾人')),
    (('4500人', '城镇新增就业'), ('4872人', '城镇新增就业')),
    (('5000人次', '职业技能培训'), ('5613人次', '职业技能培训')),
    (('350个', '公益性岗位'), ('362个', '公益性岗位')),
    (('80公里', '农村公路'), ('83.6公里', '农村公路')),
    (('900个', '城区公共停车泊位'), ('946个', '城区公共停车泊位')),
    (('45个', '生活污水治理自然村'), ('45个', '生活污水治理自然村')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('6万平方米', '城区新增绿地面积'), ('6.4万平方米', '城区新增绿地')),
    (('3500户', '居民'), ('3612户', '燃气泄漏报警器')),
    (('120家', '学校食堂明厨亮灶改造'), ('131家', '学校食堂明厨亮灶改造')),
    (('180场', '送戏下乡'), ('196场', '送戏下乡')),
    (('5个', '城市书房'), ('5个', '城市书房')),
    (('12场', '群众体育赛事'), ('14场', '群众体育赛事')),
    (('12件', '民生实事项目'), None),
    (('38个', '子项'), None),
    (('6名', '工作人员'), None),
    (('11个', '项目组'), None),
    (('1个', '乡镇托育服务中心'), None),
    (('1栋', '教学综合楼'), None),
    (('5200平方米', '建筑面积'), None),
    (('30个', '标准化村卫生室'), None),
    (('3500元', '适老化改造补助标准'), None),
    (('180户', '农村低收入群体危房改造'), None),
    (('650元', '城市低保标准'), None),
    (('520元', '农村低保标准'), None),
    (('20个', '儿童之家'), None),
    (('4条', '城乡公交线路'), None),
    (('20个', '微型消防站'), None),
    (('85%', '工程量'), None),
    (('30%', '预付款比例'), None),
    (('100%', '验收合格率'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='15400', report='15401', target='first', result='first')

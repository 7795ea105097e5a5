#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 13400 plan / 13401 report).

Run inside tests/heldout134:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (13400, a WeChat collection of daily cards, 日签) states each 2026 target once, except the
list's money `4.37亿元`, stated in the lead, on the first card and on the money card (`target='first'`: the lead). The
report (13401, a newspaper's year-end special page) states fifteen results three times: a figure box (`【数读2026】`,
five of them), the box table and the prose. The links take the table's done cell for those fifteen (a box figure names
nothing, gold/README's links conventions; the table comes before the prose), and the prose for the rest; the table's
target cells restate the plan and are target records of 13401, never a result. `126名` 残疾儿童 stands in a heading and
in its paragraph: the link takes the paragraph (own pick True = the last). A target with no result is listed with None
and skipped: the list's counts and the money that the report does not answer (`10件`, `28项`, `28个`, `13个`, `9个`,
the district's and the upper level's money, the money by brand, `60名` 监督员), the targets the report answers without a
figure (`1台` CT: `已于8月投入使用`; `80—120份` a day per meal point; the `5万元` relief reserve per station; the
`1100元` fee cap), and `各建成1所公办托育园` (one in each of two places: the report's `2所` counts both, another scope).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.37亿元', '计划总投资'), ('4.52亿元', '完成投资')),
    (('360个', '普惠托位'), ('378', '普惠托位')),
    (('1200户', '婴幼儿家庭'), ('1263户', '家庭')),
    (('3.5个', '3岁以下婴幼儿托位'), ('3.6个', '3岁以下婴幼儿托位')),
    (('1350个', '小学学位'), ('1410', '小学学位')),
    (('2所', '初中'), ('2所', '初中')),
    (('600个', '初中学位'), ('600', '初中学位')),
    (('96套', '教师周转宿舍'), ('96套', '乡村教师周转宿舍')),
    (('100%', '义务教育学校课后服务覆盖率'), ('100%', '义务教育学校课后服务覆盖率')),
    (('36个', '村卫生室'), ('36', '村卫生室标准化改造')),
    (('2.8万人', '老年人免费健康体检'), ('2.96', '老年人免费健康体检')),
    (('1.2万人', '两癌筛查'), ('1.26', '两癌筛查')),
    (('15个', '老年助餐点'), ('16', '老年助餐点')),
    (('8万人次', '助餐服务'), ('9.1', '老年助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('312户', '特殊困难老年人家庭')),
    (('60元', '高龄津贴'), ('60元', '高龄津贴')),
    (('12个', '老旧小区'), ('11', '老旧小区改造')),
    (('1860户', '居民'), ('1712户', '居民')),
    (('20部', '加装电梯'), ('23', '加装电梯')),
    (('150户', '危房改造'), ('150户', '危房改造')),
    (('10座', '城乡公厕'), ('10座', '公厕')),
    (('110名', '残疾儿童'), ('126名', '残疾儿童', True)),
    (('950元', '城市低保标准'), ('950元', '城市低保')),
    (('6200元', '农村低保标准'), ('6200元', '农村低保')),
    (('9个', '镇（街道）社会工作服务站'), ('9个', '镇（街道）社会工作服务站')),
    (('4500人', '城镇新增就业'), ('4862', '城镇新增就业')),
    (('5000人次', '职业技能培训'), ('5417', '职业技能培训')),
    (('260个', '乡村公益性岗位'), ('271个', '乡村公益性岗位')),
    (('8000万元', '创业担保贷款'), ('9260万元', '创业担保贷款')),
    (('1200人', '创业带动就业'), ('1315人', '创业带动就业')),
    (('82公里', '屯级路和农村公路'), ('76.5', '屯级路和农村公路')),
    (('600个', '公共停车泊位'), ('648', '公共停车泊位')),
    (('3条', '城乡公交线路'), ('3条', '城乡公交线路')),
    (('30个', '公交候车亭'), ('32个', '公交候车亭')),
    (('30个', '生活污水治理行政村'), ('30个', '生活污水治理行政村')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('2条', '黑臭水体'), ('2条', '黑臭水体')),
    (('6.5公里', '滨河绿道'), ('6.8公里', '滨河绿道')),
    (('3000户', '居民'), ('3106', '燃气泄漏报警器安装')),
    (('12个', '微型消防站'), ('12个', '微型消防站')),
    (('150块', '防溺水警示牌'), ('163块', '防溺水警示牌')),
    (('300套', '救生设备'), ('340套', '救生设备')),
    (('10件', '为民办实事项目'), None),
    (('28项', '为民办实事项目'), None),
    (('1.86亿元', '区本级财政资金'), None),
    (('2.05亿元', '上级补助资金'), None),
    (('60名', '民生实事监督员'), None),
    (('1所', '公办托育园'), None),
    (('1100元', '普惠托位收费'), None),
    (('1台', 'CT设备'), None),
    (('80—120份', '助餐点供餐能力'), None),
    (('5万元', '临时救助备用金'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='13400', report='13401', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 13200 plan / 13201 report).

Run inside tests/heldout132:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A result is taken at its first mention (`result='first'`): 13201 states most results twice, once
on its check-in stop's page (`民心成绩：…`) and again in the ASCII-box overview at its end (`| 436个 |`); the link
takes the stop's sentence, which names what is counted. The overview's target cells restate twenty targets (target
records of 13201): the links go from the plan's records. A target with no result is listed with None and skipped:
the list's counts and money the report does not answer (`20项`, `49个`, the `约2.3亿元` of higher-level funds), the
targets the report says were done without a figure (the `2个` community nurseries `均已开园`, the `1所` health
centre `已投入使用`, the `120户` dangerous houses, the `1个` disability care centre `已开园`, the `500个` welfare
posts `全部开发到位`, the `14个` village ponds and the `4800场` films `任务全部完成`), and the plan's figures with no
counterpart (`118所` schools covered, `3元` per meal, `96栋`, `约31万平方米`). The `1155元` before the raise is a
`stock` record on both sides and links nothing.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('8.6亿元', '计划总投资'), ('8.27亿元', '完成投资')),
    (('5.14亿元', '区级财政资金'), ('5.14亿元', '区级财政资金')),
    (('400个', '普惠托位'), ('436个', '普惠托位')),
    (('4.5个', '婴幼儿托位'), ('4.6个', '婴幼儿托位')),
    (('3.2万人次', '眼保健和视力检查'), ('3.41万人次', '眼保健和视力检查')),
    (('5000人', '窝沟封闭'), ('5126人', '窝沟封闭')),
    (('4所', '中小学和幼儿园'), ('3所', '学校和幼儿园建成投用')),
    (('3960个', '学位'), ('2340个', '学位')),
    (('540个', '公办幼儿园学位'), ('540个', '公办幼儿园学位')),
    (('120间', '中小学智慧教室'), ('126间', '中小学智慧教室')),
    (('95%', '课后服务学生参与率'), ('96.8%', '课后服务学生参与率')),
    (('30个', '村卫生室'), ('30个', '村卫生室')),
    (('2.4万名', '适龄妇女'), ('2.53万名', '适龄妇女')),
    (('1万名', '居民'), ('1.07万名', '居民')),
    (('50个', '社区健身园'), ('52个', '社区健身园')),
    (('4块', '多功能运动场'), ('4块', '多功能运动场')),
    (('15个', '老年人助餐点'), ('16个', '老年人助餐点')),
    (('36万人次', '助餐服务'), ('39.7万人次', '助餐')),
    (('800户', '特殊困难老年人家庭'), ('816户', '特殊困难老年人家庭')),
    (('3500元', '居家适老化改造补贴'), ('3280元', '居家适老化改造补贴')),
    (('3个', '镇（街）综合养老服务中心'), ('3个', '镇（街）综合养老服务中心')),
    (('200张', '家庭养老照护床位'), ('215张', '家庭养老照护床位')),
    (('12个', '老旧小区'), ('12个', '老旧小区改造完工')),
    (('4380户', '居民'), ('4380户', '居民')),
    (('30部', '加装电梯'), ('26部', '加装电梯完工投用')),
    (('7部', '结转加装电梯'), ('7部', '结转加装电梯')),
    (('86公里', '农村供水管网'), ('88.3公里', '农村供水管网')),
    (('2.1万人', '群众'), ('2.1万人', '群众')),
    (('1190元', '城乡低保标准'), ('1190元', '城乡低保标准')),
    (('1500名', '残疾人'), ('1562名', '残疾人')),
    (('300件', '辅助器具'), ('347件', '辅助器具')),
    (('2.2万人', '城镇新增就业'), ('2.36万人', '城镇新增就业')),
    (('8000人次', '职业技能培训'), ('9125人次', '职业技能培训')),
    (('1.2亿元', '创业担保贷款'), ('1.46亿元', '创业担保贷款')),
    (('60公里', '农村公路'), ('63.5公里', '农村公路')),
    (('5条', '公交线路'), ('5条', '公交线路')),
    (('1200个', '公共停车泊位'), ('1286个', '公共停车泊位')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('25万平方米', '绿化面积'), ('27.4万平方米', '绿化面积')),
    (('1.5万户', '居民'), ('1.58万户', '居民')),
    (('6000户', '独居老人和困难家庭'), ('6000户', '独居老人和困难家庭')),
    (('3000个', '电动自行车集中充电端口'), ('3360个', '电动自行车集中充电端口')),
    (('300场', '送戏下乡'), ('312场', '送戏下乡')),
    (('50个', '农家书屋'), ('50个', '农家书屋')),
    (('20项', '民心工程'), None),
    (('49个', '子项目'), None),
    (('2.3亿元', '上级补助资金'), None),
    (('2个', '社区嵌入式托育点'), None),
    (('118所', '义务教育学校'), None),
    (('1所', '社区卫生服务中心'), None),
    (('3元', '助餐补贴'), None),
    (('96栋', '楼栋'), None),
    (('31万平方米', '建筑面积'), None),
    (('120户', '危房改造'), None),
    (('1个', '区残疾人托养中心'), None),
    (('500个', '城乡公益性岗位'), None),
    (('14个', '农村坑塘'), None),
    (('4800场', '农村公益电影'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='13200', report='13201', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 16200 plan / 16201 report).

Run inside tests/heldout162:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (16200, a WeChat "拆盲盒" article) states `40公里` 农村公路 twice (its 交通畅行 box and a reply
under a reader's comment) and `8个` 老年助餐点 twice (box and reply, the reply's indicator `助餐点`): `target='first'` takes
the box. The report (16201, a work-report export) restates every table row's target in its `年度目标` column (target
records of 16201) and `10部`, `80名`, `2400盏` in its unfinished-work section: the links go from the plan's records to
the report's `完成` cells and achieved figures (the stance filter keeps to achieved records on the result side). A
target with no result is listed with None and skipped: the list's counts (`12件`, `36个`), the per-point `30个` 托位 and
the `1个` 社区托育点 per town (the report counts `两个` points: the plan states no total), `1所` 幼儿园 (the report says it
opened, with no count of schools), the `6个` 乡镇 of the lamp scope, `4000名` 两癌筛查 and `120个` 公益性岗位 (done, no
figure), the fitness trail's `1条` and `约5公里` (built, no figure), and the readers' replies (`2个` in 富溪镇).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.2亿元', '计划总投资'), ('3.05亿元', '完成投资')),
    (('1.46亿元', '县级财政'), ('1.46亿元', '县级财政资金')),
    (('200个', '普惠托位'), ('216', '普惠托位')),
    (('2300名', '孕妇'), ('2386', '免费产前筛查')),
    (('1000人次', '科学育儿指导'), ('1047', '入户科学育儿指导')),
    (('12个', '班'), ('12个', '班')),
    (('360个', '学位'), ('360', '幼儿园学位')),
    (('80名', '中小学、幼儿园教师'), ('76名', '教师到岗')),
    (('2400盏', '护眼灯具'), ('2160盏', '护眼灯具')),
    (('15个', '村卫生室'), ('15', '村卫生室标准化改造')),
    (('1.1万名', '老年人'), ('1.16', '老年人免费体检')),
    (('8个', '老年助餐点'), ('9', '老年助餐点')),
    (('5万人次', '助餐'), ('5.7', '老年助餐服务')),
    (('150户', '特殊困难老年人家庭'), ('153', '居家适老化改造')),
    (('100元', '高龄补贴'), ('100元', '高龄补贴')),
    (('6个', '老旧小区'), ('6', '老旧小区改造')),
    (('1200户', '居民'), ('1180户', '居民')),
    (('10部', '加装电梯'), ('8部', '加装电梯完工投用')),
    (('二十五座', '农村公厕'), ('25座', '农村公厕')),
    (('400名', '残疾人'), ('418', '残疾人基本康复服务')),
    (('820元', '城乡低保标准'), ('820元', '城乡低保标准')),
    (('2600人', '城镇新增就业'), ('2871', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3204', '职业技能培训')),
    (('40公里', '农村公路'), ('42.6', '农村公路提升改造')),
    (('500个', '公共停车泊位'), ('536', '公共停车泊位')),
    (('2条', '城乡公交线路'), ('2条', '公交线路')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('20个', '生活污水治理行政村'), ('20个', '生活污水治理行政村')),
    (('2000户', '居民'), ('2150', '燃气泄漏报警器安装')),
    (('150块', '防溺水警示牌'), ('163', '防溺水警示牌')),
    (('120场', '送戏下乡'), ('131', '送戏下乡')),
    (('30个', '农家书屋'), ('30个', '农家书屋')),
    (('12件', '为民办实事项目'), None),
    (('36个', '子项目'), None),
    (('30个', '托位'), None),
    (('1个', '社区托育点'), None),
    (('1所', '幼儿园'), None),
    (('6个', '乡镇'), None),
    (('4000名', '适龄妇女'), None),
    (('120个', '公益性岗位'), None),
    (('1条', '全民健身步道'), None),
    (('5公里', '全民健身步道'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='16200', report='16201', target='first', result='first')

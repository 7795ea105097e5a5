#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 9200 plan / 9201 report).

Run inside tests/heldout92:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: the plan's `各建1个`
社区嵌入式托育点 (one per town; the report counts the two together, `2个`), `城东幼儿园1所` (the report names the
kindergarten opened but gives no count) and the list's `12件` (a count of projects, restated in the report as a target).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.6亿元', '总投资'), ('4.38亿元', '完成投资')),
    (('1.35亿元', '县级财政'), ('1.35亿元', '县级财政资金')),
    (('260个', '普惠托位'), ('272个', '普惠托位')),
    (('3500人次', '儿童发育筛查'), ('3716人次', '儿童发育筛查')),
    (('360个', '学位'), ('360个', '学位')),
    (('3所', '学校'), ('3所', '学校')),
    (('1200个', '学位'), ('1200个', '学位')),
    (('85名', '中小学教师'), ('81名', '中小学教师')),
    (('20名', '音体美教师'), ('23名', '音体美教师')),
    (('15个', '农村互助养老服务点'), ('15个', '农村互助养老服务点')),
    (('8个', '老年助餐点'), ('9个', '老年助餐点')),
    (('6万人次', '助餐服务'), ('6.7万人次', '助餐服务')),
    (('420户', '特殊困难老年人家庭'), ('431户', '特殊困难老年人家庭')),
    (('150元', '高龄津贴'), ('150元', '高龄津贴')),
    (('9800人', '老人'), ('9865人', '80岁以上老人')),
    (('20个', '村卫生室'), ('20个', '标准化村卫生室')),
    (('2.3万人', '老年人免费体检'), ('2.41万人', '老年人免费体检')),
    (('1.2万人', '适龄妇女两癌筛查'), ('1.26万人', '适龄妇女两癌筛查')),
    (('80张', '床位'), ('80张', '床位')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('1650户', '居民'), ('1682户', '居民')),
    (('12部', '加装电梯'), ('9部', '加装电梯完工投用')),
    (('130户', '农村危房改造'), ('130户', '农村危房改造')),
    (('42公里', '农村供水管网'), ('45.6公里', '农村供水管网')),
    (('1.8万', '山区群众'), ('1.9万', '山区群众')),
    (('3200人', '城镇新增就业'), ('3468人', '城镇新增就业')),
    (('2500人次', '职业技能培训'), ('2874人次', '职业技能培训')),
    (('300个', '公益性岗位'), ('312个', '公益性岗位')),
    (('300人', '返乡创业'), ('327人', '返乡创业人员')),
    (('68公里', '农村公路'), ('71.3公里', '农村公路')),
    (('3条', '城乡公交线路'), ('3条', '城乡公交线路')),
    (('500个', '公共停车泊位'), ('536个', '公共停车泊位')),
    (('25个', '生活污水治理行政村'), ('24个', '生活污水治理行政村')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('3000户', '城区居民'), ('3126户', '城区居民')),
    (('150场', '送戏下乡'), ('163场', '送戏下乡')),
    (('2万册', '农家书屋图书'), ('2.1万册', '农家书屋图书')),
    (('90%', '群众满意度'), ('93.4%', '群众满意度')),
    (('1个', '社区嵌入式托育点'), None),
    (('1所', '幼儿园'), None),
    (('12件', '民生实事'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='9200', report='9201', target='first')

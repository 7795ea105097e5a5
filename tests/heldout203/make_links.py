#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 20300 plan / 20301 report).

Run inside tests/heldout203:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator, read side by side by hand from the two texts. Runs the shared
`tools/make_links.py`; this file keeps the link list and the two doc prefixes. A result may be found by its first
mention (`result='first'`: 20301 states the `6座` 电排站 in its results board and again in its fourth group's
comment; the link takes the board's line, the first mention naming what is counted). A target with no result is
listed with None and skipped: the list's counts (`12件`, `37项`, `六个` heats, `一条` lane), last year's `11件`,
the `5万元` building grant per 颐养之家 and the `三个` lakeside towns (no figure in the report), and the `15个`
reading points, which the report says were `全部建成开放` without a figure.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9.46亿元', '计划总投资'), ('9.58亿元', '完成投资')),
    (('3.1亿元', '县级财政'), ('3.1亿元', '县级财政')),
    (('420个', '普惠托位'), ('436个', '普惠托位')),
    (('12个', '托班'), ('12个', '托班')),
    (('3.6个', '托位'), ('3.7个', '托位')),
    (('1.2万名', '孕妇'), ('1.26万名', '产前筛查')),
    (('93%', '儿童眼保健和视力检查覆盖率'), ('95.1%', '儿童眼保健和视力检查覆盖率')),
    (('3所', '中小学'), ('3所', '学校')),
    (('4050个', '学位'), ('4050个', '学位')),
    (('180名', '教师'), ('176名', '教师')),
    (('5家', '乡镇卫生院'), ('5家', '卫生院')),
    (('30个', '村卫生室'), ('31个', '村卫生室')),
    (('6万名', '老年人免费体检'), ('6.21万人', '体检')),
    (('40个', '农村颐养之家'), ('42个', '农村颐养之家')),
    (('2元', '入家老人每餐补助'), ('2元', '入家老人每餐补助')),
    (('28个', '老旧小区'), ('28个', '老旧小区')),
    (('5600户', '居民'), ('5873户', '居民')),
    (('60部', '加装电梯'), ('64部', '加装电梯')),
    (('150户', '农村危房改造'), ('141户', '危房改造')),
    (('925元', '城乡低保标准'), ('925元', '低保标准')),
    (('320名', '残疾儿童'), ('338名', '康复救助')),
    (('6500人', '城镇新增就业'), ('7012人', '城镇新增就业')),
    (('5000人次', '职业技能培训'), ('5386人次', '技能培训')),
    (('200个', '退捕渔民公益性岗位'), ('212个', '退捕渔民公益性岗位')),
    (('120公里', '农村公路'), ('126公里', '农村公路')),
    (('2条', '城乡公交线路'), ('2条', '公交线路')),
    (('20个', '生活污水治理沿湖行政村'), ('20个', '污水治理村')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('6座', '圩区电排站'), ('6座', '电排站')),
    (('4000户', '老人家庭燃气报警器'), ('4000户', '燃气报警器')),
    (('300场', '送戏下乡'), ('312场', '送戏')),
    (('12件', '民生实事'), None),
    (('37项', '民生实事'), None),
    (('六个', '预赛组'), None),
    (('11件', '实事'), None),
    (('5万元', '建设资金'), None),
    (('三个', '沿湖乡镇'), None),
    (('15个', '乡镇全民阅读点'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='20300', report='20301', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 19400 plan / 19401 report).

Run inside tests/heldout194:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is 吴起县's paper-cut exhibition labels (2027 targets), the report a 陕北说书 script
performed in January 2028 that sings the results. The script restates some targets (`一千三百对`, `45名`, `400名`,
`八十五`, `一百二`, `三亿八千六百万`, `十二件`: target records of 19401); the links go from the plan's records. The
investment links to the spoken `完成投资三亿七千二百万元` (it names what is counted), not the sung `花了三亿七千二百万`.
A target with no result is listed with None and skipped: the list's count `12件` (restated, not answered), the two
托育点 (`托育点盖在街道和铁边城`, no figure) and the teaching building `1栋` (`三小的新楼九月里交`, no figure).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.86亿元', '计划总投资'), ('三亿七千二百万元', '完成投资')),
    (('120个', '普惠托位'), ('一百二十六', '托位')),
    (('1300对', '孕前优生健康检查'), ('1341对', '孕前优生检查')),
    (('92%', '儿童眼保健和视力检查覆盖率'), ('93.5%', '覆盖率')),
    (('540个', '学位'), ('五百四十个', '学位')),
    (('45名', '教师'), ('43名', '老师')),
    (('18个', '村卫生室'), ('十八个', '村卫生室')),
    (('6000人', '两癌筛查'), ('六千二百一十人', '两癌免费查')),
    (('6个', '村级互助幸福院'), ('六个', '幸福院')),
    (('10个', '老年助餐点'), ('十一个', '助餐点')),
    (('5万人次', '助餐'), ('五万六千人次', '老人吃饭')),
    (('60元', '高龄补贴'), ('60元', '高龄补贴')),
    (('150户', '农村危窑危房改造'), ('一百五十二户', '危窑危房')),
    (('4个', '老旧小区'), ('四个', '老旧小区')),
    (('860户', '居民'), ('八百六十户', '居民')),
    (('400名', '残疾人'), ('415名', '残疾人')),
    (('780元', '城乡低保标准'), ('780元', '低保标准')),
    (('2200人', '城镇新增就业'), ('两千三百五十六', '就业')),
    (('3000人次', '职业技能培训'), ('三千一百二十人次', '技能培训')),
    (('300个', '公益性岗位'), ('三百个', '公益岗位')),
    (('85公里', '农村公路'), ('八十一公里', '农村公路')),
    (('2条', '城乡公交线路'), ('两条', '城乡公交线')),
    (('60平方公里', '水土流失综合治理面积'), ('六十二平方公里', '水土流失')),
    (('12个', '生活污水治理行政村'), ('十二个', '村')),
    (('3个', '口袋公园'), ('三个', '口袋公园')),
    (('20座', '病险淤地坝除险加固'), ('二十座', '病险的淤地坝')),
    (('5000户', '燃气泄漏报警器安装'), ('五千一百二十户', '燃气报警器')),
    (('120场', '送戏下乡'), ('一百二十六场', '送戏下乡')),
    (('80场', '陕北说书进村'), ('九十二场', '说书进村')),
    (('2万册', '农家书屋图书'), ('两万册', '农家书屋新书')),
    (('12件', '民生实事'), None),
    (('2个', '普惠托育点'), None),
    (('1栋', '教学楼'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='19400', report='19401')

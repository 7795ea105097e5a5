#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 22900 plan / 22901 report).

Run inside tests/heldout229:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator, and runs the shared `tools/make_links.py`. The plan is the district's 2026 "航班牌"
(14 rows, the cells of its table and the notes under it); the report is the year-end "摆渡日志" (one entry per
row). A target with no result is listed with None and skipped: the list's count `14个`, the 区级财政 `1.42亿元`, and
the notes' figures the log does not answer (教学楼 `8600平方米`, the 助餐点 subsidy `10万元`, the `2元` meal cut, `42栋`,
`2300人`, the `5000元` cap, the `2元` fare).
"""
import runpy
from pathlib import Path

LINKS = [
    (('3.86亿元', '计划总投资'), ('3.71亿元', '完成投资')),
    (('240', '普惠托位'), ('252个', '普惠托位')),
    (('4个', '婴幼儿托位'), ('4.1个', '托位')),
    (('1800', '婴幼儿家庭入户育儿指导'), ('1937人次', '入户育儿指导')),
    (('720', '学位'), ('720个', '学位')),
    (('30名', '教师'), ('28名', '教师')),
    (('1600', '社区卫生服务中心改造'), ('1650平方米', '社区卫生服务中心改造')),
    (('1.2', '海岛居民免费健康体检'), ('1.27万人', '免费体检')),
    (('500名', '渔家妇女两癌检查'), ('536人', '渔家妇女两癌检查')),
    (('9', '老年助餐点'), ('10个', '老年助餐点')),
    (('7', '老旧小区'), ('6个', '老旧小区改造完工')),
    (('1860户', '居民'), ('1592户', '居民')),
    (('8.5', '供水管网改造'), ('8.7公里', '供水管网')),
    (('260', '困难渔民家庭临时救助资金'), ('271.5万元', '临时救助资金')),
    (('1500', '紫菜养殖、渔家乐经营技能培训'), ('1618人次', '紫菜养殖、渔家乐经营培训')),
    (('2', '城乡公交线路'), ('2条', '城乡公交线路', 'first')),
    (('8辆', '公交车'), ('8辆', '公交车')),
    (('12', '岸滩整治及海漂垃圾清理'), ('12.6公里', '岸滩整治')),
    (('20个', '海岸线垃圾收集点'), ('22个', '垃圾收集点')),
    (('380', '渔船北斗终端'), ('392台', '北斗终端')),
    (('100%', '渔船北斗终端安装率'), ('100%', '渔船终端安装率')),
    (('60', '送戏进村'), ('64场', '送戏进村')),
    (('80个', '公共停车场泊位'), ('80个', '公共停车场泊位')),
    (('14个', '为民办实事项目'), None),
    (('1.42亿元', '区级财政'), None),
    (('8600平方米', '教学楼建筑面积'), None),
    (('10万元', '助餐点区级补助'), None),
    (('2元', '老人餐费减免'), None),
    (('42栋', '楼栋'), None),
    (('2300人', '受益群众'), None),
    (('5000元', '临时救助'), None),
    (('2元', '票价'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='22900', report='22901')

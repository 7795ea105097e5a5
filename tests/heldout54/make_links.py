#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 5400 plan / 5401 report).

Run inside tests/heldout54:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. Targets with no result are listed with None and skipped: the communique's 低保 raise, doctors per
千人口, 高龄津贴 standard, 客运班线, 退化草原, 微型消防站 and 雪域书屋 (the audit sheet's 21 indicators do not include them) and the
学前 入园率 goal.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.6亿元', '民生项目资金'), ('2.47亿元', '民生项目投资')),
    (('60个', '普惠托位'), ('64', '普惠托位')),
    (('1200人次', '儿童健康筛查'), ('1315', '儿童健康筛查')),
    (('2个', '儿童之家'), ('2', '儿童之家')),
    (('360个', '学位'), ('360', '学位')),
    (('40套', '教师周转宿舍'), ('40', '教师周转宿舍')),
    (('150人次', '教师跟岗研修'), ('153人次', '教师跟岗研修')),
    (('5个', '村卫生室'), ('5', '村卫生室')),
    (('8000人', '成人包虫病、高原病筛查'), ('8120人', '成人包虫病、高原病筛查')),
    (('6个', '老年助餐点'), ('6', '老年助餐点')),
    (('120户', '特殊困难老年人家庭'), ('126', '适老化改造')),
    (('850户', '农牧民安居房维修加固'), ('861', '农牧民安居房维修加固')),
    (('4.5公里', '县城集中供暖管网'), ('3.2', '县城集中供暖管网')),
    (('8座', '水冲式公共厕所'), ('8', '水冲式公共厕所')),
    (('300名', '残疾人'), ('312', '残疾人基本康复服务')),
    (('400人', '城镇新增就业'), ('436', '城镇新增就业')),
    (('2600人次', '农牧民转移就业'), ('2874', '农牧民转移就业')),
    (('1500人次', '职业技能培训'), ('1542', '职业技能培训')),
    (('65公里', '通村公路'), ('65', '通村公路')),
    (('30个', '垃圾收集点'), ('30', '垃圾收集点')),
    (('1800户', '液化气安全阀门'), ('1800', '液化气安全阀门')),
    (('80场', '送文化下乡'), ('93', '送文化下乡')),
    (('5%', '城乡低保标准'), None),
    (('2.8人', '执业（助理）医师'), None),
    (('260元', '高龄津贴标准'), None),
    (('2条', '客运班线'), None),
    (('12万亩', '退化草原治理'), None),
    (('7个', '乡镇微型消防站'), None),
    (('5个', '雪域书屋'), None),
    (('85%', '学前三年毛入园率'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='5400', report='5401', target='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 28000 plan / 28001 report, 汪清县百草沟镇 2026).

Run inside tests/heldout280:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span text and
indicator; runs the shared `tools/make_links.py`. The report is a reconciliation statement whose `｜` table restates
every plan figure in its `存单约定` column (target records of 28001): the links go from the plan's records to the
`实际兑付` cells (achieved), or to the notes for the two items the table leaves out (`1处` 学生食堂, `1台` DR设备).
Listed with None (no result): the vote's and the list's counts (`8个`, `8件`, `8张`), each certificate's money
(`860万元` … `64万元`, `520万元`: the report gives only the total), `9个` 自然屯, the `3.5万元` cap per household, the
`300人` dining capacity (the report counts `320个` seats, another unit), and the `100元` monthly subsidy (restated in the
report as the rate paid, stock).
"""
import runpy
from pathlib import Path

LINKS = [
    (('6栋', '老旧楼房'), ('6', '暖房子改造楼房')),
    (('3.1万平方米', '建筑面积'), ('3.24', '暖房子改造面积')),
    (('418户', '居民'), ('431', '居民')),
    (('12处', '村级老年活动室'), ('12', '老年活动室')),
    (('2片', '门球场'), ('3', '门球场')),
    (('18.5公里', '屯内道路'), ('17.3', '屯内道路')),
    (('3座', '过水桥涵'), ('3', '过水桥涵')),
    (('300户', '室内水冲厕所'), ('312', '户厕改造')),
    (('26户', '农村危房'), ('24', '危房改造')),
    (('120张', '寄宿床位'), ('120', '寄宿床位')),
    (('1处', '学生食堂'), ('1处', '学生食堂')),
    (('500人次', '厨师、护理、电焊培训'), ('563', '技能培训')),
    (('800人', '劳务输出'), ('914', '劳务输出')),
    (('60个', '公益性岗位'), ('60', '公益性岗位')),
    (('1台', 'DR设备'), ('1台', 'DR设备')),
    (('5个', '村卫生室'), ('5', '村卫生室')),
    (('2400人', '老年人免费体检'), ('2517', '老年人免费体检')),
    (('4个', '村文化广场'), ('4', '文化广场')),
    (('6000册', '农家书屋图书'), ('6000', '农家书屋图书')),
    (('40场', '送戏下乡'), ('46', '送戏下乡')),
    (('2015万元', '存入金额合计'), ('1968.4', '资金')),
    (('8个', '当选项目'), None),
    (('8件', '实事'), None),
    (('860万元', '存入金额'), None),
    (('520万元', '省级补助'), None),
    (('9个', '自然屯'), None),
    (('3.5万元', '危房改造补助'), None),
    (('300人', '同时就餐'), None),
    (('100元', '高龄补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='28000', report='28001')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 19300 plan / 19301 report).

Run inside tests/heldout193:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (a bronze drum's rubbing, 19300) states some targets twice (its reader's note repeats
`一万二千平方米` and `二万一千人` beside the plan table's `1.2万平方米`, `2.1万人`): the link takes the first mention, the
ring's (`target='first'`). The report (a song book, 19301) restates several targets in the men's questions (target
records) and answers them in the women's; the `六十块` of the song and the `60元` of its footnote are one result: the
link takes the first, the song's (`result='first'`). A target with no result is listed with None and skipped: the
list's `十件` and `三十一个` (the song answers them with parts done, `九件`, `二十九个`, not a figure of the whole), the
maternity building's `一栋` (`主体已封顶`, no figure), the county's own money `一亿一/千四百万元`, the tank size
`三十立方米` (the song's `三十方` is in no unit of units.csv, so no record).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('五亿二千八百万元', '计划总投资'), ('五亿零六百万', '总投资')),
    (('二百四十个', '普惠托位'), ('二百六', '托位')),
    (('一千二百名', '孕妇'), ('一千三', '孕妇筛查')),
    (('一千零八十个', '学位'), ('一千零八十个', '学位')),
    (('八十五名', '教师'), ('八十二', '老师')),
    (('一万二千平方米', '寄宿制学校宿舍'), ('一万二千四百平方米', '宿舍改造')),
    (('二十六个', '村卫生室'), ('二十六个', '村卫生室')),
    (('二万一千人', '老人免费体检'), ('两万三千五', '老人体检')),
    (('百分之七十五', '家庭医生签约服务覆盖率'), ('百分之七十七点二', '家医签约')),
    (('一百二十张', '乡镇敬老院护理型床位'), ('一百二十张', '护理床位')),
    (('十四个', '农村幸福院（长者饭堂）'), ('十五个', '幸福院')),
    (('六十元', '高龄津贴'), ('六十块', '高龄津贴')),
    (('三百二十个', '家庭水柜'), ('三百三十六', '水柜')),
    (('一百五十户', '农村危房改造'), ('一百五十户', '危房改造')),
    (('30座', '屯级公厕'), ('三十座', '屯里公厕')),
    (('一千五百人', '城镇新增就业'), ('一千六百八', '城镇新增就业')),
    (('二千八百人', '转移农村劳动力就业'), ('三千零五十', '转移就业')),
    (('六百个', '乡村公益性岗位'), ('六百一十二', '公益岗位')),
    (('五十八公里', '通屯路'), ('六十一公里', '硬化通屯道路')),
    (('二条', '城乡公交班线'), ('两条', '公交线')),
    (('一万五千亩', '石漠化综合治理'), ('一万六千亩', '石漠治理')),
    (('十二个', '微型消防站'), ('十二个', '消防站')),
    (('三个', '“黑衣壮”非遗传习所'), ('三个', '传习所')),
    (('一百二十场', '送戏下乡'), ('一百三十六场', '送戏下乡')),
    (('十件', '为民办实事'), None),
    (('三十一个', '子项'), None),
    (('一栋', '县妇幼保健院产科楼'), None),
    (('一亿一/千四百万元', '县级财政'), None),
    (('三十立方米', '家庭水柜容积'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='19300', report='19301', target='first', result='first')

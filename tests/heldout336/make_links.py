#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 33600 plan / 33601 report).

Run inside tests/heldout336:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is a Tibetan-opera script (新编藏戏《布久新春》演出本) whose sung and spoken lines carry the
2026 targets, in Chinese numerals for the money; the report is the district office's letter recommending the township
(推荐函) with an annex table `序号｜项目｜单位｜年度目标｜完成｜完成率（%）`. A result is taken from the annex's `完成`
cell where the annex has the row; the day-care beds from the letter's prose (`设床位20张`, the first mention naming what
is counted; the annex restates them as `20`), the households served by the water pipes from the annex's note (`326户`),
the money and the aid-Tibet funds and the old-age allowance from the letter's prose.
A target with no result is listed with None and skipped: the list's counts (`十件`, `二十六个`: the letter answers them
with `24个` done and `2个` nearly done, which count parts, not the list), the district-and-above funds, `三个` trades,
the post allowance, the kindergarten building, the six teachers, the oxygen concentrators, the day-care centre itself
(told as opened, no figure), the daily capacity `60人` (the letter's `日均就餐52人` is a level, stock), the bridge and
its length (told as opened), the garbage trucks, the opera troupes, the books, the fire crew and its members, and the
heating allowance, its households and the relief fund.
"""
import runpy
from pathlib import Path

LINKS = [
    (('三千八百六十万元', '总投资'), ('3712万元', '完成投资')),
    (('一千二百万元', '援藏资金'), ('1200万元', '援藏资金')),
    (('650人', '农牧民转移就业'), ('688', '农牧民转移就业')),
    (('260人次', '技能培训'), ('274', '农牧民技能培训')),
    (('30个', '乡村公益性岗位'), ('30', '乡村公益性岗位')),
    (('90个', '学位'), ('90', '乡中心幼儿园学位')),
    (('120间', '学生宿舍取暖设施'), ('120', '学生宿舍取暖改造')),
    (('2800人', '农牧民健康体检'), ('2936', '农牧民健康体检')),
    (('4个', '村卫生室标准化改造'), ('4', '村卫生室标准化改造')),
    (('1500人', '包虫病筛查'), ('1618', '包虫病筛查')),
    (('20张', '床位'), ('20张', '床位')),
    (('150元', '高龄补贴'), ('150元', '高龄补贴')),
    (('46户', '农房抗震改造'), ('44', '农房抗震改造')),
    (('7.5公里', '供水管网'), ('7.8', '供水管网')),
    (('312户', '受益农户'), ('326户', '受益农户')),
    (('12.6公里', '通村路'), ('13.1', '通村路')),
    (('1.2万株', '植树'), ('1.26', '尼洋河沿岸植树')),
    (('18个', '垃圾收集点'), ('18', '村庄垃圾收集点')),
    (('24场', '送戏下村'), ('28', '送戏下村')),
    (('600具', '灭火器'), ('600', '灭火器')),
    (('十件', '民生实事'), None),
    (('二十六个', '项目'), None),
    (('一千九百万元', '区级以上资金'), None),
    (('三个', '工种'), None),
    (('1800元', '公益性岗位补助'), None),
    (('一栋', '保教楼'), None),
    (('6名', '双语教师'), None),
    (('一台', '制氧机'), None),
    (('一个', '老年日间照料中心'), None),
    (('60人', '就餐老人'), None),
    (('一座', '钢筋混凝土桥'), None),
    (('42米', '桥长'), None),
    (('2辆', '清运车'), None),
    (('2支', '业余藏戏队'), None),
    (('3000册', '农家书屋新书'), None),
    (('1支', '半专业扑火队'), None),
    (('40人', '扑火队员'), None),
    (('1200元', '冬季取暖补贴'), None),
    (('135户', '低保户、特困户'), None),
    (('20万元', '临时救助资金'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='33600', report='33601', target='first', result='first')

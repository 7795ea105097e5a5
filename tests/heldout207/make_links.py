#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 20700 plan / 20701 report).

Run inside tests/heldout207:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (上思县's 2025 民生“欠条”) states `60元` 高龄津贴 twice (the list and a resident's words) and
`12公里` 通屯道路 twice (the list's carry-over and the 2024 paragraph's remainder): `target='first'` takes the list's.
The report (the 收条 compilation) answers groups 7–11 in a `｜` table whose bare result cells take the row's 单位;
the road's result is taken from the paragraph that names it (`实还39公里`), not the table cell. A target with no result
is listed with None and skipped: the list's counts and money (`十一件`, `30项`, `1.12亿元`), and the targets the report
says were repaid without a figure (`120户` 危房改造 `已还清`, `1.2万人` 两癌筛查 `已还清`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.46亿元', '计划总投资'), ('3.52亿元', '完成投资')),
    (('120个', '普惠托位'), ('128个', '普惠托位')),
    (('3.6个', '3岁以下婴幼儿托位'), ('3.7个', '托位')),
    (('1000人次', '入户科学育儿指导'), ('1086人次', '入户科学育儿指导')),
    (('800对', '免费孕前优生健康检查'), ('812对', '孕前优生健康检查')),
    (('1所', '小学'), ('1所', '小学')),
    (('1350个', '学位'), ('1350个', '学位')),
    (('60名', '乡村教师'), ('57名', '乡村教师')),
    (('2.1万人', '农村学校营养改善计划覆盖学生'), ('2.14万人', '营养改善计划惠及学生')),
    (('30个', '村卫生室'), ('31个', '村卫生室')),
    (('2.6万人', '老年人免费健康体检'), ('2.71万人', '老年人免费健康体检')),
    (('15个', '屯级互助养老服务点'), ('16个', '屯级互助养老服务点')),
    (('300户', '特殊困难老年人家庭'), ('304户', '特殊困难老年人家庭适老化改造')),
    (('60元', '高龄津贴'), ('60元', '高龄津贴')),
    (('6个', '城镇老旧小区'), ('6个', '老旧小区')),
    (('1400户', '居民'), ('1412户', '居民')),
    (('20座', '农村公厕'), ('20座', '农村公厕')),
    (('250座', '家庭水柜'), ('263座', '家庭水柜')),
    (('500名', '残疾人'), ('531名', '残疾人')),
    (('4.3万人', '防返贫保险覆盖'), ('4.36万人', '防返贫保险覆盖')),
    (('2200人', '城镇新增就业'), ('2386', '城镇新增就业')),
    (('3000人次', '农村劳动力转移就业技能培训'), ('3215', '转移就业技能培训')),
    (('800个', '乡村公益性岗位'), ('800', '乡村公益性岗位')),
    (('45公里', '通屯道路'), ('39公里', '通屯道路')),
    (('12公里', '通屯道路'), ('12公里', '通屯道路')),
    (('2条', '城乡公交线路'), ('2', '城乡公交线路')),
    (('30个', '生活污水治理自然屯'), ('30', '生活污水治理自然屯')),
    (('12公里', '城区河道'), ('12.5', '城区河道清理')),
    (('3000个', '独立式烟感报警器'), ('3068', '烟感报警器')),
    (('12个', '微型消防站'), ('12', '微型消防站')),
    (('150块', '防溺水警示牌'), ('176', '防溺水警示牌')),
    (('150场', '送壮剧、山歌下乡'), ('162', '送壮剧、山歌下乡')),
    (('1200场', '农村公益电影放映'), ('1236', '农村公益电影放映')),
    (('10个', '屯级文体小广场'), ('10', '屯级文体小广场')),
    (('十一件', '民生实事'), None),
    (('30项', '民生实事'), None),
    (('1.12亿元', '县本级财政'), None),
    (('120户', '农村低收入群体危房改造'), None),
    (('1.2万人', '两癌筛查'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='20700', report='20701', target='first', result='first')

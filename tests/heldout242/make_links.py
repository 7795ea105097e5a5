#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 24200 plan / 24201 report).

Run inside tests/heldout242:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is the county's three X-banners for the 2027 为民办实事工程 (24200); the report is the
yearbook office's proof-reading sheet of the 2027 entry (24201), whose corrections table comes before the approved
text: where a corrected figure stands in the table (`完成投资3.58亿元`, `新增普惠托位252个`, `老年助餐点16个`,
`新改建农村公路58.6公里`, `老年人免费体检2.71万人`) the link takes that first mention (`result='first'`), as it names
what is counted; the withdrawn 原稿 figures are no records. A target with no result is listed with None and skipped:
the list's counts and money the report answers with no figure of its own (`10大类`, `32项`, `1.15亿元`, `1.86亿元`),
the two 托育点 (`1个` each: `建成开园`), the teaching building (`1栋`, `3200平方米`) and its `450个` places (put off to
2028: a target of 2028, not a result), `18个` 村卫生室 (`全部完成`) and the `2个` 急救站 (`投入运行`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.72亿元', '计划总投资'), ('3.58亿元', '完成投资')),
    (('240个', '普惠托位'), ('252个', '普惠托位')),
    (('1500人次', '入户科学育儿指导'), ('1632人次', '入户科学育儿指导')),
    (('3个', '乡镇养老服务中心'), ('3个', '乡镇养老服务中心')),
    (('20个', '村级居家养老服务站'), ('21个', '村级居家养老服务站')),
    (('15个', '老年助餐点'), ('16个', '老年助餐点')),
    (('6万人次', '助餐'), ('6.4万人次', '助餐')),
    (('300户', '特殊困难老年人家庭'), ('312户', '特殊困难老年人家庭')),
    (('1.1万人', '高龄津贴'), ('1.13万人', '高龄津贴')),
    (('630个', '学位'), ('630个', '学位')),
    (('85名', '中小学教师'), ('82名', '中小学教师')),
    (('4000套', '课桌椅'), ('4000套', '课桌椅')),
    (('2.6万人', '老年人免费体检'), ('2.71万人', '老年人免费体检')),
    (('1.2万人', '两癌筛查'), ('1.26万人', '两癌筛查')),
    (('7个', '城镇老旧小区'), ('7个', '城镇老旧小区')),
    (('1460户', '居民'), ('1482户', '居民')),
    (('120户', '农村低收入群体危房改造'), ('126户', '农村危房改造')),
    (('15座', '农村公厕'), ('15座', '农村公厕')),
    (('12处', '农村供水工程'), ('12处', '农村供水工程')),
    (('2.3万人', '受益人口'), ('2.4万人', '受益人口')),
    (('6200元', '农村低保标准'), ('6200元', '农村低保标准')),
    (('600名', '残疾人'), ('637名', '残疾人')),
    (('150户', '困难重度残疾人家庭无障碍改造'), ('150户', '困难重度残疾人家庭无障碍改造')),
    (('3000人', '城镇新增就业'), ('3268人', '城镇新增就业')),
    (('4000人', '农村劳动力转移就业'), ('4315人', '农村劳动力转移就业')),
    (('3500人次', '职业技能培训'), ('3821人次', '职业技能培训')),
    (('400个', '乡村公益性岗位'), ('412个', '乡村公益性岗位')),
    (('8000万元', '创业担保贷款'), ('9260万元', '创业担保贷款')),
    (('60公里', '农村公路'), ('58.6公里', '农村公路')),
    (('25公里', '屯级路'), ('25公里', '屯级路')),
    (('500个', '县城公共停车泊位'), ('536个', '县城公共停车泊位')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('30个', '生活污水治理自然村'), ('32个', '生活污水治理自然村')),
    (('8.5公里', '罗秀河河道整治'), ('8.5公里', '罗秀河河道整治')),
    (('2000户', '独居老人和困难家庭'), ('2046户', '独居老人和困难家庭')),
    (('180块', '防溺水警示牌'), ('196块', '防溺水警示牌')),
    (('120个', '救生圈'), ('120个', '救生圈')),
    (('10个', '微型消防站'), ('10个', '微型消防站')),
    (('120场', '送彩调、壮剧下乡'), ('134场', '送彩调、壮剧下乡')),
    (('12块', '村BA标准篮球场'), ('12块', '村BA标准篮球场')),
    (('1300场', '农村公益电影'), ('1386场', '农村公益电影')),
    (('20场', '壮族三月三系列文体活动'), ('23场', '壮族三月三系列文体活动')),
    (('10大类', '为民办实事工程'), None),
    (('32项', '为民办实事工程'), None),
    (('1.15亿元', '县本级财政资金'), None),
    (('1.86亿元', '上级资金'), None),
    (('1个', '乡镇托育点'), None),
    (('1栋', '教学楼'), None),
    (('3200平方米', '建筑面积'), None),
    (('450个', '学位'), None),
    (('18个', '村卫生室'), None),
    (('2个', '急救站'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='24200', report='24201', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 26400 plan / 26401 report).

Run inside tests/heldout264:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report states most results twice, on a table card's back and again in its summary table
(`｜1542｜`): the links take the card's sentence, the first mention that names what is counted. The summary table's
`年初计划` cells restate the plan's targets inside the report (target records of 26401): the links go from the plan's
records. A target with no result is listed with None and skipped: the list's counts (`10件`, `十件`), the school's
floor area `1860平方米`, the class hours `2课时`, the allowance rate `50元` (the report states it as a rate in force,
stock, not a result), the house-repair cap `3.2万元` and the town's own share `850万元`, which the report does not
answer with a figure.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1500人', '转移农村劳动力就业'), ('1542人', '转移农村劳动力就业')),
    (('260人', '新增城镇就业'), ('271人', '新增城镇就业')),
    (('80个', '乡村公益性岗位'), ('80个', '乡村公益性岗位')),
    (('12.6公里', '屯级道路'), ('13.1公里', '屯级道路')),
    (('9个', '自然屯'), ('9个', '通水泥路的屯')),
    (('1条', '农村客运班线'), ('1条', '农村客运班线')),
    (('210座', '家庭水柜'), ('216座', '家庭水柜')),
    (('6处', '农村集中供水工程'), ('6处', '集中供水工程')),
    (('3400人', '受益群众'), ('3500人', '受益')),
    (('2800人', '老年人免费健康体检'), ('2912人', '老年人免费体检')),
    (('5个', '村卫生室'), ('5个', '村卫生室改造')),
    (('1栋', '学生宿舍楼'), ('1栋', '学生宿舍楼')),
    (('240个', '寄宿床位'), ('240个', '寄宿床位')),
    (('8名', '特岗教师'), ('7名', '特岗教师到岗')),
    (('60块', '防溺水警示牌'), ('64块', '防溺水警示牌')),
    (('120个', '救生圈'), ('120个', '救生圈')),
    (('2个', '村级老年人日间照料中心'), ('2个', '村级日间照料中心')),
    (('20张', '床位'), ('20张', '床位')),
    (('300名', '80周岁以上老人'), ('312名', '老人')),
    (('40户', '农村低收入群体危房改造'), ('38户', '危房改造')),
    (('150座', '农村户厕'), ('156座', '户厕')),
    (('3个', '农家书屋提升点'), ('3个', '农家书屋提升点')),
    (('24场', '送戏下乡演出'), ('26场', '送戏下乡演出')),
    (('18个', '垃圾收集池'), ('18个', '垃圾收集池')),
    (('4个', '生活污水治理自然屯'), ('4个', '生活污水治理自然屯')),
    (('3260万元', '计划总投资'), ('3188万元', '完成投资')),
    (('2410万元', '上级资金'), ('2410万元', '上级资金')),
    (('10件', '为民办实事项目'), None),
    (('十件', '实事'), None),
    (('1860平方米', '建筑面积'), None),
    (('2课时', '防溺水专题教育'), None),
    (('50元', '高龄津贴'), None),
    (('3.2万元', '危房改造补助'), None),
    (('850万元', '镇级自筹'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='26400', report='26401', target='first', result='first')

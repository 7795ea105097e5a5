#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 17400 plan / 17401 report).

Run inside tests/heldout174:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report states `3.02亿元` 完成投资 twice (the host's line and the caption after it): the link takes
the first (`result='first'`). A target with no result is listed with None and skipped: the list's own count and money
sources (`12件`, `1.42亿元`, `1.07亿元`), the targets the report answers without a figure (the 托育综合服务中心 `1处`
`开园`, the boarding school `1所` `投用`, the boarding allowances `1000元`/`1250元` `足额发放`, the 爱心超市 `40个`
`全部建成`, the grain-drying centre `1个` `投产`), the per-unit figures (`12万元` a canteen, `1台` a clinic), the
`14个` clinics (the report counts `14台` machines: another thing), and the `420个` public-welfare posts (the report
counts `431人` who took them: people, not posts).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.16亿元', '计划总投资'), ('3.02亿元', '完成投资')),
    (('150个', '普惠托位'), ('156个', '普惠托位')),
    (('2400人次', '产前筛查'), ('2468人次', '产前筛查')),
    (('98%', '新生儿听力筛查率'), ('98.6%', '新生儿听力筛查率')),
    (('360个', '学位'), ('360个', '学位')),
    (('240张', '学生宿舍床位'), ('240张', '宿舍床位')),
    (('45名', '特岗教师'), ('43名', '特岗教师到岗')),
    (('1.6万人', '老年人免费健康体检'), ('16412人', '老年人免费体检')),
    (('20个', '村级健身广场'), ('21个', '村级健身广场')),
    (('18个', '农村老年食堂'), ('17个', '农村老年食堂')),
    (('800户', '特殊困难老年人家庭'), ('812户', '适老化改造')),
    (('80元', '高龄津贴'), ('80元', '高龄津贴')),
    (('9个', '老旧小区'), ('9个', '老旧小区改造完工')),
    (('1860户', '住户'), ('1860户', '受益住户')),
    (('110户', '农村危房改造'), ('110户', '危房改造')),
    (('32处', '农村供水工程'), ('32处', '农村供水工程提升')),
    (('2.3万人', '受益群众'), ('2.31万人', '受益群众')),
    (('6600元', '农村低保标准'), ('6600元', '低保标准')),
    (('350名', '残疾儿童'), ('362名', '残疾儿童康复救助')),
    (('1800人', '城镇新增就业'), ('1926人', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3214人次', '职业技能培训')),
    (('86公里', '农村公路'), ('88.4公里', '农村公路')),
    (('32公里', '通组路'), ('32.6公里', '通组路')),
    (('2条', '城乡公交线路'), ('2条', '城乡公交线路')),
    (('30个', '港湾式候车亭'), ('30个', '候车亭')),
    (('12公里', '县城段河道'), ('12公里', '县城段河道治理')),
    (('2100座', '农村户用卫生厕所改造'), ('1986座', '改厕')),
    (('2.5万亩', '造林绿化'), ('2.6万亩', '造林绿化')),
    (('6000户', '燃煤取暖农户'), ('6124户', '一氧化碳报警器安装')),
    (('10个', '乡镇微型消防站'), ('10个', '微型消防站')),
    (('52场', '地质灾害隐患点避险演练'), ('55场', '避险演练')),
    (('200场', '小花戏进村惠民演出'), ('216场', '小花戏进村演出')),
    (('15个', '村级文化广场（戏台）'), ('15个', '文化广场')),
    (('3万册', '农家书屋图书'), ('3.1万册', '农家书屋图书')),
    (('5万亩', '谷子良种推广'), ('5.3万亩', '谷子良种推广')),
    (('2800户', '种植户'), ('2950户', '种植户')),
    (('12件', '民生实事', 0), None),
    (('1.42亿元', '上级资金'), None),
    (('1.07亿元', '县级财政配套'), None),
    (('1处', '公办托育综合服务中心'), None),
    (('1所', '寄宿制学校'), None),
    (('1000元', '农村寄宿生生活补助'), None),
    (('1250元', '农村寄宿生生活补助'), None),
    (('14个', '村卫生室'), None),
    (('1台', '智能健康一体机'), None),
    (('12万元', '建设资金'), None),
    (('40个', '村级爱心超市'), None),
    (('420个', '乡村公益性岗位'), None),
    (('1个', '小米烘干仓储中心'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='17400', report='17401', result='first')

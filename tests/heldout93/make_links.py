#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 9300 plan / 9301 report).

Run inside tests/heldout93:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 9300's `65%以上` 护理型床位占比 (9301 gives
`目前…占比为66.3%`, a share of the standing stock, labelled stock: never a result), `各建成1个` 嵌入式托育中心 per street (9301 counts
`两个` centres in all: another count), the reply rate `100%` and the `30名` deputies of the mid-year check (no result in 9301).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9.6亿元', '计划总投资'), ('9.21亿元', '完成投资')),
    (('5.8亿元', '区级财政'), ('5.62亿元', '区级财政资金到位')),
    (('600个', '普惠托位'), ('648个', '普惠托位')),
    (('8种', '新生儿遗传代谢性疾病筛查'), ('8种', '新生儿筛查病种')),
    (('1800个', '学位'), ('1800个', '学位')),
    (('7所', '薄弱学校食堂'), ('7所', '薄弱学校食堂')),
    (('2.3万名', '中小学生课后服务'), ('2.41万名', '中小学生课后服务')),
    (('15个', '社区老年食堂'), ('16个', '社区老年食堂')),
    (('30万人次', '助餐服务'), ('34.2万人次', '助餐服务')),
    (('800户', '特殊困难老年人家庭适老化改造'), ('812户', '适老化改造')),
    (('260张', '护理型床位'), ('240张', '护理型床位')),
    (('4.5万名', '老年人免费体检'), ('4.62万名', '老年人免费体检')),
    (('20个', '村卫生室'), ('20个', '村卫生室')),
    (('1.2万人', '两癌筛查'), ('1.26万人', '两癌筛查')),
    (('31个', '老旧小区'), ('31个', '老旧小区')),
    (('5400户', '居民'), ('5526户', '居民')),
    (('90部', '加装电梯'), ('84部', '加装电梯完工')),
    (('1200套（间）', '保障性租赁住房'), ('1260套（间）', '保障性租赁住房')),
    (('760元', '城乡低保标准'), ('760元', '低保标准')),
    (('500名', '残疾儿童康复救助'), ('517名', '残疾儿童康复救助')),
    (('1.1万人', '城镇新增就业'), ('1.23万人', '城镇新增就业')),
    (('8000人次', '职业技能培训'), ('9150人次', '职业技能培训')),
    (('350个', '公益性岗位'), ('352个', '公益性岗位')),
    (('120公里', '四好农村路'), ('126公里', '农村公路')),
    (('2000个', '公共停车泊位'), ('2150个', '公共停车泊位')),
    (('6条', '公交线路'), ('6条', '公交线路')),
    (('3段', '黑臭水体'), ('3段', '黑臭水体')),
    (('10个', '口袋公园'), ('10个', '口袋公园')),
    (('18公里', '绿道'), ('18.5公里', '绿道')),
    (('1.5万户', '居民'), ('1.52万户', '燃气泄漏报警器')),
    (('2万人次', '应急救护培训'), ('2.3万人次', '应急救护培训')),
    (('200场', '送戏下乡'), ('206场', '送戏下乡')),
    (('5个', '城市书房'), ('5个', '城市书房')),
    (('40场次', '群众性体育赛事'), ('43场次', '群众性体育赛事')),
    (('65%', '护理型床位占比'), None),
    (('1个', '嵌入式托育中心'), None),
    (('100%', '办结答复率'), None),
    (('30名', '人大代表和群众代表'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='9300', report='9301', target='first')

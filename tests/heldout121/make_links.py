#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 12100 plan / 12101 report).

Run inside tests/heldout121:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target side may match more than one record (12100 names `2700个` 学位 twice, in the explanation and in a
deputy's speech), so the link takes the first (`target='first'`); the report's restated targets (its table's 计划 column) are
target records and never a result. The presidium's adjusted figures (`100公里`, `1000个`, `4.98亿元`) are the plan's final
targets; the draft's `85公里`, `900个` and `4.86亿元` are listed with None and skipped, as are the list's `12件` and `31个`
(the report restates them as targets), the funding split, the two childcare centres (`2个`, `1个`: no count in the report),
the deputies' suggestions (`90%`, `60份`, `七成`, `2000平方米`), last year's `300户`, and the table's per-group
sub-project counts and planned money (the report gives only the total).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.98亿元', '计划总投资'), ('4.71亿元', '完成投资')),
    (('320个', '普惠托位'), ('336个', '普惠托位')),
    (('5000人次', '婴幼儿免费发育筛查'), ('5240人次', '婴幼儿免费发育筛查')),
    (('24个', '城乡老年助餐点'), ('24个', '老年助餐点')),
    (('18万人次', '助餐服务'), ('19.6万人次', '助餐服务')),
    (('450户', '特殊困难老年人家庭'), ('462户', '居家适老化改造')),
    (('150张', '家庭养老照护床位'), ('150张', '家庭养老照护床位')),
    (('5所', '中小学和幼儿园'), ('4所', '学校')),
    (('2700个', '学位'), ('2160个', '学位')),
    (('30名', '心理健康专职教师'), ('32名', '心理健康专职教师')),
    (('6.2万名', '65岁以上老年人'), ('6.48', '老年人免费健康体检')),
    (('20个', '村卫生室'), ('20', '村卫生室改造提升')),
    (('1.5万人', '两癌筛查'), ('1.53', '两癌筛查')),
    (('19个', '老旧小区'), ('19', '老旧小区改造')),
    (('4100户', '居民'), ('4236', '惠及居民')),
    (('30部', '既有住宅加装电梯'), ('22', '既有住宅加装电梯')),
    (('100公里', '新改建农村公路'), ('103.5公里', '新改建农村公路')),
    (('1000个', '公共停车泊位'), ('1086个', '公共停车泊位')),
    (('8个', '口袋公园'), ('8', '口袋公园')),
    (('3000户', '燃气泄漏报警器'), ('3120', '燃气泄漏报警器安装')),
    (('500名', '残疾人'), ('516', '残疾人基本康复服务')),
    (('860元', '城乡低保标准'), ('860', '城乡低保标准')),
    (('4500人', '城镇新增就业'), ('4870', '城镇新增就业')),
    (('6000人次', '职业技能培训'), ('6350', '职业技能培训')),
    (('180场', '送戏进万村演出'), ('192', '送戏进万村')),
    (('12件', '民生实事'), None),
    (('31个', '子项目'), None),
    (('4.86亿元', '计划总投资'), None),
    (('2.37亿元', '县级财政资金'), None),
    (('1.9亿元', '上级资金'), None),
    (('2个', '建设公办托育综合服务中心的镇'), None),
    (('1个', '公办托育综合服务中心'), None),
    (('85公里', '新改建农村公路'), None),
    (('900个', '公共停车泊位'), None),
    (('1200万元', '计划投资'), None),
    (('90%', '回访率'), None),
    (('60份', '日均供餐能力'), None),
    (('七成', '城区学位占比'), None),
    (('2000平方米', '口袋公园面积'), None),
    (('300户', '适老化改造'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='12100', report='12101', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 10900 plan / 10901 report).

Run inside tests/heldout109:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report's meal-point table answers the plan's 14 points and 8万 meals in its `合计` row (bare cells
`14`, `82020`); the 2026 carry-overs (`剩余3.5公里`, `剩余1部`) are answered in the report's notes. A target with no result
is listed with None and skipped: the list counts `10件` and `26个` (the report restates them as targets), the two funding
sources, the 托育园 count `2所` (the report names the two centres but gives no count), the fee cap `800元` (the report's
`780元` is a fee in force, stock), the 2030 托位 level, the kindergarten's area, classes and places (carried into 2028),
the dormitories `3栋`, `两癌` screening, the insurance rate, the rural meal points `10个`, the subsidies per household and
per place, the 低保 standards `780元`/`620元`, the `42栋`, `120户` of rural houses, `8座` toilets, `1.2万人` transfer
employment, `300个` posts (the report counts `292人` in post: people, not posts), the bus shelters, the buffer strip, the
15 villages' sewage, the library points and the first funds `9600万元` (the report gives no figure for them).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.86亿元', '计划总投资'), ('4.71亿元', '完成投资')),
    (('240个', '普惠托位'), ('252个', '普惠托位')),
    (('3200人次', '婴幼儿发育筛查'), ('3416人次', '婴幼儿发育筛查')),
    (('1.8万人', '老年人免费健康体检'), ('18632人', '老年人免费健康体检')),
    (('600张', '床位'), ('612张', '床位')),
    (('45名', '特岗教师和公费师范生'), ('43名', '特岗教师和公费师范生')),
    (('14个', '老年助餐点'), ('14', '新建助餐点')),
    (('8万人次', '助餐服务'), ('82020', '助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('306户', '适老化改造')),
    (('100张', '家庭养老照护床位'), ('100张', '家庭养老照护床位')),
    (('220名', '残疾儿童'), ('231名', '残疾儿童')),
    (('5个', '老旧小区'), ('5个', '老旧小区')),
    (('1160户', '居民'), ('1172户', '居民')),
    (('6部', '加装电梯'), ('4部', '加装电梯完工投用')),
    (('2800人', '城镇新增就业'), ('3015人', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4362人次', '职业技能培训')),
    (('86公里', '农村公路提质改造'), ('88.4公里', '农村公路提质改造')),
    (('2条', '断头路'), ('1条', '断头路')),
    (('6个', '口袋公园'), ('7个', '口袋公园')),
    (('2300户', '燃气泄漏报警器'), ('2418户', '燃气泄漏报警器')),
    (('2万人次', '应急救护普及培训'), ('2.23万人次', '应急救护普及培训')),
    (('200场', '送戏下乡'), ('216场', '送戏下乡')),
    (('3.5公里', '第二污水处理厂配套管网'), ('3.5公里', '第二污水处理厂配套管网')),
    (('1部', '加装电梯'), ('1部', '加装电梯')),
    (('10件', '县级民生实事项目'), None),
    (('26个', '子项目'), None),
    (('1.92亿元', '县本级财政资金'), None),
    (('2.41亿元', '上级资金'), None),
    (('2所', '普惠性托育园'), None),
    (('800元', '托位收费'), None),
    (('4.5个', '3岁以下婴幼儿托位'), None),
    (('4200平方米', '建筑面积'), None),
    (('12个', '班'), None),
    (('360个', '学位'), None),
    (('3栋', '农村寄宿制学校宿舍'), None),
    (('6000人', '两癌免费筛查'), None),
    (('95%', '城乡居民医保参保率'), None),
    (('10个', '农村助餐点'), None),
    (('3000元', '居家适老化改造补助'), None),
    (('780元', '城乡低保标准'), None),
    (('620元', '城乡低保标准'), None),
    (('42栋', '楼栋'), None),
    (('120户', '农村低收入群体危房改造'), None),
    (('8座', '公厕'), None),
    (('1.2万人', '农村劳动力转移就业'), None),
    (('300个', '乡村公益性岗位'), None),
    (('30个', '城乡公交候车亭'), None),
    (('12公里', '浊漳河北源生态缓冲带'), None),
    (('15个', '生活污水治理行政村'), None),
    (('20个', '农家书屋示范点'), None),
    (('9600万元', '首批资金'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='10900', report='10901')

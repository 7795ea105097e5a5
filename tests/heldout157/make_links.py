#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 15700 plan / 15701 report).

Run inside tests/heldout157:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target may be found by its first mention (`target='first'`: 15700 states `300个` 普惠性托位 in
its 善育 reply and again in the reply to the keyword 托位; the link takes the first). A result is the report's
first achieved record of that name: for the engineering projects that is the cell of the table's `航拍/现场核实`
column (the report's `年度计划` cells restate the targets and are target records of 15701; the links go from the
plan's records). A target with no result is listed with None and skipped: the list's counts (`10件`, `31项`), the
targets the report says were done without a figure (`8部` 加装电梯 `全部投用`, `26名` 社工 `全部到岗`, `2条` 公交线路
`均已开通`, `14个` 微型消防站 `均已建成投用`, `200块` 警示牌 and `150套` 救生杆（圈） `全部设置到位`, the 低保
standards `800元` and `1030元` `已于2026年1月1日起执行`, the `60元` 高龄津贴 `新标准…执行`), the targets whose
result counts another thing (`1个` 社区托育点 in each of two towns against the table's `2`, the total; `40个` 托位
per point against `共提供托位96个`; the cap `6000元` per household against the average `户均…5420元`; the `60元`
standard against `1.84万人次` paid), and the plan's figures with no counterpart (`1栋` 教学楼, `900个` and `450个`
学位 of its two schools, `5元` per meal, the `2个` 小区 carried over from 2025, `2400人` more 体检).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.37亿元', '计划总投资'), ('4.12亿元', '完成投资')),
    (('1.52亿元', '县级财政'), ('1.52亿元', '县级财政资金')),
    (('300个', '普惠性托位'), ('318个', '普惠性托位')),
    (('1800名', '孕妇'), ('1852人', '免费产前筛查')),
    (('92%', '儿童眼保健和视力检查覆盖率'), ('95.1%', '儿童眼保健和视力检查覆盖率')),
    (('1350个', '公办学位'), ('1350个', '公办学位')),
    (('6800平方米', '建筑面积'), ('6830', '教学楼建筑面积')),
    (('85名', '教师'), ('82名', '教师')),
    (('100%', '课后服务覆盖率'), ('100%', '课后服务覆盖率')),
    (('24个', '村卫生站'), ('24', '村卫生站规范化改造')),
    (('3.1万名', '65岁以上老年人'), ('3.24万人', '65岁以上老年人免费体检')),
    (('1.2万名', '适龄妇女'), ('1.26万人', '宫颈癌和乳腺癌免费筛查')),
    (('25条', '全民健身路径'), ('27', '全民健身路径')),
    (('12个', '长者饭堂'), ('13', '长者饭堂')),
    (('8万人次', '助餐服务'), ('8.7万人次', '助餐')),
    (('220户', '特殊困难老年人家庭'), ('226户', '特殊困难老年人家庭')),
    (('6个', '老旧小区'), ('5', '老旧小区改造')),
    (('1860户', '居民'), ('1550户', '居民')),
    (('95户', '农村低收入群体危房改造'), ('95户', '农村危房改造')),
    (('30座', '农村公厕'), ('30', '农村公厕改造')),
    (('500名', '残疾人'), ('536名', '残疾人')),
    (('3200人', '城镇新增就业'), ('3561人', '城镇新增就业')),
    (('2600人次', '职业技能培训'), ('2874人次', '职业技能培训')),
    (('220个', '公益性岗位'), ('231个', '公益性岗位')),
    (('3000万元', '创业担保贷款'), ('3460万元', '创业担保贷款')),
    (('48公里', '农村公路提级改造'), ('46.2', '农村公路提级改造')),
    (('600个', '公共停车泊位'), ('624', '公共停车泊位')),
    (('5元', '公交票价'), ('5元', '票价')),
    (('8公里', '碧道'), ('8.3', '碧道')),
    (('36个', '生活污水治理自然村'), ('36个', '生活污水治理自然村')),
    (('5个', '口袋公园'), ('5', '口袋公园')),
    (('42%', '县城建成区绿化覆盖率'), ('42.3%', '县城建成区绿化覆盖率')),
    (('2400户', '独居老人和瓶装液化气用户'), ('2515户', '燃气泄漏报警器')),
    (('10件', '民生实事'), None),
    (('31项', '民生实事'), None),
    (('8部', '加装电梯'), None),
    (('26名', '社工'), None),
    (('2条', '城乡公交线路'), None),
    (('14个', '微型消防站'), None),
    (('200块', '防溺水警示牌'), None),
    (('150套', '救生杆（圈）'), None),
    (('800元', '农村低保标准'), None),
    (('1030元', '城镇低保标准'), None),
    (('60元', '高龄津贴'), None),
    (('1个', '社区托育点'), None),
    (('40个', '社区托育点托位'), None),
    (('6000元', '适老化改造经费'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='15700', report='15701', target='first', result='first')

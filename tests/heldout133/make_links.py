#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 13300 plan / 13301 report).

Run inside tests/heldout133:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report (a dialect TV programme's script) gives most results in its hosts' and guests' talk and
ten of them only in its on-screen box table (`【大屏】`): the links take the first mention in a sentence or a table row
that names what is counted, so 老旧小区 `42`, 居民 `1.13` (万户), 社工站 `6`, 四好农村路 `126`, 停车泊位 `2150`, 公交线路 `4`,
口袋公园 `12`, 污水治理行政村 `18` and 燃气泄漏报警器 `8420` go to the table's `完成` cells (the host repeats three of them
after the table: `老旧小区42个`, `多了2150个`, `装了8420户`), while the shoreline's `3.1公里` goes to 刘主任's sentence, which comes
before the table. The table's `年度目标` cells restate targets (target records of 13301): the links go from the plan's
records. A target with no result is listed with None and skipped: the list's counts and money the report does not
answer with a figure (`12件`, `28个` 子项目, `3.2亿元` 区级财政 `全部到位`), the targets the report says were done without a
figure (`26个` 村卫生室, `300户` 农村危房改造, `800个` 公益性岗位, `20个` 微型消防站), the per-street `1个` 社区托育点 (the
report counts the two points together, `两个社区托育点`: another count), the 2027 goal `4.5个` per 千人口, and the
opportunity lines' own figures (`1500元` fee cap, `约5万元` per fitness path, `3元` per meal), which the report does not
mention.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9.6亿元', '计划总投资'), ('9.42亿元', '完成投资')),
    (('400个', '普惠托位'), ('428个', '普惠托位')),
    (('6000人次', '产前筛查'), ('6312人次', '免费产前筛查')),
    (('93%', '儿童眼保健和视力检查覆盖率'), ('95.4%', '儿童视力检查覆盖率')),
    (('5所', '中小学和幼儿园'), ('5所', '学校和幼儿园')),
    (('3600个', '公办学位'), ('3780个', '公办学位')),
    (('1800个', '学位'), ('1800个', '学位')),
    (('1.2万盏', '护眼灯'), ('1.26万盏', '教室护眼灯')),
    (('100%', '课后服务覆盖率'), ('100%', '课后服务覆盖率')),
    (('9.5万人', '老年人免费体检'), ('9.81万人', '老年人免费体检')),
    (('2万人', '适龄妇女两癌筛查'), ('2.07万人', '两癌筛查')),
    (('40条', '全民健身路径'), ('43条', '健身路径')),
    (('30个', '老年助餐点'), ('32个', '老年助餐点')),
    (('36万人次', '助餐服务'), ('41.2万人次', '助餐')),
    (('1000户', '特殊困难老年人家庭'), ('1036户', '特殊困难老年人家庭适老化改造')),
    (('120元', '高龄津贴'), ('120块', '高龄津贴')),
    (('42个', '城镇老旧小区'), ('42', '城镇老旧小区改造')),
    (('1.1万户', '居民'), ('1.13', '涉及居民')),
    (('150部', '加装电梯'), ('163部', '加装电梯')),
    (('780元', '城乡低保标准'), ('780元', '城乡低保标准')),
    (('500名', '残疾儿童'), ('536名', '残疾儿童康复救助')),
    (('6个', '镇（街道）社会工作服务站'), ('6', '社会工作服务站')),
    (('2.2万人', '城镇新增就业'), ('2.38万人', '城镇新增就业')),
    (('1.5万人次', '职业技能培训'), ('1.62万人次', '职业技能培训')),
    (('120公里', '四好农村路'), ('126', '四好农村路')),
    (('2000个', '公共停车泊位'), ('2150', '公共停车泊位')),
    (('4条', '城乡公交线路'), ('4', '城乡公交线路')),
    (('12个', '口袋公园'), ('12', '口袋公园')),
    (('18个', '农村生活污水治理行政村'), ('18', '农村生活污水治理行政村')),
    (('3.5公里', '长江江津段岸线'), ('3.1公里', '长江岸线修复')),
    (('8000户', '居民'), ('8420', '燃气泄漏报警器')),
    (('2万人次', '应急救护培训'), ('2.35万人次', '应急救护培训')),
    (('300场', '送戏下乡'), ('316场', '送戏下乡')),
    (('8个', '城市书房'), ('8个', '城市书房')),
    (('60场', '全民健身赛事活动'), ('64场', '全民健身赛事活动')),
    (('12件', '区级重点民生实事'), None),
    (('28个', '子项目'), None),
    (('3.2亿元', '区级财政'), None),
    (('1个', '社区托育点'), None),
    (('4.5个', '3岁以下婴幼儿托位'), None),
    (('26个', '村卫生室'), None),
    (('300户', '农村危房改造'), None),
    (('800个', '公益性岗位'), None),
    (('20个', '微型消防站'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='13300', report='13301', target='first', result='first',
                same=('year', 'category', 'unit'))

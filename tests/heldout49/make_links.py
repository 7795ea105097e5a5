#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 4900 plan / 4901 report).

Run inside tests/heldout49:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 4900's `6800平方米` site area
(4901 gives none), the per-project threshold `100%` (4901 states only the overall investment rate), the nursery fee cap
`1200元` and its `三成` discount (no result), and the money table's cells per brand (4901 reports only the totals).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.86亿元', '计划总投资'), ('3.97亿元', '完成投资')),
    (('1.12亿元', '市级财政'), ('1.12亿元', '市级财政')),
    (('2.31亿元', '中央和省级资金'), ('2.43亿元', '中央和省级资金')),
    (('150个', '普惠托位'), ('162', '新增普惠托位')),
    (('3个', '社区嵌入式托育点'), ('3个', '社区嵌入式托育点')),
    (('2800人次', '婴幼儿发育筛查'), ('3015', '婴幼儿发育筛查')),
    (('6800平方米', '占地面积'), None),
    (('360个', '学位'), ('360', '第三幼儿园新增学位')),
    (('5所', '农牧区学校食堂'), ('5所', '农牧区学校食堂')),
    (('45名', '教师'), ('46名', '教师')),
    (('2个', '紧密型医共体分院'), ('2个', '医共体分院')),
    (('1.3万人', '老年人免费健康体检'), ('13580', '老年人免费健康体检')),
    (('4000人', '适龄妇女两癌筛查'), ('4120人', '两癌筛查')),
    (('12处', '社区健身路径'), ('12处', '社区健身路径')),
    (('8个', '老年助餐点'), ('9', '新增老年助餐点')),
    (('5万人次', '助餐'), ('5.8', '老年助餐')),
    (('300户', '特殊困难老年人家庭'), ('305户', '适老化改造')),
    (('120元', '高龄津贴'), ('120元', '高龄津贴')),
    (('14个', '老旧小区'), ('14', '老旧小区改造')),
    (('2100户', '居民'), ('2168户', '居民')),
    (('10部', '加装电梯'), ('8', '加装电梯')),
    (('90户', '农牧民危旧房改造'), ('90户', '农牧民危旧房改造')),
    (('780元', '城乡低保标准'), ('780元', '低保标准')),
    (('260件', '辅助器具'), ('283件', '辅助器具')),
    (('2个', '残疾人康复服务站'), ('2个', '残疾人康复服务站')),
    (('1500人', '城镇新增就业'), ('1726', '城镇新增就业')),
    (('200个', '公益性岗位'), ('212个', '公益性岗位')),
    (('3000人次', '职业技能培训'), ('3340人次', '职业技能培训')),
    (('5.5%', '城镇调查失业率'), ('4.9%', '城镇调查失业率')),
    (('38公里', '农村牧区公路'), ('38.6', '农村牧区公路')),
    (('2条', '公交线路'), ('2条', '公交线路')),
    (('20辆', '新能源公交车'), ('20辆', '新能源公交车')),
    (('500个', '公共停车泊位'), ('536个', '公共停车泊位')),
    (('6个', '口袋公园'), ('6个', '口袋公园')),
    (('12公顷', '城市绿地'), ('12.4公顷', '绿地')),
    (('8公里', '巴音河城区段清淤'), ('8公里', '巴音河清淤')),
    (('5000户', '燃气泄漏报警器'), ('5240', '燃气泄漏报警器')),
    (('10个', '微型消防站'), ('10个', '微型消防站')),
    (('100%', '完成率'), None),
    (('90%', '群众满意率'), ('94.1%', '群众满意率')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='4900', report='4901', target='first')

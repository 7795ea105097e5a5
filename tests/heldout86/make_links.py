#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 8600 plan / 8601 report).

Run inside tests/heldout86:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: the report tells the
childcare centre opened, the screening list widened, after-school service still universal, the three town centres running,
the 低保 standard raised and the buses renewed, but gives no figure for them; it restates neither the money per source nor
the list counts as results (the list counts `12件`/`36个` it restates are targets, never results); the school's design size,
the fee cap and the meal subsidy have no answer in it.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9.64亿元', '计划总投资'), ('9.31亿元', '完成投资')),
    (('600个', '普惠性托位'), ('628个', '普惠性托位')),
    (('5所', '中小学和幼儿园'), ('5所', '学校')),
    (('3600个', '公办学位'), ('3720个', '学位')),
    (('40个', '村卫生室'), ('40个', '村卫生室')),
    (('1.5万人', '“两癌”筛查'), ('1.52万人', '“两癌”筛查')),
    (('25个', '长者饭堂（老年助餐点）'), ('27个', '长者饭堂')),
    (('800户', '特殊困难老年人家庭'), ('812户', '特殊困难老年人家庭适老化改造')),
    (('14个', '老旧小区'), ('14个', '老旧小区')),
    (('3100户', '居民'), ('3186户', '居民')),
    (('20部', '加装电梯'), ('16部', '加装电梯建成投用')),
    (('450名', '残疾儿童'), ('463名', '残疾儿童')),
    (('5000人', '城镇新增就业'), ('5312人', '城镇新增就业')),
    (('8000人次', '补贴性职业技能培训'), ('8460人次', '补贴性职业技能培训')),
    (('1200人次', '渔民转产转业培训'), ('1275人次', '渔民转产转业培训')),
    (('85公里', '农村公路提级改造'), ('82.6公里', '农村公路提级改造')),
    (('1200个', '公共停车泊位'), ('1246个', '公共停车泊位')),
    (('45公里', '镇级污水管网'), ('46.2公里', '镇级污水管网')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('6000户', '燃气泄漏报警器'), ('6130户', '燃气泄漏报警器')),
    (('9000件', '救生衣'), ('9000件', '救生衣')),
    (('1800艘', '小型渔船'), ('1836艘', '小型渔船')),
    (('200场', '送戏下乡'), ('214场', '送戏下乡')),
    (('6块', '社会足球场'), ('5块', '社会足球场')),
    (('1个', '市级托育综合服务中心'), None),
    (('60种', '新生儿遗传代谢性疾病免费筛查病种'), None),
    (('100%', '义务教育学校课后服务覆盖率'), None),
    (('3个', '镇'), None),
    (('760元', '城乡低保标准'), None),
    (('30辆', '新能源公交车'), None),
    (('5.2亿元', '市级财政'), None),
    (('12件', '为民办实事事项'), None),
    (('36个', '子项'), None),
    (('36个', '班'), None),
    (('1500元', '普惠托位收费'), None),
    (('3元', '长者饭堂补贴'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='8600', report='8601', target='first')

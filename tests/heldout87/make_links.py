#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 8700 plan / 8701 report).

Run inside tests/heldout87:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 8700's year-end total `820个` 托位
(8701 reports `836个` as a stock total at year end, and a stock is never a result) and the `两轮` of screening (no report).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.6亿元', '总投资'), ('2.48亿元', '总投资完成')),
    (('1.1亿元', '县本级财政'), ('1.02亿元', '县本级资金到位')),
    (('200个', '普惠托位'), ('216个', '普惠托位')),
    (('5000人次', '婴幼儿发育筛查'), ('5120人次', '婴幼儿发育筛查')),
    (('1080个', '学位'), ('1080个', '学位')),
    (('12所', '农村学校食堂'), ('12所', '农村学校食堂')),
    (('25个', '村卫生室'), ('25个', '村卫生室')),
    (('2.2万人', '老年人免费体检'), ('2.34万人', '老年人免费体检')),
    (('15个', '农村幸福食堂'), ('16个', '幸福食堂')),
    (('350户', '特殊困难老年人家庭'), ('362户', '适老化改造')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('1460户', '居民'), ('1493户', '居民')),
    (('42公里', '农村自来水管网'), ('45.5公里', '农村自来水管网')),
    (('7个', '通自来水的村'), ('12个', '通水的村')),
    (('2200人', '城镇新增就业'), ('2416人', '城镇新增就业')),
    (('3500人次', '职业技能培训'), ('3721人次', '职业技能培训')),
    (('60公里', '农村公路提质改造'), ('58公里', '农村公路提质改造')),
    (('4条', '镇村公交线路'), ('3条', '镇村公交线路')),
    (('30个', '村庄生活污水处理设施'), ('30个', '村庄生活污水处理设施')),
    (('1800户', '燃气泄漏报警器'), ('1926户', '燃气泄漏报警器')),
    (('150场', '送戏下乡'), ('163场', '送戏下乡')),
    (('2万册', '农家书屋图书'), ('2.1万册', '农家书屋图书')),
    (('3家', '普惠托育机构'), ('3家', '普惠托育机构')),
    (('820个', '托位'), None),
    (('两轮', '婴幼儿发育筛查'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='8700', report='8701', target='first')

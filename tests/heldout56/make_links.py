#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 5600 plan / 5601 report).

Run inside tests/heldout56:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 5600's year-end total `680个` 托位 (5601's
`692个` is a stock total, never a result) and `9800万元` of county funds (5601 gives `1.02亿元` 实际投入 in 2027 for the whole list,
but the plan's 9800万元 is a 安排 of the county budget; linked would be defensible, left out as the two may differ in scope).
Where a result appears twice (the table cell and a sentence), the link takes the achieved record by text and indicator; the
table cell is the first mention that names what is counted (its row header).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.6亿元', '总投资'), ('2.71亿元', '完成投资')),
    (('120个', '普惠托位'), ('132个', '普惠托位')),
    (('1500名', '新生儿'), ('1621名', '新生儿听力筛查')),
    (('1080个', '学位'), ('1080个', '学位')),
    (('6所', '学校食堂'), ('6所', '学校食堂')),
    (('15个', '村卫生室'), ('15个', '村卫生室改造')),
    (('1.2万名', '65岁以上老年人'), ('1.26万人', '老年人免费体检')),
    (('8个', '老年助餐点'), ('8', '新建老年助餐点')),
    (('260户', '特殊困难老年人家庭'), ('274', '适老化改造')),
    (('5个', '老旧小区'), ('5个', '老旧小区')),
    (('960户', '居民'), ('982户', '居民')),
    (('6部', '既有住宅加装电梯'), ('4部', '加装电梯')),
    (('150名', '残疾儿童'), ('163', '残疾儿童康复救助')),
    (('730元', '城乡低保标准'), ('730元', '城乡低保标准')),
    (('2200人', '城镇新增就业'), ('2416', '城镇新增就业')),
    (('2500人次', '职业技能培训'), ('2731', '职业技能培训')),
    (('40公里', '农村公路'), ('38', '农村公路')),
    (('300个', '公共停车泊位'), ('316', '公共停车泊位')),
    (('4个', '口袋公园'), ('4', '口袋公园')),
    (('12公里', '污水管网'), ('12.5', '污水管网')),
    (('1800户', '燃气泄漏报警器'), ('1850', '燃气泄漏报警器')),
    (('100场', '送文化下乡'), ('112', '送文化下乡')),
    (('20个', '农家书屋'), ('20', '农家书屋')),
    (('680个', '托位'), None),
    (('9800万元', '县本级财政'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='5600', report='5601', target='first')

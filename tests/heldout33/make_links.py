#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 3306 plan / 3307 report).

Run inside tests/heldout33:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator (unique within the document's records of that stance).
Runs the shared `tools/make_links.py` (this script's logic, moved there); this file keeps the link list and the
two doc prefixes.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('43.1亿元', '计划总投资'), ('44.6亿元', '完成投资')),
    (('2000个', '普惠托位'), ('2136个', '普惠托位')),
    (('12所', '中小学幼儿园'), ('12所', '中小学幼儿园')),
    (('1.08万个', '学位'), ('1.12万个', '学位')),
    (('80个', '老年助餐点'), ('84个', '老年助餐点')),
    (('2000户', '特殊困难老年人家庭适老化改造'), ('2068户', '特殊困难老年人家庭适老化改造')),
    (('5万名', '适龄妇女两癌筛查'), ('5.3万名', '适龄妇女两癌筛查')),
    (('150个', '村卫生室'), ('150个', '村卫生室')),
    (('96个', '老旧小区'), ('96个', '老旧小区')),
    (('120部', '加装电梯'), ('108部', '加装电梯完工投用')),
    (('880元', '城市低保标准'), ('880元', '城市低保标准')),
    (('3600名', '残疾人'), ('3812名', '残疾人')),
    (('5.2万人', '城镇新增就业'), ('5.46万人', '城镇新增就业')),
    (('3000个', '城乡公益性岗位'), ('3120个', '城乡公益性岗位')),
    (('500公里', '农村公路'), ('512公里', '农村公路')),
    (('8条', '城乡公交线路'), ('9条', '城乡公交线路')),
    (('60公里', '城市污水管网'), ('63.5公里', '城市污水管网')),
    (('40个', '口袋公园'), ('40个', '口袋公园')),
    (('180公里', '老化燃气管道'), ('186公里', '老化燃气管道')),
    (('400台', 'AED'), ('400台', 'AED')),
    (('20个', '城市书房'), ('20个', '城市书房')),
    (('1000场', '送戏下乡'), ('1126场', '送戏下乡')),
    (('80%', '市级配套资金到位率'), ('81.2%', '市级配套资金到位率')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='3306', report='3307')

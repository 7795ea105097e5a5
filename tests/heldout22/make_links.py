"""Rebuild links.json (target in the 2200 plan -> result in the 2201 closing-off forms) from the gold.

Stdlib only; run inside tests/heldout22. The pairs below were chosen by reading the two
documents side by side; each side is found in the gold by (text, indicator, stance).
Runs the shared `tools/make_links.py`; this file keeps the pairs.
"""
import runpy
from pathlib import Path

PAIRS = [  # (target text, target indicator) -> (result text, result indicator)
    (('600个', '普惠托位'), ('648个', '普惠托位')),
    (('8个', '社区嵌入式托育点'), ('9个', '社区嵌入式托育点')),
    (('4.5个', '托位'), ('4.6个', '托位')),
    (('1620个', '学位'), ('1620个', '学位')),
    (('36个', '教学班'), ('36个', '教学班')),
    (('3所', '幼儿园'), ('3所', '幼儿园')),
    (('540个', '幼儿园学位'), ('570个', '幼儿园学位')),
    (('12个', '社区老年食堂'), ('13个', '社区老年食堂')),
    (('30个', '助餐点'), ('31个', '助餐点')),
    (('20万人次', '助餐'), ('23.4万人次', '助餐')),
    (('46个', '老旧小区'), ('46个', '老旧小区')),
    (('1.1万户', '居民'), ('11280户', '居民')),
    (('60部', '加装电梯'), ('63部', '加装电梯完工投用')),
    (('1.5万人', '城镇新增就业'), ('1.62万人', '城镇新增就业')),
    (('500个', '公益性岗位'), ('526个', '公益性岗位')),
    (('6000人次', '补贴性职业技能培训'), ('6835人次', '补贴性职业技能培训')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, PAIRS, plan='2200', report='2201')

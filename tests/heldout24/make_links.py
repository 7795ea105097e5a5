#!/usr/bin/env python3
"""Rebuild links.json: hand links from the 2025 targets of the plan 2400 (its section
三, the first year's list) to the results of the report 2401. Each end is given by a
few characters before the figure and the figure itself, looked up in the text and
checked against a gold record. Stdlib only; run inside tests/heldout24.
Runs the shared `tools/make_links.py`; this file keeps the pairs.
"""
import runpy
from pathlib import Path

PAIRS = [  # (plan: context, span) -> (report: context, span)
    (('扩容。新增普惠托位', '400个'), ('全年新增普惠托位', '436个')),
    (('建设社区嵌入式托育点', '5个'), ('社区嵌入式托育点建成', '4个')),
    (('改扩建藉河小学等', '4所'), ('石马坪中学教学楼等', '3所')),
    (('学校，新增学位', '3000个'), ('交付使用，新增学位', '2760个')),
    (('3.老年助餐。新增老年助餐服务点', '20个'), ('新增老年助餐服务点', '22个')),
    (('4.老旧小区改造。改造老旧小区', '32个'), ('四、老旧小区改造。', '32个')),
    (('涉及楼栋', '146栋'), ('涉及楼栋', '146栋')),
    (('、居民', '4300户'), ('、居民', '4318户')),
    (('完成既有住宅加装电梯', '50部'), ('完工投用', '34部')),
    (('5.稳岗就业。城镇新增就业', '8000人'), ('城镇新增就业', '8512人')),
    (('开发城乡公益性岗位', '600个'), ('开发城乡公益性岗位', '612个')),
    (('6.停车便民。新增公共停车泊位', '1200个'), ('新增公共停车泊位', '1263个')),
    (('充电泊位不少于', '200个'), ('其中充电泊位', '214个')),
    (('7.妇女健康。为', '1.5万名'), ('筛查', '1.38万人')),
    (('计划总投资', '4.12亿元'), ('累计完成投资', '3.96亿元')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, PAIRS, plan='2400', report='2401', key=('before', 'text'), stance='check')

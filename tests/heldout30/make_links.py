#!/usr/bin/env python3
"""Rebuild links.json: hand links from the 2026 targets of the video script 3000 (its
captions, the 字幕 cells) to the results of the evaluation report 3001. Each end is a
few characters before the figure and the figure, looked up in the text and checked
against a gold record. Stdlib only; run inside tests/heldout30.
Runs the shared `tools/make_links.py`; this file keeps the pairs.
"""
import runpy
from pathlib import Path

PAIRS = [  # (plan: context, span) -> (report: context, span)
    (('共12件　总投资约', '18.6亿元'), ('实际完成投资', '17.92亿元')),
    (('新增普惠托位', '1500个'), ('新增普惠托位', '1620个')),
    (('社区托育点', '30处'), ('社区托育点建成', '30处')),
    (('新建改扩建中小学、幼儿园', '8所'), ('（二）学校建设。', '8所')),
    (('新增学位', '6400个'), ('新增学位', '6550个')),
    (('免费“两癌”筛查', '4.2万人'), ('完成免费筛查', '4.05万人')),
    (('社区老年餐桌 +', '45个'), ('建成社区老年餐桌', '41个')),
    (('改造老旧小区', '62个'), ('（五）老旧小区改造和加装电梯。', '62个')),
    (('惠及', '1.3万户'), ('惠及居民', '13260户')),
    (('既有住宅加装电梯', '40部'), ('加装电梯完工投用', '32部')),
    (('城市低保标准不低于每人每月', '760元'), ('提高至', '760元')),
    (('城镇新增就业', '2.2万人'), ('城镇新增就业', '2.36万人')),
    (('开发公益性岗位', '1200个'), ('开发公益性岗位', '1268个')),
    (('新辟优化公交线路', '10条'), ('新辟优化公交线路', '11条')),
    (('新增公共停车泊位', '3000个'), ('新增公共停车泊位', '3120个')),
    (('更新改造燃气管道', '260公里'), ('更新改造燃气管道', '271公里')),
    (('建成口袋公园', '20个'), ('建成口袋公园', '20个')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, PAIRS, plan='3000', report='3001', key=('before', 'text'), stance='check',
                where={'year': 2026}, same=('category',))

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 21700 plan / 21701 report).

Run inside tests/heldout217:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its
span text and indicator; the shared `tools/make_links.py` writes the file. Targets with no result figure are
listed with None and skipped: the list's `6项` and money (`4860万元`, `3200万元`: the report gives only the
renovation's own 1390万元), the `2个` 远程会诊点 (`均已开通`, no figure), the `3个` 偏远自然村 (not restated),
and the `300份` daily capacity (the report's `日均约180份` is a daily average, stock, no result).
"""
import runpy
from pathlib import Path

LINKS = [
    (('6栋', '老旧楼房节能改造'), ('6栋', '老旧楼房节能改造')),
    (('318户', '居民'), ('322户', '居民')),
    (('2条', '山区微循环公交线路'), ('2条', '微循环公交线路')),
    (('14个', '站点'), ('15个', '站点')),
    (('8.6公里', '水毁村道'), ('7.9公里', '水毁村道')),
    (('1辆', '预约响应小巴'), ('1辆', '预约响应小巴')),
    (('120个', '公益性岗位'), ('126个', '公益性岗位')),
    (('800人次', '技能培训'), ('863人次', '技能培训')),
    (('200人', '劳动力转移就业'), ('213人', '转移就业')),
    (('3个', '村卫生室规范化站点'), ('3个', '规范化村卫生室')),
    (('1500人', '老年人免费体检'), ('1462人', '老年人免费体检')),
    (('5个', '村级养老助餐点'), ('5个', '村级养老助餐点')),
    (('260台', '紧急呼叫设备'), ('271台', '紧急呼叫设备')),
    (('90户', '适老化改造'), ('90户', '适老化改造')),
    (('24处', '采空区地面塌陷监测点'), ('24处', '采空区地面塌陷监测点')),
    (('11条', '山洪沟道清淤'), ('11条', '山洪沟道清淤')),
    (('5.2公里', '山洪沟道清淤'), ('5.4公里', '山洪沟道清淤')),
    (('1200个', '应急物资包'), ('1200个', '应急物资包')),
    (('16场', '避险转移演练'), ('19场', '避险转移演练')),
    (('6项', '民生实事'), None),
    (('4860万元', '计划投资'), None),
    (('3200万元', '区级资金'), None),
    (('2个', '远程会诊点'), None),
    (('3个', '偏远自然村'), None),
    (('300份', '供餐能力'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='21700', report='21701', target='first', result='first')

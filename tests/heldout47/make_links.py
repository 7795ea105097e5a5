#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 4700 plan / 4701 report).

Run inside tests/heldout47:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 4700's `1栋` 教学楼 (4701 says
only that its main structure is finished, with no count) and `1台` DR equipment per clinic (4701 counts `7台` in all:
another unit of count, not the plan's per-clinic figure).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.08亿元', '调整后预算'), ('2.04亿元', '民生实事资金实际支出')),
    (('1所', '县托育综合服务中心'), ('1所', '县托育综合服务中心')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('1栋', '教学楼'), None),
    (('600个', '学位'), ('600个', '学位')),
    (('48套', '周转宿舍'), ('48套', '周转宿舍')),
    (('1台', 'DR设备'), None),
    (('1.1万人', '老年人健康体检'), ('1.17万人', '老年人健康体检')),
    (('12个', '老年助餐点'), ('13个', '老年助餐点')),
    (('3.6万人次', '助餐'), ('4.1万人次', '助餐')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('1460户', '居民'), ('1512户', '居民')),
    (('6部', '加装电梯'), ('5部', '加装电梯')),
    (('280户', '农村安居工程'), ('283户', '农村安居工程')),
    (('350名', '残疾人'), ('372名', '基本康复服务')),
    (('200件', '辅助器具'), ('231件', '辅助器具')),
    (('2000人次', '农牧民职业技能培训'), ('2264人次', '培训')),
    (('150个', '公益性岗位'), ('156人', '公益性岗位安置')),
    (('46公里', '农村公路新改建'), ('44公里', '农村公路')),
    (('20座', '公交站亭'), ('20座', '公交站亭')),
    (('3200户', '居民'), ('3315户', '燃气泄漏报警器')),
    (('150场', '送文艺演出下乡'), ('162场', '送戏下乡')),
    (('8个', '农家书屋'), ('8个', '农家书屋')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='4700', report='4701', target='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 6600 plan / 6601 report).

Run inside tests/heldout66:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A target with no result is listed with None and skipped: 6600's year-end total `100个` 托位
(6601 reports `102个` as a stock total at year end, and a stock is never a result).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2个', '托班'), ('2', '托班')),
    (('40个', '普惠托位'), ('42', '普惠托位')),
    (('2400平方米', '建筑面积'), ('2400', '学生宿舍楼建筑面积')),
    (('320张', '床位'), ('320', '宿舍床位')),
    (('680万元', '投资'), ('672万元', '宿舍楼实际投资')),
    (('3处', '农村互助幸福院'), ('3', '互助幸福院改造')),
    (('4个', '老年助餐点'), ('4', '老年助餐点')),
    (('1.2万人次', '助餐服务'), ('1.36', '助餐服务')),
    (('85户', '特殊困难老年人家庭'), ('85', '适老化改造')),
    (('3600人', '65岁以上老年人免费健康体检'), ('3712', '老年人健康体检')),
    (('70%', '体检率'), ('72.4%', '体检率')),
    (('46户', '农村危房改造'), ('44', '农村危房改造')),
    (('2个', '老旧小区'), ('2', '老旧小区')),
    (('310户', '居民'), ('318', '居民')),
    (('260户', '农村户厕改造'), ('260', '农村户厕改造')),
    (('2处', '集中供水工程'), ('2处', '集中供水工程')),
    (('18公里', '供水管网'), ('18.6', '供水管网')),
    (('12公里', '通村水泥路'), ('11.2', '通村水泥路')),
    (('8个', '公交候车亭'), ('8', '公交候车亭')),
    (('150盏', '太阳能路灯'), ('150', '太阳能路灯')),
    (('60个', '公益性岗位'), ('63', '公益性岗位')),
    (('400人次', '职业技能培训'), ('428', '职业技能培训')),
    (('24场', '送戏下乡'), ('26', '送戏下乡')),
    (('1个', '微型消防站'), ('1', '微型消防站')),
    (('150万元', '镇级配套资金'), ('162万元', '镇级配套')),
    (('100个', '托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='6600', report='6601', target='first')

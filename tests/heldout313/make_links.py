#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 31300 plan / 31301 report).

Run inside tests/heldout313:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan states `5个` 村卫生室 and `80场` 送戏下乡 twice (its table row and its side note
`今年5个`, `今年80场`): `target='first'` takes the table row. The report's progress table (one cell a line) answers the
first five plots; the other plots are answered in its prose. A target with no result is listed with None and skipped:
the list's counts (`10件`, `10块`), the rules' thresholds (`80%` 序时进度, `85%` 满意率 per plot: the report gives only
the overall 96.5%), the row investments the report does not restate (`360`, `210`, `260`, `540`, `150`, `120`), the
side note's raise of `5000人次`, and the 2027 targets (`100个` 托位, `4个` 村卫生室).
"""
import runpy
from pathlib import Path

LINKS = [
    (('4个', '村级老年食堂'), ('5', '村级老年食堂')),
    (('3.6万人次', '助餐'), ('3.92', '老年助餐')),
    (('80个', '普惠性托位'), ('80', '普惠性托位')),
    (('4个', '托班'), ('4个', '托班')),
    (('270个', '小学学位'), ('270', '小学学位')),
    (('1处', '学生食堂'), ('1处', '学生食堂改造')),
    (('5个', '村卫生室'), ('5个', '村卫生室')),
    (('4200人', '老年人免费体检'), ('4387', '免费体检老年人')),
    (('36户', '农村困难家庭危旧房'), ('34', '危旧房改造')),
    (('6部', '老旧住宅加装电梯'), ('7', '加装电梯')),
    (('5家', '共富工坊'), ('6家', '共富工坊')),
    (('380人', '带动就业'), ('412人', '带动就业')),
    (('600人次', '竹编技能培训'), ('655人次', '竹编技能培训')),
    (('12.5公里', '农村公路'), ('12.8公里', '农村公路')),
    (('15个', '公交候车亭'), ('15个', '公交候车亭')),
    (('8.2公里', '溪道'), ('8.2公里', '溪道')),
    (('3个', '口袋公园'), ('3个', '口袋公园')),
    (('1500户', '燃气报警器'), ('1536户', '燃气报警器')),
    (('2个', '微型消防站'), ('2个', '微型消防站')),
    (('80场', '送戏下乡'), ('86场', '送戏下乡')),
    (('1.2万册', '农家书屋更新图书'), ('1.26万册', '农家书屋更新图书')),
    (('3.2公里', '孝丰溪堤防加固'), ('3.2公里', '孝丰溪堤防加固')),
    (('6510万元', '计划总投资'), ('6682万元', '完成投资')),
    (('1920万元', '镇级财政配套'), ('1985万元', '镇级财政配套')),
    (('4590万元', '上级补助'), ('4697万元', '上级补助')),
    (('1380', '投资'), ('1392万元', '完成投资')),
    (('2300', '投资'), ('2416万元', '完成投资')),
    (('1100', '投资'), ('1085万元', '完成投资')),
    (('90', '投资'), ('86万元', '完成投资')),
    (('30人', '群众代表'), ('43人', '验收代表')),
    (('10件', '当选项目'), None),
    (('10块', '责任田'), None),
    (('80%', '序时进度完成率'), None),
    (('85%', '满意率'), None),
    (('360', '投资'), None),
    (('210', '投资'), None),
    (('260', '投资'), None),
    (('540', '投资'), None),
    (('150', '投资'), None),
    (('120', '投资'), None),
    (('5000人次', '助餐'), None),
    (('100个', '托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='31300', report='31301', target='first', result='first',
                where={'year': 2026}, same=('category',))

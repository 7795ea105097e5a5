"""Rebuild links.json (target→result, 3100 plan → 3101 report) from this set's gold.

Run inside tests/heldout31: python3 make_links.py. Stdlib only. Each pair names a record
of each document by its text, its indicator and which such record it is (0 = first), as
hand-decided by reading the two documents side by side.
Runs the shared `tools/make_links.py`; this file keeps the pairs.
"""
import runpy
from pathlib import Path

PAIRS = [
    # (target text, target indicator, n), (result text, result indicator, n)
    (('3.86亿元', '民生实事资金', 0), ('3.27亿元', '民生实事资金', 0)),
    (('1200个', '普惠托位', 0), ('1268个', '普惠托位', 0)),
    (('14处', '街道级居家养老服务中心', 0), ('14处', '街道级居家养老服务中心', 0)),
    (('2100户', '困难老年人家庭居家适老化改造', 0), ('1936户', '困难老年人家庭居家适老化改造完工', 0)),
    (('5所', '中小学', 0), ('4所', '学校', 0)),
    (('6300个', '学位', 0), ('5400个', '学位', 0)),
    (('31所', '农村寄宿制学校', 0), ('31所', '农村寄宿制学校', 0)),
    (('120个', '村卫生室', 0), ('120个', '村卫生室', 0)),
    (('18万人次', '老年人免费健康体检', 0), ('16.3万人次', '老年人免费健康体检', 0)),
    (('47个', '老旧小区', 0), ('39个', '老旧小区完工', 0)),
    (('8960户', '居民', 0), ('7420户', '居民', 0)),
    (('36.5公里', '供热燃气管网', 0), ('33.8公里', '供热燃气管网', 0)),
    (('1500个', '城乡公益性岗位', 0), ('1538个', '城乡公益性岗位', 0)),
    (('2.4万人次', '职业技能培训', 0), ('2.61万人次', '职业技能培训', 0)),
    (('9条', '城区断头路', 0), ('7条', '城区断头路', 0)),
    (('2000个', '公共停车泊位', 0), ('2216个', '公共停车泊位', 0)),
    (('16个', '口袋公园', 0), ('16个', '口袋公园', 0)),
    (('3.2万户', '居民', 0), ('2.87万户', '居民', 0)),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, PAIRS, plan='3100', report='3101', target='first', result='first', stance=None)

"""Write links.json for the pair 1400 (plan) -> 1401 (report) from hand-chosen gold records.

stdlib only; run inside tests/heldout14: python3 make_links.py
Each pair names a target record and a result record by (start, text); the script checks
that both are gold records with those offsets and texts, and that the stances are right.
Runs the shared `tools/make_links.py`; this file keeps the pairs.
"""
import runpy
from pathlib import Path

PAIRS = [  # (target start, target text, result start, result text)
    (210, "18650", 1121, "1.91亿元"),     # 年度资金总额 -> 实际投入资金
    (506, "420个", 515, "468个"),         # 普惠托位
    (528, "4所", 594, "4所"),             # 中小学和幼儿园 -> 新建、改扩建学校
    (539, "2700个", 613, "2850个"),       # 学位
    (557, "15处", 270, "17处"),           # 社区老年食堂
    (572, "1200户", 823, "1236户"),       # 居家适老化改造
    (591, "4.6万人", 927, "4.83万人"),     # 老年人免费健康体检
    (607, "23个", 391, "23个"),           # 老旧小区
    (619, "30部", 419, "26部"),           # 加装电梯 (short)
    (635, "1500个", 776, "1620个"),       # 公共停车泊位
    (651, "5200人", 677, "5480人"),       # 城镇新增就业
    (667, "3000人次", 691, "3350人次"),   # 职业技能培训
    (913, "18万人次", 306, "21.6万人次"),  # 老年人助餐服务
    (931, "8600户", 405, "8720户"),       # 老旧小区受益居民
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, [((ts, tt), (rs, rt)) for ts, tt, rs, rt in PAIRS], plan='1400_a17ba657d3735143',
                report='1401_9b19a26e40bef007', key=('start', 'text'), stance='check', newline=False)

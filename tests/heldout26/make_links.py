"""Rebuild links.json: hand links from the 2025 plan 2600 (targets) to the third-quarter
table 2601 (results). Each pair is written by hand below as (indicator of the plan's target,
indicator of the table's 累计完成 cell); this script only looks the records up in the gold.
Stdlib only; run inside tests/heldout26.
Runs the shared `tools/make_links.py`; this file keeps the pairs.
"""
import runpy
from pathlib import Path

PAIRS = [
    ("公办幼儿园托班", "公办幼儿园托班"),
    ("托额", "托额"),
    ("社区宝宝屋", "社区宝宝屋"),
    ("中小学和幼儿园", "中小学和幼儿园"),
    ("学位", "学位"),
    ("课后服务AI助教终端", "课后服务AI助教终端"),
    ("社区卫生服务中心标准化改造", "社区卫生服务中心标准化改造"),
    ("65岁以上老年人", "65岁以上老年人免费肺癌筛查"),
    ("长者照护之家", "长者照护之家"),
    ("养老床位", "养老床位"),
    ("社区长者食堂", "社区长者食堂"),
    ("老年助餐点", "老年助餐点"),
    ("旧住房成套改造", "旧住房成套改造"),
    ("多层住宅加装电梯开工", "多层住宅加装电梯开工"),
    ("多层住宅加装电梯完工", "多层住宅加装电梯完工"),
    ("保障性租赁住房", "保障性租赁住房"),
    ("长期失业青年", "长期失业青年"),
    ("补贴性职业技能培训", "补贴性职业技能培训"),
    ("家门口就业服务站", "家门口就业服务站"),
    ("公共停车泊位", "公共停车泊位"),
    ("公交线路", "公交线路"),
    ("断头路", "断头路"),
    ("城市公园", "城市公园"),
    ("绿道", "绿道"),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, PAIRS, plan='2600', report='2601', key=('indicator',), target='first', result='first')

"""Write links.json: hand links target (1800, the 2024 plan's attached list) → result (1801, the
supervision system's progress log). Run inside tests/heldout18. Stdlib only.

Each pair names a target record by its text (its first occurrence in 1800) and the result by its
text, taken as the last record with that text in 1801: the 累计完成 cell of the project's last
row (the `已办结` row, or the correction row that follows it), which is the result the log reports.
Runs the shared `tools/make_links.py`; this file keeps the pairs.
"""
import runpy
from pathlib import Path

PAIRS = [  # (target text in 1800, result text in 1801)
    ("600个", "652个"),          # 普惠托位
    ("4.5个", "4.6个"),          # 每千人口托位
    ("3所", "3所"),              # 中小学
    ("2700个", "2700个"),        # 学位
    ("5.2万人", "5.46万人"),     # 老年人健康体检
    ("20个", "21个"),            # 老年助餐点
    ("15万人次", "16.8万人次"),  # 助餐 (the corrected cumulative figure)
    ("24个", "24个"),            # 老旧小区
    ("5800户", "5860户"),        # 惠及居民
    ("30部", "31部"),            # 加装电梯
    ("500万元", "538.6万元"),    # 临时救助资金
    ("1200名", "1236名"),        # 困难残疾人居家托养
    ("1.1万人", "1.23万人"),     # 城镇新增就业
    ("6000人次", "6420人次"),    # 职业技能培训
    ("8条", "8条"),              # 公交线路
    ("1200个", "1350个"),        # 公共停车泊位
    ("5个", "5个"),              # 城市书房
    ("200场", "226场"),          # 送戏下乡
    ("15处", "15处"),            # 农村黑臭水体
    ("6个", "7个"),              # 口袋公园
    ("36公里", "38.2公里"),      # 燃气管道
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, PAIRS, plan='1800_fde02a8c9fc91072', report='1801_c92d51cbc83adabf', key=('text',), target='first',
                result='last')

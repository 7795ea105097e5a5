"""Write links.json: hand links target -> result for the pair 1700 (plan) / 1701 (report).

Run inside tests/heldout17 (stdlib only). Each pair names a gold record of each document by
its text (the nth record with that text, n from 0; the asserts check stance, unit and category),
chosen by reading the two documents side by side.
Runs the shared `tools/make_links.py`; this file keeps the pairs.
"""
import runpy
from pathlib import Path

PAIRS = [  # (1700 text, n), (1701 text, n)
    (("800个", 0), ("836个", 0)),          # 普惠性托位
    (("6个", 1), ("6个", 0)),              # 社区嵌入式托育点 (1700's first 6个 counts works projects)
    (("3所", 0), ("3所", 0)),              # 新建改扩建学校
    (("2400个", 0), ("2400个", 0)),        # 学位
    (("4.2万人", 0), ("4.38万人", 0)),     # 老年人免费健康体检
    (("25个", 0), ("27个", 0)),            # 老年助餐点
    (("30万人次", 0), ("32.6万人次", 0)),  # 助餐服务
    (("500户", 0), ("468户", 0)),          # 适老化改造 (short; 32户 carried into 2026)
    (("300张", 0), ("310张", 0)),          # 家庭养老照护床位
    (("18个", 0), ("18个", 0)),            # 老旧小区
    (("6200户", 0), ("6300余户", 0)),      # 惠及居民
    (("40部", 0), ("34部", 0)),            # 加装电梯 (short; 6部 still being built)
    (("600万元", 0), ("652万元", 0)),      # 临时救助资金
    (("1800名", 0), ("1860名", 0)),        # 残疾人康复服务
    (("1.2万人", 0), ("1.31万人", 0)),     # 城镇新增就业
    (("8000人次", 0), ("8240人次", 0)),    # 职业技能培训
    (("1500个", 0), ("1620个", 0)),        # 公共停车泊位
    (("30个", 0), ("30个", 0)),            # 公交候车亭
    (("12条", 0), ("12条", 0)),            # 河道
    (("8个", 0), ("9个", 0)),              # 口袋公园
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, PAIRS, plan='1700', report='1701', key=('text',), target='first', result='first', stance='check',
                same=('unit', 'category'), newline=False)

"""Write links.json (target -> result) for the pair 1900 (plan) / 1901 (report).

Run inside tests/heldout19: python3 make_links.py
Stdlib only; reads this set's gold JSON. Each pair was chosen by hand, by reading the two
documents side by side; a record is named by its text and indicator (unique in its document).
Runs the shared `tools/make_links.py`; this file keeps the pairs.
"""
import runpy
from pathlib import Path

PAIRS = [  # (plan text, plan indicator) -> (report text, report indicator)
    (("3.8亿元", "计划总投资"), ("3.62亿元", "完成投资")),
    (("2所", "公办幼儿园"), ("2所", "公办幼儿园")),
    (("540个", "幼儿园学位"), ("560个", "幼儿园学位")),
    (("1所", "小学"), ("1所", "小学")),
    (("900个", "小学学位"), ("900个", "小学学位")),
    (("46所", "课后服务义务教育学校"), ("46所", "课后服务义务教育学校")),
    (("6个", "社区卫生服务站"), ("6个", "社区卫生服务站")),
    (("3.2万名", "65岁以上老年人"), ("3.46万人", "老年人健康体检")),
    (("400个", "普惠托位"), ("436个", "普惠托位")),
    (("8个", "社区老年食堂"), ("9个", "社区老年食堂")),
    (("600户", "特殊困难老年人家庭"), ("612户", "居家适老化改造")),
    (("300万元", "临时救助资金"), ("342.6万元", "临时救助资金")),
    (("21个", "老旧小区"), ("21个", "老旧小区")),
    (("6300户", "居民"), ("6418户", "居民")),
    (("25部", "加装电梯"), ("21部", "加装电梯完工")),
    (("8500人", "城镇新增就业"), ("9260人", "城镇新增就业")),
    (("5000人次", "职业技能培训"), ("5380人次", "职业技能培训")),
    (("1200个", "公共停车泊位"), ("1080个", "公共停车泊位")),
    (("30座", "公交候车亭"), ("30座", "公交候车亭")),
    (("10个", "口袋公园"), ("11个", "口袋公园")),
    (("15座", "城市公厕"), ("15座", "城市公厕")),
    (("4个", "城市书房"), ("4个", "城市书房")),
    (("150场", "送戏下乡"), ("168场", "送戏下乡")),
    (("18公里", "老旧燃气管道"), ("12.6公里", "老旧燃气管道")),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, PAIRS, plan='1900_0e94711fcb3c48f9', report='1901_ba7b305faaa29d6d', stance=None)

#!/usr/bin/env python3
"""Rebuild links.json: hand links from the 2025 plan 2300 (targets) to the year-end weekly
report 2301 (results). Each pair names a gold record of each side by (text, indicator); the
first such record in document order is taken. Stdlib only; run inside tests/heldout23.
Runs the shared `tools/make_links.py`; this file keeps the pairs."""
import runpy
from pathlib import Path

PAIRS = [  # (target text, target indicator) -> (result text, result indicator)
    (('600個', '普惠性托位'), ('648个', '普惠性托位')),
    (('8個', '社區嵌入式托育點'), ('9个', '社区嵌入式托育点')),
    (('4.6個', '嬰幼兒托位'), ('4.7个', '托位')),
    (('6所', '中小學和幼兒園'), ('6所', '中小学和幼儿园')),
    (('4,320個', '學位'), ('4,380个', '学位')),
    (('540個', '幼兒園學位'), ('570个', '幼儿园学位')),
    (('260名', '新教師'), ('263名', '教师')),
    (('兩輪', '視力篩查'), ('两轮', '视力筛查')),
    (('9.8萬人次', '視力篩查'), ('9.91万人次', '视力筛查')),
    (('12家', '老年食堂'), ('13家', '老年食堂')),
    (('30個', '老年助餐點'), ('31个', '老年助餐点')),
    (('20萬人次', '助餐服務'), ('23.4万人次', '助餐服务')),
    (('1,200戶', '特殊困難老年人家庭'), ('1,236户', '适老化改造')),
    (('300張', '家庭養老照護床位'), ('306张', '家庭养老照护床位')),
    (('23個', '老舊小區'), ('21个', '老旧小区')),
    (('6,850戶', '居民'), ('6,412户', '居民')),
    (('50部', '加裝電梯'), ('47部', '加装电梯完工投用')),
    (('20座', '公共衛生間'), ('20座', '公共卫生间')),
    (('1.3萬人', '城鎮新增就業'), ('1.42万人', '城镇新增就业')),
    (('3,000人', '失業人員再就業'), ('3,186人', '失业人员再就业')),
    (('500個', '公益性崗位'), ('526个', '公益性岗位')),
    (('8,000人次', '補貼性職業技能培訓'), ('9,035人次', '补贴性职业技能培训')),
    (('8條', '公交線路'), ('9条', '公交线路')),
    (('1,500個', '公共停車泊位'), ('1,562个', '公共停车泊位')),
    (('5條', '斷頭路'), ('4条', '断头路')),
    (('3萬戶', '居民家庭'), ('3.06万户', '燃气报警器')),
    (('2,000名', '應急救護員'), ('2,117名', '应急救护员')),
    (('15個', '微型消防站'), ('15个', '微型消防站')),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, PAIRS, plan='2300', report='2301', target='first', result='first', newline=False)

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 21500 plan / 21501 report).

Run inside tests/heldout215:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and
the two doc prefixes. The report states `1.41亿元` 完成投资 and `11.2万人次` 助餐 twice (its overview and its
comparison, its station line and its rider profile): `result='first'` takes the first. A target with no result is
listed with None and skipped: the list's own counts (`10件`, `10座` stations, `11条`/`两条` transfer lines, `一名`
station master), the `健身苑点` (`5个`: `全部建成`), the `长者食堂` (`1家`: `开张`), the daily meal capacity
(`600份`: the report gives only a daily average, a stock), the carried-over lifts (`3台`: the report counts
all 12 together), and the 2028 sewage-treatment rate (`95%`: the report's `91%` is the 2027 level).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1.36亿元', '全线计划投资'), ('1.41亿元', '完成投资')),
    (('8260万元', '镇级财政'), ('8470万元', '镇级财政')),
    (('5340万元', '区级以上资金'), ('5630万元', '区级以上资金')),
    (('80个', '普惠托位'), ('86个', '普惠托位')),
    (('2个', '宝宝屋'), ('2个', '宝宝屋')),
    (('1200人次', '科学育儿指导'), ('1376人次', '科学育儿指导')),
    (('270个', '学位'), ('270个', '学位')),
    (('300米', '塑胶跑道'), ('300米', '塑胶跑道')),
    (('32个', '课后“330”服务班'), ('35个', '课后服务班')),
    (('4个', '村卫生室'), ('4个', '村卫生室')),
    (('6500人', '老年人免费体检'), ('6812人', '老年人免费体检')),
    (('1800人', '女性两癌筛查'), ('1925人', '两癌筛查')),
    (('3个', '老年助餐点'), ('3个', '助餐点')),
    (('120户', '困难老年人家庭'), ('126户', '居家适老化改造')),
    (('300人次', '上门助浴'), ('342人次', '上门助浴')),
    (('180户', '平移签约'), ('186户', '平移签约')),
    (('12台', '既有多层住宅加装电梯'), ('9台', '加装电梯完工')),
    (('6座', '农村公共厕所'), ('6座', '农村公厕')),
    (('45名', '智力、精神残疾人'), ('47名', '阳光之家学员')),
    (('400份', '暖心包'), ('412份', '暖心包')),
    (('200名', '社区志愿者'), ('236名', '志愿者')),
    (('2家', '公益性社会组织'), ('2家', '公益组织')),
    (('500个', '就业岗位'), ('568个', '就业岗位')),
    (('800人次', '职业技能培训'), ('915人次', '职业技能培训')),
    (('60人', '就业困难人员'), ('63人', '就业困难人员')),
    (('10个', '青年返乡创业项目'), ('11个', '返乡创业项目')),
    (('8.6公里', '村级道路'), ('8.9公里', '村道')),
    (('1条', '镇村公交线路'), ('1条', '镇村公交线路')),
    (('200个', '公共停车泊位'), ('216个', '公共停车泊位')),
    (('12条', '河道'), ('12条', '河道')),
    (('23公里', '河道'), ('23.4公里', '河道')),
    (('2个', '口袋公园'), ('2个', '口袋公园')),
    (('1.2万平方米', '公共绿地'), ('1.26万平方米', '绿地')),
    (('1500户', '燃气泄漏报警器'), ('1563户', '燃气泄漏报警器')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('60场', '百姓戏台送戏下村'), ('64场', '百姓戏台演出')),
    (('2万人次', '福泉山遗址公园夜间开放接待'), ('2.3万人次', '遗址公园夜游接待')),
    (('10件', '民生实事项目'), None),
    (('10件', '实事'), None),
    (('5个', '市民益智健身苑点'), None),
    (('1家', '长者食堂'), None),
    (('600份', '日供餐能力'), None),
    (('3台', '结转加装电梯'), None),
    (('95%', '农村生活污水处理率'), None),
    (('10座', '车站'), None),
    (('11条', '换乘线'), None),
    (('两条', '换乘线'), None),
    (('一名', '镇领导'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='21500', report='21501', target='first', result='first')

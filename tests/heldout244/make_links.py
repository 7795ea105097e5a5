#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 24400 plan / 24401 report).

Run inside tests/heldout244:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report states most results twice: once in the honour roll's prose and, for eight of them, again
as bare cells of its closing table (`附表`); the links take the prose (the first mention in a sentence that names what
is counted), and the table's bare cells (`3`, `312`, `11`, `4512` ...) have other span texts, so they are never picked.
A target with no result is listed with None and skipped: the list's counts and money the report does not answer with a
figure (`14件`, `38个`, `7项`, `1900万元` `全部到位`), last year's remainder `2部` and the carried `2部` (inside the year's
`12部`), the sub-shares of the meal points (`1个`, `1个`), the meal subsidy `4元`, the home-adaptation cap `3500元`, the
nursery `1个` and its fee cap `1800元` (the report says it opened, no count), the rehabilitation room `1间` (`5月投用`),
the 低保 standard `1140元` and the heating subsidy `600元` (`按时足额发放`), the dead-end road `1条` / `0.9公里` (not
done, moved to 2028 without a figure; the table's cell is `/`), the trees `180株` and hydrants `40个` (`任务全部完成`), and
the door's own lift figures (`68万元`, `30万元`, the floor shares, `18平方米`).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4860万元', '计划总投资'), ('4512万元', '完成投资')),
    (('860万元', '街道自筹'), ('812万元', '街道自筹')),
    (('3个', '社区老年助餐点'), ('3个', '老年助餐点')),
    (('6万人次', '助餐'), ('6.38万人次', '助餐')),
    (('300户', '特殊困难老年人家庭'), ('312户', '特殊困难老年人家庭')),
    (('40张', '家庭养老照护床位'), ('40张', '家庭养老照护床位')),
    (('30个', '托位'), ('30个', '托位')),
    (('8个', '四点半课堂班'), ('8个', '四点半课堂班')),
    (('200名', '小学生'), ('236名', '小学生')),
    (('12台', '康复设备'), ('12台', '康复设备')),
    (('4500人', '老年人免费体检'), ('4720人', '老年人免费体检')),
    (('85%', '重点人群家庭医生签约率'), ('87.3%', '重点人群家庭医生签约率')),
    (('2个', '老旧小区'), ('2个', '老旧小区')),
    (('46栋', '楼栋'), ('46栋', '楼栋')),
    (('2380户', '住户'), ('2380户', '住户')),
    (('16.8万平方米', '改造面积'), ('17.1万平方米', '改造面积')),
    (('12部', '加装电梯'), ('11部', '加装电梯完工投用')),
    (('120个', '停车泊位'), ('126个', '停车泊位')),
    (('6处', '非机动车充电棚'), ('6处', '非机动车充电棚')),
    (('240个', '充电端口'), ('288个', '充电端口')),
    (('150名', '残疾人'), ('163名', '残疾人')),
    (('500个', '就业岗位'), ('612个', '就业岗位')),
    (('6场', '家门口招聘会'), ('7场', '家门口招聘会')),
    (('40个', '公益性岗位'), ('40个', '公益性岗位')),
    (('1条', '社区微循环公交线路'), ('1条', '社区微循环公交线路')),
    (('12个', '公交站点'), ('12个', '公交站点')),
    (('2个', '口袋公园'), ('2个', '口袋公园')),
    (('1.5公里', '健身步道'), ('1.6公里', '健身步道')),
    (('500户', '燃气报警器'), ('528户', '燃气报警器')),
    (('24场', '曲艺进社区演出'), ('26场', '曲艺进社区演出')),
    (('3000册', '社区图书室图书'), ('3120册', '社区图书室图书')),
    (('14件', '民心工程'), None),
    (('38个', '子项'), None),
    (('7项', '区级民心工程任务'), None),
    (('1900万元', '区级财政'), None),
    (('1个', '普惠托育点'), None),
    (('1800元', '全日托收费'), None),
    (('1间', '康复理疗室'), None),
    (('1140元', '低保标准'), None),
    (('600元', '冬季取暖补贴'), None),
    (('1条', '断头路'), None),
    (('0.9公里', '断头路'), None),
    (('180株', '补植乔木'), None),
    (('40个', '室外消火栓'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='24400', report='24401', target='first', result='first')

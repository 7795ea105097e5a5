#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 14600 plan / 14601 report).

Run inside tests/heldout146:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is a children's edition of the 2029 list (14600); the report, a party school's research
project's closing report (14601), answers most targets in its table 1 (`年度目标 | 实际完成 | 单位 | 完成率（%）`:
the result cell is the link's result; the table's target cells restate the plan and are not linked) and the rest in
the prose after it. A result may be found by its first mention (`result='first'`: 14601 states `9.82亿元` 完成投资 in
its abstract and again in its body, and `26部` 加装电梯 in its problems section after the table's `26`; the link
takes the first). A target with no result is listed with None and skipped: the list's count `20项` (the report
restates it, it does not answer it), the after-school coverage `100%` (`课后服务继续保持全覆盖`), the `400个`
公益性岗位 (`全部落实到位`) and the `30个` 农家书屋 (`提升任务全部完成`), which the report answers without a
figure, and the 2030 goal of `4.5个` 托位 per 千人口.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('9.6亿元', '计划总投资'), ('9.82亿元', '完成投资')),
    (('600个', '普惠托位'), ('648', '普惠托位')),
    (('8个', '社区嵌入式托育点'), ('8', '社区嵌入式托育点')),
    (('3000人次', '入户科学育儿指导'), ('3266', '入户科学育儿指导')),
    (('1.2万名', '儿童'), ('1.23万名', '儿童')),
    (('5所', '中小学和幼儿园'), ('5所', '中小学和幼儿园')),
    (('2700个', '学位'), ('2790', '学位')),
    (('150名', '教师'), ('143', '教师')),
    (('30个', '村卫生室'), ('30', '村卫生室')),
    (('1.5万名', '适龄妇女'), ('1.58', '两癌筛查')),
    (('40个', '社区健身点'), ('42', '社区健身点')),
    (('15个', '老年助餐点'), ('16', '老年助餐点')),
    (('20万人次', '助餐服务'), ('23.4', '助餐服务')),
    (('500户', '困难老年人家庭'), ('512', '适老化改造')),
    (('200张', '护理型床位'), ('200张', '护理型床位')),
    (('12个', '老旧小区'), ('12', '老旧小区')),
    (('4800户', '居民'), ('4926户', '居民')),
    (('30部', '加装电梯'), ('26', '加装电梯')),
    (('60公里', '农村供水管网'), ('63.5', '农村供水管网')),
    (('300名', '残疾儿童'), ('318', '残疾儿童康复救助')),
    (('1150元', '城乡低保标准'), ('1150元', '城乡低保标准')),
    (('8000人', '城镇新增就业'), ('8448', '城镇新增就业')),
    (('1.2万人次', '职业技能培训'), ('1.31', '职业技能培训')),
    (('80公里', '农村公路'), ('82.8', '农村公路')),
    (('1000个', '公共停车泊位'), ('1120', '公共停车泊位')),
    (('4条', '公交线路'), ('4条', '公交线路')),
    (('10个', '口袋公园'), ('10', '口袋公园')),
    (('50个', '农村生活污水治理村'), ('52个', '农村生活污水治理村')),
    (('5000户', '居民'), ('5230', '燃气泄漏报警器')),
    (('20个', '微型消防站'), ('20个', '微型消防站')),
    (('1万人次', '应急救护培训'), ('1.12', '应急救护培训')),
    (('200场', '送戏下乡'), ('216', '送戏下乡')),
    (('50场', '群众性体育赛事'), ('57', '群众性体育赛事')),
    (('20项', '区级民心工程'), None),
    (('100%', '课后服务覆盖率'), None),
    (('400个', '公益性岗位'), None),
    (('30个', '农家书屋'), None),
    (('4.5个', '托位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='14600', report='14601', target='first', result='first')

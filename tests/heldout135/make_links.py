#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 13500 plan / 13501 report).

Run inside tests/heldout135:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The report's results stand mostly in its Markdown table (`| 领域 | 验收内容 | 单位 | 年度目标 | 验收核定 |
完成率（%） | 结论 |`): a link goes to the row's `验收核定` cell (achieved), not to the `年度目标` cell beside it (a target
restated) nor to the `完成率` cell; the one result the table does not give, 果区产业路 `22公里`, is in the report's prose
(`其中果区产业路22公里已全部建成`). Where the report repeats a result in prose after its table (加装电梯 `已完工投用6部`,
特岗教师 `实际到岗42名`), the link takes the table cell, the first mention in a line that names what is counted. A target
with no result is listed with None and skipped: the list's counts and money (`11件`, `40个` 子项目, `1.42亿元`, `1.1亿元`,
and 2025's `十件`), the rule and the levels (`800元` a month, `3.2个`/`4.5个` per 千人口, `3元` a meal, the 高龄津贴 `50元` →
`100元`, the 低保 standards `720元` → `760元` and `5400元` → `5760元`, `1200元` for children in difficulty), and the targets the
report says were done without a figure (`100%` 课后服务, `20个` 村卫生室, `20张` 急救床位, `300个` 公益性岗位, `15个` 行政村,
`20个` 微型消防站) or does not mention (`8所` schools, `2.4万平方米`, `1460户` 居民, the `3部` carried over from 2025,
`600人` 取证培训).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('3.86亿元', '计划总投资'), ('3.74亿元', '完成投资')),
    (('240个', '普惠托位'), ('256', '普惠托位')),
    (('2个', '社区嵌入式托育点'), ('2', '社区嵌入式托育点')),
    (('1500人次', '入户科学育儿指导'), ('1624', '入户科学育儿指导')),
    (('3200人', '孕产妇免费产前筛查'), ('3046', '孕产妇免费产前筛查')),
    (('360个', '学位'), ('360', '县第三幼儿园新增学位')),
    (('8块', '塑胶运动场'), ('8', '农村学校塑胶运动场')),
    (('45名', '特岗教师和公费师范生'), ('42', '特岗教师和公费师范生')),
    (('2.6万人', '老年人免费体检'), ('2.71', '老年人免费体检')),
    (('8000人', '两癌筛查'), ('8130', '适龄妇女两癌筛查')),
    (('12个', '农村互助幸福院'), ('12', '农村互助幸福院')),
    (('10个', '老年助餐点'), ('11', '老年助餐点')),
    (('6万人次', '助餐服务'), ('6.48', '助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('312', '特殊困难老年人家庭适老化改造')),
    (('7个', '老旧小区'), ('7', '老旧小区改造')),
    (('10部', '加装电梯'), ('6', '加装电梯')),
    (('1500座', '农村卫生户厕改造'), ('1520', '农村卫生户厕改造')),
    (('90户', '危房改造和农房抗震改造'), ('90', '危房改造和农房抗震改造')),
    (('1100名', '残疾人'), ('1136', '残疾人基本康复服务')),
    (('2800人', '城镇新增就业'), ('3012', '城镇新增就业')),
    (('5000人次', '职业技能培训'), ('5630', '职业技能培训')),
    (('6000万元', '创业担保贷款'), ('6850', '创业担保贷款')),
    (('60公里', '农村公路'), ('52.8', '新改建农村公路')),
    (('22公里', '果区产业路'), ('22公里', '果区产业路')),
    (('400个', '公共停车泊位'), ('436', '公共停车泊位')),
    (('3条', '城乡公交线路'), ('3', '城乡公交线路')),
    (('5个', '口袋公园'), ('5', '口袋公园')),
    (('3.2万平方米', '城区新增绿地'), ('3.5', '城区新增绿地')),
    (('4000户', '居民'), ('4216', '燃气泄漏报警器安装')),
    (('6000人次', '应急救护培训'), ('6318', '应急救护培训')),
    (('120场', '送戏下乡'), ('126', '送戏下乡')),
    (('3万册', '农家书屋图书'), ('3.2', '农家书屋更新图书')),
    (('20场', '群众体育赛事'), ('23', '县级以上群众体育赛事')),
    (('十件', '民生实事'), None),
    (('11件', '民生实事'), None),
    (('40个', '子项目'), None),
    (('1.42亿元', '上级资金'), None),
    (('1.1亿元', '县级财政'), None),
    (('800元', '普惠托位收费'), None),
    (('4.5个', '3岁以下婴幼儿托位'), None),
    (('8所', '农村薄弱学校'), None),
    (('2.4万平方米', '总面积'), None),
    (('100%', '义务教育学校课后服务覆盖率'), None),
    (('20个', '村卫生室'), None),
    (('20张', '急救床位'), None),
    (('3元', '助餐补贴'), None),
    (('100元', '高龄津贴'), None),
    (('1460户', '居民'), None),
    (('3部', '加装电梯结转项目'), None),
    (('760元', '城市低保标准'), None),
    (('5760元', '农村低保标准'), None),
    (('1200元', '困境儿童基本生活费标准'), None),
    (('300个', '公益性岗位'), None),
    (('15个', '生活污水治理行政村'), None),
    (('20个', '微型消防站'), None),
    (('600人', '取证培训'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='13500', report='13501')

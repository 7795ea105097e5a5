#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 26500 plan / 26501 report).

Run inside tests/heldout265:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text, indicator and category (the category tells apart the two `60万元` 计划投资 plates, 牌4 常有健康 and 牌8
环境改善). Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
Results are the report's `实际完成` and `完成投资` cells (one cell a line); the total goes to the report's prose
`完成投资1231万元` (note 11), not to the table's bare `1231`. The plan's summary table (`| 1 | … | 186 | 150 |`)
restates the plates' money: the links go from the plates' own lines (`计划投资：186万元`). A target with no result
is listed with None and skipped: the list's count `9件`, the 托育点 `1个` and the canteen's `1栋` (the report names
them without a figure), the road width `3.5米`, and every `上级资金` cell (the report does not split its money).
"""
import runpy
from pathlib import Path

KEY = ('text', 'indicator', 'category')
# (target span, indicator, category) -> (result span, indicator, category), read side by side by hand
LINKS = [
    (('1268万元', '计划总投资', '其他'), ('1231万元', '完成投资', '其他')),
    (('40张', '护理型床位', '常有颐养'), ('42', '护理型床位', '常有颐养')),
    (('1处', '助餐厨房', '常有颐养'), ('1', '助餐厨房', '常有颐养')),
    (('300户', '特殊困难老年人家庭', '常有颐养'), ('312', '适老化改造', '常有颐养')),
    (('186万元', '计划投资', '常有颐养'), ('191', '完成投资', '常有颐养')),
    (('60个', '托位', '常有善育'), ('60', '普惠托位', '常有善育')),
    (('800人次', '科学育儿指导', '常有善育'), ('865', '科学育儿指导', '常有善育')),
    (('95万元', '计划投资', '常有善育'), ('93', '完成投资', '常有善育')),
    (('1200平方米', '建筑面积', '常有优学'), ('1260', '学生食堂建筑面积', '常有优学')),
    (('160张', '寄宿床位', '常有优学'), ('160', '寄宿床位', '常有优学')),
    (('420万元', '计划投资', '常有优学'), ('415', '完成投资', '常有优学')),
    (('5个', '村卫生室', '常有健康'), ('5', '村卫生室', '常有健康')),
    (('2800人', '老年人免费体检', '常有健康'), ('3016', '老年人免费体检', '常有健康')),
    (('60万元', '计划投资', '常有健康'), ('58', '完成投资', '常有健康')),
    (('12.5公里', '通组公路', '交通畅行'), ('10.8', '通组公路硬化', '交通畅行')),
    (('3.2公里', '波形护栏', '交通畅行'), ('3.2', '波形护栏', '交通畅行')),
    (('238万元', '计划投资', '交通畅行'), ('206', '完成投资', '交通畅行')),
    (('2座', '集中供水站', '常有安居'), ('2座', '集中供水站', '常有安居')),
    (('18公里', '入户管网', '常有安居'), ('18.6', '入户管网', '常有安居')),
    (('4600人', '受益群众', '常有安居'), ('4720', '受益群众', '常有安居')),
    (('135万元', '计划投资', '常有安居'), ('138', '完成投资', '常有安居')),
    (('120个', '就业岗位', '就业创业'), ('134', '就业岗位', '就业创业')),
    (('600人次', '果树修剪、黄龙病防控技术培训', '就业创业'), ('688', '果树技术培训', '就业创业')),
    (('45万元', '计划投资', '就业创业'), ('45', '完成投资', '就业创业')),
    (('4公里', '清淤疏浚河道', '环境改善'), ('4', '清淤疏浚河道', '环境改善')),
    (('1.8公里', '生态护岸', '环境改善'), ('1.9', '生态护岸', '环境改善')),
    (('60万元', '计划投资', '环境改善'), ('57', '完成投资', '环境改善')),
    (('2片', '灯光篮球场', '文体惠民'), ('2', '灯光篮球场', '文体惠民')),
    (('30场', '送戏下乡', '文体惠民'), ('33', '送戏下乡', '文体惠民')),
    (('29万元', '计划投资', '文体惠民'), ('28', '完成投资', '文体惠民')),
    (('9件', '民生实事', '其他'), None),
    (('1个', '普惠托育点', '常有善育'), None),
    (('1栋', '学生食堂', '常有优学'), None),
    (('3.5米', '路宽', '交通畅行'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='26500', report='26501', key=KEY, same=('unit', 'year', 'category'))

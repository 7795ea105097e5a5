#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 27000 plan / 27001 report).

Run inside tests/heldout270:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan states `1.2万人次` 助餐 twice (its item and a comment): the link takes the item (target='first').
The album states several results twice (its captions and its `｜` table, `1.31万人次` a third time in the table's note):
the links go to the caption, the first mention in a sentence that names what is counted (result='first').
Targets with no result figure in the report are listed with None and skipped: the list's counts and money (`12项`,
the group counts, `2360万元`, `880万元`), the rates and caps (`3元` per meal, `5000元`, `2.5万元` per household), the 托育点's
`20个` (the report gives only the before/after `30个`→`50个`), the `1台` 健康一体机 per clinic, the `1栋` dormitory (told without a figure), the `1个` court and its `18万元`, and the comments' `20人` per day.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1480万元', '上级资金'), ('1480万元', '上级资金')),
    (('120个', '学位'), ('120个', '学位')),
    (('6名', '幼儿教师'), ('6名', '幼儿教师')),
    (('2个', '长者饭堂'), ('两个', '长者饭堂')),
    (('1.2万人次', '助餐'), ('1.31万人次', '助餐')),
    (('80户', '困难老人家庭适老化改造'), ('82户', '适老化改造')),
    (('1栋', '宿舍楼'), None),
    (('2600平方米', '建筑面积'), ('2650平方米', '建筑面积')),
    (('320张', '床位'), ('320张', '床位')),
    (('9个', '村卫生室'), ('9个', '村卫生室')),
    (('2100人', '免费体检'), ('2236人', '免费体检')),
    (('800人', '两癌筛查'), ('812人', '两癌筛查')),
    (('45户', '农村危房改造'), ('41户', '农村危房改造')),
    (('18公里', '供水管网'), ('18.6公里', '供水管网')),
    (('1500人', '饮水'), ('1540人', '饮水')),
    (('60个', '公益性岗位'), ('62个', '公益性岗位')),
    (('500人次', '割胶、黎锦织造培训'), ('536人次', '割胶、黎锦培训')),
    (('150人', '带动就业'), ('171人', '带动就业')),
    (('12公里', '硬化道路'), ('12.4公里', '硬化道路')),
    (('6个', '农村客运招呼站'), ('6个', '农村客运招呼站')),
    (('8个', '生活污水治理自然村'), ('8个', '生活污水治理自然村')),
    (('30座', '分类垃圾亭'), ('30座', '垃圾亭')),
    (('40块', '防溺水警示牌'), ('40块', '警示牌')),
    (('80个', '救生圈'), ('80个', '救生圈')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('24场', '送文艺演出下乡'), ('26场', '送戏下乡演出')),
    (('6000册', '农家书屋图书'), ('6000册', '农家书屋图书')),
    (('608平方米', '场地面积'), ('608平方米', '灯光篮球场面积')),
    (('12项', '为民办实事'), None),
    (('2360万元', '计划总投资'), None),
    (('880万元', '县级配套'), None),
    (('20个', '托位'), None),
    (('3元', '补贴'), None),
    (('5000元', '补助'), None),
    (('2.5万元', '补助'), None),
    (('18万元', '剩余投资'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='27000', report='27001', target='first', result='first')

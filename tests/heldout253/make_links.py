#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 25300 plan / 25301 report).

Run inside tests/heldout253:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. A result may be found by its first mention (`result='first'`: 25301 states `360个` 学位 in its first
tip's headline and again in the tip's 要素 line; the link takes the headline, the first sentence that names what is
counted). The report's closing table gives the publicity plan's six counts and their results in full-width digits
(`２８` / `３０`): the links go from the plan's prose to the table's done column. A target with no result is listed
with None and skipped: the list's counts (`20项`, `15项`), the projects' money (`计划投资` cells, the report gives only
the total), the teaching building `1栋`, the `2600户` 气代煤 checks (`全部完成`, no figure), and the plan's own
arrangements (`三个` nodes, `1次`, the `14个` villages' boards, the `1场` per month, `1名` information officer).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4000万元', '计划总投资'), ('3860万元', '完成投资')),
    (('95%', '知晓率'), ('96.8%', '群众知晓率')),
    (('92%', '满意度'), ('94.1%', '满意度')),
    (('28块', '宣传展板'), ('３０', '宣传展板')),
    (('600张', '海报'), ('６５０', '宣传海报')),
    (('5000份', '民生工程明白卡'), ('５２００', '民生工程明白卡')),
    (('24条', '短视频'), ('２７', '短视频')),
    (('4场', '民生工程开放日'), ('４', '开放日')),
    (('200人次', '参观项目现场'), ('２１６', '参观群众')),
    (('320人', '城镇新增就业'), ('346人', '城镇新增就业')),
    (('600人', '农村劳动力转移就业'), ('628人', '农村劳动力转移就业')),
    (('400人次', '职业技能培训'), ('432人次', '职业技能培训')),
    (('360个', '学位'), ('360个', '学位')),
    (('6所', '小学'), ('6所', '小学')),
    (('1800名', '器乐课后服务参与学生'), ('1936名', '器乐课后服务参与学生')),
    (('6个', '村卫生室'), ('6个', '村卫生室')),
    (('1200人', '宫颈癌、乳腺癌免费筛查'), ('1263人', '宫颈癌、乳腺癌免费筛查')),
    (('3个', '农村互助幸福院'), ('2个', '农村互助幸福院')),
    (('40个', '普惠托位'), ('40个', '普惠托位')),
    (('5个', '老年助餐点'), ('5个', '老年助餐点')),
    (('1.5万人次', '助餐'), ('1.62万人次', '助餐')),
    (('18户', '农村低收入群体危房'), ('18户', '农村低收入群体危房')),
    (('4个', '生活污水治理村'), ('4个', '生活污水治理村')),
    (('12.8公里', '管网'), ('13.1公里', '管网')),
    (('120户', '电代煤改造'), ('124户', '电代煤改造')),
    (('9.6公里', '农村公路'), ('8.2公里', '农村公路')),
    (('8个', '公交候车亭'), ('8个', '公交候车亭')),
    (('1500户', '燃气泄漏报警器'), ('1532户', '燃气泄漏报警器')),
    (('30场', '送文艺下乡演出'), ('33场', '送文艺下乡演出')),
    (('2000册', '农家书屋图书'), ('2150册', '农家书屋图书')),
    (('20项', '民生工程'), None),
    (('15项', '民生工程'), None),
    (('1栋', '教学综合楼'), None),
    (('2600户', '气代煤设备检修'), None),
    (('14个', '村（社区）'), None),
    (('1名', '信息员'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='25300', report='25301', target='first', result='first')

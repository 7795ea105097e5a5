#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 24900 plan / 24901 report).

Run inside tests/heldout249:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan is 定远县's consultation-desk register of the 2026 民生工程 publicity month (答复 restating the
year's targets); the report is the county paper's year-end crossword, whose clues state the 2026 results. Two links join
different wordings of one count: `6.5万人` 老年人免费体检 -> `6.71万名` 65周岁以上老年人 (the people checked), and the
plan's `计划总投资` -> the report's `完成投资`. The report's remainders (`另有3部`, `另有40张`, `差3部`, `差40张`) are
targets of 2027 and answer nothing; the report's `35项` (the list's count, a target) answers nothing either.
A target with no result is listed with None and skipped: the list's count `35项` and `县级配套3.46亿元`; the split of
the 25 meal points into `12个` town and `13个` village points (the report gives only the total); the meal subsidies
`3元` and `2元`; the `8个` health centres with childcare points; the fee cap `1200元`; the after-school rate `100%`;
the clinic subsidy `10万元`; `3个` 东门片区 estates; the lift subsidy `20万元`; the `瓶改管` subsidy `800元`; the
care subsidy `100元`; the loan cap `30万元`.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('11.2亿元', '计划总投资'), ('11.86亿元', '完成投资')),
    (('1200个', '乡村公益性岗位'), ('1236个', '乡村公益性岗位')),
    (('18个', '家门口就业服务站'), ('18个', '就业服务站')),
    (('6000人次', '职业技能培训'), ('6412人次', '职业技能培训')),
    (('25个', '老年助餐点'), ('27个', '老年助餐点')),
    (('420个', '普惠托位'), ('436个', '普惠托位')),
    (('1所', '公办托育园'), ('1所', '公办托育园')),
    (('150个', '托位'), ('150个', '托位')),
    (('1620个', '学位'), ('1620个', '学位')),
    (('6所', '农村寄宿制学校'), ('6所', '农村寄宿制学校')),
    (('800张', '寄宿床位'), ('760张', '寄宿床位')),
    (('1.8万名', '农村妇女'), ('1.86万名', '农村妇女')),
    (('6.5万人', '老年人免费体检'), ('6.71万名', '65周岁以上老年人')),
    (('30个', '村卫生室'), ('30个', '村卫生室')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('2360户', '居民'), ('2412户', '居民')),
    (('20部', '加装电梯'), ('17部', '加装电梯')),
    (('150户', '农村低收入群体危房改造'), ('150户', '农村低收入群体危房改造')),
    (('4条', '城乡公交线路'), ('4条', '城乡公交线路')),
    (('30辆', '新能源公交车'), ('30辆', '新能源公交车')),
    (('85公里', '农村公路'), ('91.6公里', '农村公路')),
    (('12座', '农村危桥'), ('12座', '农村危桥')),
    (('40个', '生活污水治理自然村'), ('41个', '生活污水治理自然村')),
    (('14处', '农村黑臭水体（坑塘）'), ('14处', '农村黑臭坑塘')),
    (('6个', '口袋公园'), ('7个', '口袋公园')),
    (('3000户', '老年人家庭和餐饮商户'), ('3126户', '老年人家庭和餐饮商户')),
    (('15个', '微型消防站'), ('15个', '微型消防站')),
    (('300块', '防溺水警示牌'), ('320块', '防溺水警示牌')),
    (('200场', '送戏进万村演出'), ('214场', '送戏进万村演出')),
    (('80场', '庐剧专场'), ('86场', '庐剧专场')),
    (('2600场', '农村公益电影'), ('2650场', '农村公益电影')),
    (('2个', '城市书房'), ('2个', '城市书房')),
    (('800元', '城乡低保标准'), ('800元', '城乡低保标准')),
    (('320名', '残疾儿童'), ('335名', '残疾儿童')),
    (('1.5亿元', '创业担保贷款'), ('1.62亿元', '创业担保贷款')),
    (('600人', '返乡创业'), ('648人', '返乡创业')),
    (('2项', '结转收尾工程'), ('2项', '结转收尾工程')),
    (('35项', '民生工程', 'first'), None),
    (('3.46亿元', '县级配套'), None),
    (('12个', '乡镇（街道）助餐点'), None),
    (('13个', '村级助餐点'), None),
    (('3元', '就餐补助'), None),
    (('2元', '就餐补助'), None),
    (('8个', '开设托育点的乡镇卫生院'), None),
    (('1200元', '普惠托位收费'), None),
    (('100%', '课后服务覆盖率'), None),
    (('10万元', '村卫生室改造补助'), None),
    (('3个', '东门片区老旧小区'), None),
    (('20万元', '加装电梯补助'), None),
    (('800元', '瓶改管补助'), None),
    (('100元', '重度残疾人护理补贴'), None),
    (('30万元', '创业担保贷款额度'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='24900', report='24901')

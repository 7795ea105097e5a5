#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 23400 plan / 23401 report).

Run inside tests/heldout234:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.

The plan is the workers' congress proposals committee's review report of 南岔林业局 (2026-01-16): ten projects for
2026. The report is the forest bureau's factory-affairs board (厂务公开栏, 2027-01-08): a `｜` table of the main
indicators (target restated, result, rate) and notes item by item. Where the table and the notes both give a result,
the link takes the first mention that names what is counted (the table's row for 安置房, 管网, 换热站, 暖房子, 就业,
培训, 体检, 床位, 学位, 帮扶, 报警器, 冰场; the notes for the rest). The table's target cells restate the plan's
figures (target records of 23401): links go from the plan's records.

A target with no result is listed with None and skipped: the list's count and money sources (`十件`, `4100万元`,
`2750万元`), `3个` 林场 (the report names the farms without a count), `1条` 通勤班车 and `1个` 日间照料中心 (told
opened, no figure), `2个` 托班 and `40个` 托位 (`均已招满`), `1000元` 慰问金 per household (the report gives the
total `16.3万元`, another measure), the `2000元至5000元` aid per child, `6个` 微型消防站 and `8个` 职工书屋
(`全部建成`, no figure).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('6850万元', '计划总投资'), ('6512万元', '完成投资')),
    (('2栋', '安置小区住宅楼'), ('2栋', '安置小区住宅楼')),
    (('186套', '安置房'), ('186', '棚改安置房')),
    (('186户', '安置职工家庭'), ('186户', '入住职工家庭')),
    (('36户', '结转搬迁入住户'), ('36户', '结转搬迁入住户')),
    (('8.6公里', '林场供热老旧管网'), ('7.9', '林场供热老旧管网')),
    (('2座', '换热站'), ('2', '换热站')),
    (('12栋', '职工住宅楼'), ('12栋', '职工住宅楼')),
    (('5.8万平方米', '改造面积'), ('6.03', '暖房子改造面积')),
    (('1040户', '受益职工家庭'), ('1040户', '受益职工家庭')),
    (('14.5公里', '林场连接路'), ('14.5', '林场连接路')),
    (('2辆', '职工通勤客车'), ('2辆', '职工通勤客车')),
    (('320人', '富余职工和职工家属就业'), ('347', '安置就业')),
    (('600人次', '技能培训'), ('652', '技能培训')),
    (('30个', '职工家庭小微项目'), ('27个', '职工家庭小微项目')),
    (('3200人', '在岗职工免费健康体检'), ('3086', '职工免费体检')),
    (('850人', '女职工两癌筛查'), ('862人', '女职工两癌筛查')),
    (('5个', '林场卫生所'), ('5个', '林场卫生所')),
    (('30张', '日间照料中心床位'), ('30', '日间照料中心床位')),
    (('260名', '上门服务老人'), ('271名', '上门服务离退休职工')),
    (('90个', '幼儿园学位'), ('90', '幼儿园学位')),
    (('150户', '困难职工家庭'), ('163', '帮扶困难职工家庭')),
    (('60名', '金秋助学资助困难职工子女'), ('61名', '金秋助学资助职工子女')),
    (('1500个', '一氧化碳报警器'), ('1620', '一氧化碳报警器')),
    (('40场', '森林防火和安全用电培训'), ('43场', '森林防火和安全用电培训')),
    (('3块', '公益冰场'), ('3', '公益冰场')),
    (('十件', '实事'), None),
    (('4100万元', '国家重点国有林区转型发展资金和省级资金'), None),
    (('2750万元', '局自筹'), None),
    (('3个', '林场'), None),
    (('1条', '通勤班车'), None),
    (('1个', '日间照料中心'), None),
    (('2个', '托班'), None),
    (('40个', '托位'), None),
    (('1000元', '慰问金'), None),
    (('2000元至5000元', '金秋助学资助'), None),
    (('6个', '林场微型消防站'), None),
    (('8个', '职工书屋'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='23400', report='23401')

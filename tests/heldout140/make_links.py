#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 14000 plan / 14001 report).

Run inside tests/heldout140:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the
two doc prefixes. The plan (14000) is a government office's notice registering the year's 12 projects as supervision
matters, one paragraph per brand; the report (14001) is the supervision office's register of how each matter was
closed (a TAB table, one row per registration number, then notes). Every link goes from a plan record to the
register's figure for the same thing in its row (or, for the money, in note 1). A target with no result is listed
with None and skipped: the list's counts (`12件`, `40个` 子项, `两件` under 常有安居), the baseline and the 2027
goal per 千人口 (`3.6个` stock, `4.5个`), the rules of the supervision (`20%`, `两次`), last year's `11件`, and the
targets the register says were done without a figure: the 托育点 per town (`1个`) and the city's 托育综合服务中心
(`1个`: `10月投用`), the `5所` schools (`全部投用`), `20个` 村卫生室, `4家` 残疾人之家, `500个` 公益性岗位,
`25座` 农村危桥 and `20个` 微型消防站 (`全部完成`/`全部建成`/`全部开发到位`). The register's remainders with a
2027 date (`尚缺8名`, `剩余1条`, `剩余1个`, `约190户`) are targets of 2027, not results.
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('18.6亿元', '计划总投资'), ('19.3亿元', '完成投资')),
    (('4.2亿元', '市级财政'), ('4.08亿元', '市级财政资金到位')),
    (('600个', '普惠托位'), ('642个', '普惠托位')),
    (('6个', '建社区托育点的镇'), ('6个', '建成社区托育点的镇')),
    (('2000人次', '入户科学育儿指导'), ('2316人次', '入户科学育儿指导')),
    (('98%', '新生儿疾病筛查率'), ('99.1%', '新生儿疾病筛查率')),
    (('3240个', '学位'), ('3285个', '学位')),
    (('360个', '安丰镇中心幼儿园学位'), ('360个', '安丰镇中心幼儿园学位')),
    (('260名', '新教师'), ('252名', '新教师')),
    (('92%', '义务教育学校课后服务参与率'), ('94.6%', '课后服务参与率')),
    (('4.2万名', '65岁以上老年人'), ('4.37万人', '65岁以上老年人免费体检')),
    (('1.6万名', '适龄妇女'), ('1.68万人', '两癌筛查')),
    (('40条', '全民健身路径'), ('43条', '全民健身路径')),
    (('15个', '老年助餐点'), ('16个', '老年助餐点')),
    (('12万人次', '助餐服务'), ('13.5万人次', '助餐服务')),
    (('300户', '特殊困难老年人家庭'), ('312户', '适老化改造')),
    (('200张', '家庭养老照护床位'), ('206张', '家庭养老照护床位')),
    (('60元', '尊老金'), ('60元', '尊老金')),
    (('11个', '老旧小区'), ('10个', '老旧小区改造完工')),
    (('3600户', '居民'), ('3412户', '居民')),
    (('30部', '加装电梯'), ('33部', '加装电梯完工')),
    (('12部', '结转加装电梯'), ('12部', '结转加装电梯')),
    (('3个', '农民集中居住点'), ('2个', '农民集中居住点')),
    (('860户', '农户住房'), ('905户', '农户住房')),
    (('870元', '城乡低保标准'), ('870元', '城乡低保标准')),
    (('1200名', '残疾人'), ('1286名', '辅助器具适配')),
    (('1.1万人', '城镇新增就业'), ('1.23万人', '城镇新增就业')),
    (('1.5万人次', '补贴性职业技能培训'), ('1.62万人次', '补贴性职业技能培训')),
    (('2亿元', '创业担保贷款'), ('2.36亿元', '创业担保贷款')),
    (('80公里', '农村公路'), ('84.6公里', '农村公路')),
    (('1500个', '公共停车泊位'), ('1620个', '公共停车泊位')),
    (('4条', '镇村公交线路'), ('3条', '镇村公交线路')),
    (('8个', '口袋公园'), ('8个', '口袋公园')),
    (('120个', '生活污水治理自然村'), ('126个', '生活污水治理自然村')),
    (('30公顷', '城市绿地'), ('32.5公顷', '城市绿地')),
    (('8000户', '居民'), ('8236户', '燃气泄漏报警器')),
    (('1.2万人', '应急救护持证培训'), ('1.31万人', '应急救护持证培训')),
    (('200场', '送戏下乡'), ('218场', '送戏下乡')),
    (('5个', '城市书房'), ('5个', '城市书房')),
    (('3600场', '农村公益电影'), ('3712场', '农村公益电影')),
    (('12件', '民生实事项目'), None),
    (('40个', '子项'), None),
    (('1个', '社区托育点'), None),
    (('1个', '市级托育综合服务中心'), None),
    (('5所', '中小学和幼儿园'), None),
    (('20个', '村卫生室'), None),
    (('两件', '实事'), None),
    (('4家', '残疾人之家'), None),
    (('500个', '公益性岗位'), None),
    (('25座', '农村危桥'), None),
    (('20个', '微型消防站'), None),
    (('4.5个', '婴幼儿托位'), None),
    (('20%', '进度滞后'), None),
    (('两次', '连续滞后'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='14000', report='14001')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 25100 plan / 25101 report).

Run inside tests/heldout251:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator. Runs the shared `tools/make_links.py`; this file keeps the link list and the two doc prefixes.
The plan (a teleprompter script) states two targets twice, once spoken and once in a lower-third caption
(`300个` 普惠托位, `20个` 颐养之家): `target='first'` takes the spoken line. The report (a phone spot-check notice)
restates each target inside its table's item names (target records of 25101); the links go from the plan's records
to the table's `认定完成` cells, the first result mention (`result='first'`; the prose of part four repeats
`41.2公里`, `512个` and `78名`). The total investment's first plan mention is the one split over two lines
(`5.8⏎亿元`). A target with no result is listed with None and skipped: the list's count of projects, and the targets
the report says were done without a figure (托育点 `2个`, 寄宿制学校 `6所`, 村卫生室 `15个`, 公益性岗位 `260个`,
辅助器具 `500件`, 供水 `2.1万人`, 公交线路 `3条`, 河道 `6.5公里`, 自然村 `30个`, 充电车棚 `120个`, 快检室 `12个`,
城市书房 `4家`, 健身路径 `20条`), and the plan's figures the report does not mention (`100%` of 2027, `20名`
音体美教师, `98%` 新生儿疾病筛查率, `1200人次` 莲农, the 低保 standards, the `2元` fare, the money's sources).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('5.8\n亿元', '计划总投资'), ('5.63亿元', '完成投资')),
    (('300个', '普惠托位'), ('326', '普惠托位')),
    (('20个', '颐养之家'), ('20', '颐养之家')),
    (('3个', '长者食堂'), ('3', '城区长者食堂')),
    (('400户', '特殊困难老年人家庭'), ('412', '特殊困难老年人家庭适老化改造')),
    (('360个', '学位'), ('360', '幼儿园学位')),
    (('80名', '教师'), ('78', '教师')),
    (('1.2万名', '适龄妇女'), ('1.26万', '两癌免费筛查')),
    (('3.5万人', '老年人免费健康体检'), ('3.71万', '老年人免费体检')),
    (('两千八百人', '城镇新增就业'), ('3104', '城镇新增就业')),
    (('3000人次', '职业技能培训'), ('3260', '职业技能培训')),
    (('60名', '孤独症儿童'), ('64', '孤独症儿童')),
    (('8个', '老旧小区'), ('8', '老旧小区')),
    (('1460户', '居民'), ('1502', '居民')),
    (('45公里', '农村公路提质改造'), ('41.2', '农村公路提质改造')),
    (('600个', '公共停车泊位'), ('512', '公共停车泊位')),
    (('5个', '口袋公园'), ('5', '口袋公园')),
    (('3000户', '老旧小区居民'), ('3118', '燃气报警器安装')),
    (('150场', '送孟戏、采茶戏下乡'), ('163', '送戏下乡')),
    (('1500场', '农村公益电影放映'), ('1536', '农村公益电影放映')),
    (('十件', '民生实事'), None),
    (('2个', '社区托育点'), None),
    (('100%', '颐养之家行政村覆盖率'), None),
    (('6所', '农村寄宿制学校'), None),
    (('20名', '音体美教师'), None),
    (('15个', '村卫生室'), None),
    (('98%', '新生儿疾病筛查率'), None),
    (('260个', '公益性岗位'), None),
    (('1200人次', '莲农技术培训'), None),
    (('500件', '残疾人辅助器具适配'), None),
    (('900元', '城市低保标准'), None),
    (('705元', '农村低保标准'), None),
    (('2.1万人', '城乡供水一体化新增受益人口'), None),
    (('3条', '城乡公交线路'), None),
    (('2元', '城乡公交票价'), None),
    (('6.5公里', '旴江城区段河道整治'), None),
    (('30个', '生活污水治理自然村'), None),
    (('120个', '电动自行车集中充电车棚'), None),
    (('12个', '食品快检室'), None),
    (('4家', '城市书房'), None),
    (('20条', '全民健身路径'), None),
    (('3.1亿元', '上级资金'), None),
    (('1.9亿元', '县级财政'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='25100', report='25101', target='first', result='first')

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 33000 plan / 33001 report).

Run inside tests/heldout330:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each document by its span
text and indicator; runs the shared `tools/make_links.py`. The plan (33000) is a 拉场戏 script whose figures are
often Chinese numerals; the report (33001) is a county paper's transcription of the town head's notebook. A result
is taken at its first mention (`result='first'`: the notebook states `4个` 老年助餐点 in its July entry and again in
its year-end table; the link takes the entry). A target said twice (`5户` 危房改造, sung twice) links from its first
mention. Targets with no result figure are listed with None and skipped: the list's counts and money other than the
investment (`十件`), the 托育点 `一处` (told as `开园`, no count), the `3元` meal subsidy, the 客车班线 `一条` (`已通车`,
no figure: the table's `1条` restates the plan), the 冰场 `一块` (the report gives its area only), and the
公益性岗位 `60个` (the notebook answers `62人` 上岗: people, not posts; another unit, so no link).
"""
import runpy
from pathlib import Path

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('一千八百六十万元', '总投资'), ('1795', '总投资')),
    (('四十个', '托位'), ('40个', '托位')),
    (('八十张', '寄宿床位'), ('80张', '寄宿床位')),
    (('3200人', '老人免费体检'), ('3356人', '老人体检')),
    (('一台', '彩超'), ('1台', '彩超')),
    (('4个', '老年助餐点'), ('4个', '老年助餐点')),
    (('80户', '独居、失能老人上门送餐'), ('78户', '上门送餐')),
    (('30户', '一键呼叫'), ('30户', '一键呼叫')),
    (('36户', '泥草房改造'), ('34户', '泥草房改造')),
    (('150户', '农村改厕'), ('152户', '改厕')),
    (('两个', '自来水通屯'), ('两个', '自来水通屯')),
    (('四百二十户', '自来水入户'), ('436户', '自来水入户')),
    (('8.5公里', '通屯路硬化'), ('8.7公里', '通屯路硬化')),
    (('300人次', '劳务输出技能培训'), ('318人次', '劳务输出培训')),
    (('500元', '取暖补贴'), ('500元', '取暖补贴')),
    (('218户', '低保户、特困户取暖补贴'), ('221户', '取暖补贴')),
    (('24场', '送戏下屯'), ('26场', '送戏下屯')),
    (('两千册', '农家书屋新书'), ('2000册', '农家书屋新书')),
    (('1500个', '一氧化碳报警器'), ('1532个', '一氧化碳报警器')),
    (('3个', '微型消防站'), ('3个', '微型消防站')),
    (('2万株', '栽树'), ('2.1万株', '栽树')),
    (('5户', '危房改造'), ('5户', '危房改造')),
    (('十件', '实事'), None),
    (('一处', '普惠托育点'), None),
    (('3元', '助餐补贴'), None),
    (('一条', '客车班线'), None),
    (('一块', '冰场'), None),
    (('60个', '公益性岗位'), None),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, LINKS, plan='33000', report='33001', target='first', result='first')

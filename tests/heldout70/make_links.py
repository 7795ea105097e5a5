#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 7000 plan / 7001 report).

Run inside tests/heldout70:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Copied from held-out 50's script (itself held-out 47's); the link list and
the two doc prefixes differ. A target with no result is listed with None and skipped: the 2026 carry-over `2部` lifts
(the report says nothing of them) and the satisfaction floor `90%` (the report's 93.6% is a questionnaire share of the
experience officers' own survey, not the third-party evaluation the notice names).
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('180个', '普惠托位'), ('186', '普惠托位')),
    (('3200人次', '儿童发育筛查'), ('3350', '儿童发育筛查')),
    (('540个', '学位'), ('540个', '学位')),
    (('48套', '乡村教师周转宿舍'), ('48套', '乡村教师周转宿舍')),
    (('2.2万人', '老年人免费健康体检'), ('2.31万名', '老年人免费体检')),
    (('15个', '村卫生室'), ('15个', '村卫生室标准化改造')),
    (('12个', '老年助餐点'), ('12个', '老年助餐点')),
    (('6万人次', '助餐服务'), ('6.7万人次', '助餐服务')),
    (('320户', '特殊困难老年人家庭'), ('326', '适老化改造')),
    (('9个', '老旧小区'), ('9', '老旧小区改造')),
    (('1860户', '居民'), ('1902', '居民')),
    (('10部', '加装电梯'), ('8', '加装电梯')),
    (('450名', '残疾人'), ('462', '残疾人基本康复服务')),
    (('720元', '城乡低保标准'), ('720元', '城乡低保标准')),
    (('2100人', '城镇新增就业'), ('2260', '城镇新增就业')),
    (('2800人次', '职业技能培训'), ('3015', '职业技能培训')),
    (('68公里', '农村公路'), ('65公里', '农村公路')),
    (('350个', '公共停车泊位'), ('360', '公共停车泊位')),
    (('6个', '口袋公园'), ('6个', '口袋公园')),
    (('4条', '农村黑臭水体'), ('4条', '农村黑臭水体治理')),
    (('100场', '送戏下乡'), ('112场', '送戏下乡演出')),
    (('20个', '农家书屋示范点'), ('20个', '农家书屋示范点')),
    (('2.86亿元', '计划总投资'), ('2.79亿元', '完成投资')),
    (('1.7亿元', '上级资金'), ('1.64亿元', '上级资金到位')),
    (('2部', '加装电梯'), None),
    (('90%', '群众满意度'), None),
]


def load(prefix):
    path, = glob.glob('gold/%s_*.json' % prefix)
    return json.load(open(path, encoding='utf-8'))


def find(gold, text, indicator, stance, first=False):
    hits = sorted((r for r in gold['records']
                   if r['text'] == text and r['indicator'] == indicator and r['stance'] == stance),
                  key=lambda r: r['start'])
    assert len(hits) == 1 or (first and hits), (gold['doc_id'], text, indicator, stance, len(hits))
    r = hits[0]
    return {'doc_id': gold['doc_id'], 'start': r['start'], 'end': r['end'], 'text': r['text']}


def main():
    plan, report = load('7000'), load('7001')
    pairs = [{'target': find(plan, t, ti, 'target', first=True), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), res in LINKS if res for r, ri in [res]]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 7400 plan / 7401 report).

Run inside tests/heldout74:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Copied from held-out 50's script (itself held-out 47's, 45's and 43's); the link list and
the two doc prefixes differ. A target with no result would be listed with None and skipped (none here: every
row of the plan's table is answered by the report's table or text).
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.36亿元', '计划总投资'), ('2.28亿元', '完成投资')),
    (('1.5亿元', '上级资金'), ('1.38亿元', '上级资金到位')),
    (('0.86亿元', '县本级财政'), ('0.9亿元', '县本级财政到位')),
    (('120', '普惠托位'), ('126', '普惠托位')),
    (('5200', '儿童眼保健和视力检查'), ('5436', '儿童眼保健和视力检查')),
    (('270', '学位'), ('270', '第二幼儿园学位')),
    (('16', '农村学校旱厕'), ('16', '农村学校旱厕改造')),
    (('14', '村卫生室'), ('14', '村卫生室')),
    (('3000', '适龄妇女两癌筛查'), ('3105', '两癌筛查')),
    (('8', '老年助餐点'), ('9', '老年助餐点')),
    (('260', '特殊困难老年人家庭适老化改造'), ('268', '适老化改造')),
    (('6', '老旧小区'), ('5', '老旧小区')),
    (('1150', '老旧小区改造惠及居民'), ('968户', '居民')),
    (('85', '农村危房改造'), ('85', '农村危房改造')),
    (('120', '残疾人家庭无障碍改造'), ('124', '残疾人家庭无障碍改造')),
    (('1800', '城镇新增就业'), ('1962', '城镇新增就业')),
    (('2500', '职业技能培训'), ('2731', '职业技能培训')),
    (('48', '农村公路'), ('44', '农村公路')),
    (('350', '城区公共停车泊位'), ('362', '公共停车泊位')),
    (('3000', '黄河沿岸绿化造林'), ('3150', '绿化造林')),
    (('4', '口袋公园'), ('4', '口袋公园')),
    (('1800', '燃气泄漏报警器'), ('1846', '燃气泄漏报警器')),
    (('150', '送戏下乡'), ('163', '送戏下乡')),
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
    plan, report = load('7400'), load('7401')
    pairs = [{'target': find(plan, t, ti, 'target', first=True), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), res in LINKS if res for r, ri in [res]]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

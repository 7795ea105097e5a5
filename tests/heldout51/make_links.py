#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 5100 plan / 5101 report).

Run inside tests/heldout51:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Copied from held-out 50's script (itself held-out 47's); the link list and
the two doc prefixes differ. A target with no result is listed with None and skipped: 5100's year-end totals `530个` 普惠托位 and
`22个` 老年助餐点 (5101 reports 536 and 22 as stock totals at year end, and a stock is never a result).
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.46亿元', '计划总投资'), ('2.39亿元', '完成投资')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('3个', '乡镇托育点'), ('3个', '乡镇托育点')),
    (('6000人次', '儿童眼保健和视力检查'), ('6312人次', '儿童眼保健和视力检查')),
    (('360个', '幼儿园学位'), ('360个', '幼儿园学位')),
    (('540个', '小学学位'), ('540个', '小学学位')),
    (('12个', '村卫生室'), ('12个', '村卫生室')),
    (('2台', 'DR设备'), ('2台', 'DR设备')),
    (('8个', '老年助餐点'), ('8个', '老年助餐点')),
    (('4万人次', '助餐服务'), ('4.6万人次', '助餐服务')),
    (('200户', '特殊困难老年人家庭'), ('206户', '特殊困难老年人家庭')),
    (('450户', '农村住房'), ('452户', '农村住房')),
    (('5个', '老旧小区'), ('4个', '老旧小区')),
    (('860户', '居民'), ('702户', '居民')),
    (('320名', '残疾人'), ('335名', '残疾人')),
    (('1800人', '城镇新增就业'), ('1934人', '城镇新增就业')),
    (('2500人次', '职业技能培训'), ('2711人次', '职业技能培训')),
    (('68公里', '农村公路'), ('71公里', '农村公路')),
    (('500座', '农村户用卫生厕所'), ('512座', '农村户用卫生厕所')),
    (('3000户', '居民'), ('3046户', '居民')),
    (('100场', '送戏下乡'), ('108场', '送戏下乡')),
    (('10个', '农家书屋'), ('10个', '农家书屋')),
    (('530个', '普惠托位'), None),
    (('22个', '老年助餐点'), None),
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
    plan, report = load('5100'), load('5101')
    pairs = [{'target': find(plan, t, ti, 'target', first=True), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), res in LINKS if res for r, ri in [res]]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 6500 plan / 6501 report).

Run inside tests/heldout65:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Copied from held-out 50's script (itself held-out 47's, 45's and 43's); the link list and
the two doc prefixes differ. A target with no result is listed with None and skipped: 6500's year-end totals `53个` 助餐点 and
`1360个` 托位 (6501 reports 54 and 1373 as stock totals, and a stock is never a result).
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.86亿元', '计划总投资'), ('2.71亿元', '完成投资')),
    (('1.05亿元', '中央和自治区资金'), ('0.98亿元', '中央和自治区资金到位')),
    (('240个', '普惠托位'), ('253', '普惠托位')),
    (('3200人次', '儿童发育筛查'), ('3415', '儿童发育筛查')),
    (('1080个', '学位'), ('1080', '第六小学新增学位')),
    (('6.5公里', '学校供暖管网'), ('6.5', '学校供暖管网')),
    (('4个', '社区卫生服务站'), ('4', '社区卫生服务站')),
    (('1.8万人', '老年人健康体检'), ('1.86', '老年人健康体检')),
    (('12个', '老年助餐点'), ('13', '老年助餐点')),
    (('6万人次', '助餐服务'), ('6.9', '助餐服务')),
    (('400户', '适老化改造'), ('415', '适老化改造')),
    (('9个', '老旧小区'), ('9', '老旧小区')),
    (('2600户', '居民'), ('2655', '居民')),
    (('10部', '加装电梯'), ('7', '加装电梯')),
    (('12公里', '供热管网'), ('12.4', '供热管网')),
    (('500名', '残疾人'), ('522', '残疾人基本康复服务')),
    (('860元', '低保标准'), ('860元', '低保标准')),
    (('3200人', '城镇新增就业'), ('3466', '城镇新增就业')),
    (('4000人次', '职业技能培训'), ('4218', '职业技能培训')),
    (('2条', '公交线路'), ('2', '公交线路')),
    (('30辆', '新能源公交车'), ('30', '新能源公交车')),
    (('600个', '公共停车泊位'), ('640', '公共停车泊位')),
    (('6个', '口袋公园'), ('6', '口袋公园')),
    (('4.5公顷', '绿地'), ('3.9公顷', '绿地')),
    (('3000户', '燃气泄漏报警器'), ('3120', '燃气泄漏报警器')),
    (('150场', '送文化演出'), ('166', '送文化演出')),
    (('53个', '老年助餐点'), None),
    (('1360个', '普惠托位'), None),
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
    plan, report = load('6500'), load('6501')
    pairs = [{'target': find(plan, t, ti, 'target', first=True), 'result': find(report, r, ri, 'achieved', first=True)}
             for (t, ti), res in LINKS if res for r, ri in [res]]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

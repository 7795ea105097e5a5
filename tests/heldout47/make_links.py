#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 4700 plan / 4701 report).

Run inside tests/heldout47:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Copied from held-out 45's script (itself held-out 43's); the link list and
the two doc prefixes differ. A target with no result is listed with None and skipped: 4700's `1栋` 教学楼 (4701 says
only that its main structure is finished, with no count) and `1台` DR equipment per clinic (4701 counts `7台` in all:
another unit of count, not the plan's per-clinic figure).
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('2.08亿元', '调整后预算'), ('2.04亿元', '民生实事资金实际支出')),
    (('1所', '县托育综合服务中心'), ('1所', '县托育综合服务中心')),
    (('120个', '普惠托位'), ('126个', '普惠托位')),
    (('1栋', '教学楼'), None),
    (('600个', '学位'), ('600个', '学位')),
    (('48套', '周转宿舍'), ('48套', '周转宿舍')),
    (('1台', 'DR设备'), None),
    (('1.1万人', '老年人健康体检'), ('1.17万人', '老年人健康体检')),
    (('12个', '老年助餐点'), ('13个', '老年助餐点')),
    (('3.6万人次', '助餐'), ('4.1万人次', '助餐')),
    (('9个', '老旧小区'), ('9个', '老旧小区')),
    (('1460户', '居民'), ('1512户', '居民')),
    (('6部', '加装电梯'), ('5部', '加装电梯')),
    (('280户', '农村安居工程'), ('283户', '农村安居工程')),
    (('350名', '残疾人'), ('372名', '基本康复服务')),
    (('200件', '辅助器具'), ('231件', '辅助器具')),
    (('2000人次', '农牧民职业技能培训'), ('2264人次', '培训')),
    (('150个', '公益性岗位'), ('156人', '公益性岗位安置')),
    (('46公里', '农村公路新改建'), ('44公里', '农村公路')),
    (('20座', '公交站亭'), ('20座', '公交站亭')),
    (('3200户', '居民'), ('3315户', '燃气泄漏报警器')),
    (('150场', '送文艺演出下乡'), ('162场', '送戏下乡')),
    (('8个', '农家书屋'), ('8个', '农家书屋')),
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
    plan, report = load('4700'), load('4701')
    pairs = [{'target': find(plan, t, ti, 'target', first=True), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), res in LINKS if res for r, ri in [res]]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

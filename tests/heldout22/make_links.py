"""Rebuild links.json (target in the 2200 plan -> result in the 2201 closing-off forms) from the gold.

Stdlib only; run inside tests/heldout22. The pairs below were chosen by reading the two
documents side by side; each side is found in the gold by (text, indicator, stance).
"""
import glob
import json

PAIRS = [  # (target text, target indicator) -> (result text, result indicator)
    (('600个', '普惠托位'), ('648个', '普惠托位')),
    (('8个', '社区嵌入式托育点'), ('9个', '社区嵌入式托育点')),
    (('4.5个', '托位'), ('4.6个', '托位')),
    (('1620个', '学位'), ('1620个', '学位')),
    (('36个', '教学班'), ('36个', '教学班')),
    (('3所', '幼儿园'), ('3所', '幼儿园')),
    (('540个', '幼儿园学位'), ('570个', '幼儿园学位')),
    (('12个', '社区老年食堂'), ('13个', '社区老年食堂')),
    (('30个', '助餐点'), ('31个', '助餐点')),
    (('20万人次', '助餐'), ('23.4万人次', '助餐')),
    (('46个', '老旧小区'), ('46个', '老旧小区')),
    (('1.1万户', '居民'), ('11280户', '居民')),
    (('60部', '加装电梯'), ('63部', '加装电梯完工投用')),
    (('1.5万人', '城镇新增就业'), ('1.62万人', '城镇新增就业')),
    (('500个', '公益性岗位'), ('526个', '公益性岗位')),
    (('6000人次', '补贴性职业技能培训'), ('6835人次', '补贴性职业技能培训')),
]


def load(prefix):
    path = glob.glob('gold/%s_*.json' % prefix)[0]
    return json.load(open(path, encoding='utf-8'))


def find(gold, text, indicator, stance):
    hits = [r for r in gold['records']
            if r['text'] == text and r['indicator'] == indicator and r.get('stance') == stance]
    assert len(hits) == 1, (gold['doc_id'], text, indicator, stance, len(hits))
    r = hits[0]
    return {'doc_id': gold['doc_id'], 'start': r['start'], 'end': r['end'], 'text': r['text']}


def main():
    plan, report = load('2200'), load('2201')
    pairs = [{'target': find(plan, t, ti, 'target'), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), (r, ri) in PAIRS]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

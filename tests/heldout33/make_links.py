#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 3306 plan / 3307 report).

Run inside tests/heldout33:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator (unique within the document's records of that stance).
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('43.1亿元', '计划总投资'), ('44.6亿元', '完成投资')),
    (('2000个', '普惠托位'), ('2136个', '普惠托位')),
    (('12所', '中小学幼儿园'), ('12所', '中小学幼儿园')),
    (('1.08万个', '学位'), ('1.12万个', '学位')),
    (('80个', '老年助餐点'), ('84个', '老年助餐点')),
    (('2000户', '特殊困难老年人家庭适老化改造'), ('2068户', '特殊困难老年人家庭适老化改造')),
    (('5万名', '适龄妇女两癌筛查'), ('5.3万名', '适龄妇女两癌筛查')),
    (('150个', '村卫生室'), ('150个', '村卫生室')),
    (('96个', '老旧小区'), ('96个', '老旧小区')),
    (('120部', '加装电梯'), ('108部', '加装电梯完工投用')),
    (('880元', '城市低保标准'), ('880元', '城市低保标准')),
    (('3600名', '残疾人'), ('3812名', '残疾人')),
    (('5.2万人', '城镇新增就业'), ('5.46万人', '城镇新增就业')),
    (('3000个', '城乡公益性岗位'), ('3120个', '城乡公益性岗位')),
    (('500公里', '农村公路'), ('512公里', '农村公路')),
    (('8条', '城乡公交线路'), ('9条', '城乡公交线路')),
    (('60公里', '城市污水管网'), ('63.5公里', '城市污水管网')),
    (('40个', '口袋公园'), ('40个', '口袋公园')),
    (('180公里', '老化燃气管道'), ('186公里', '老化燃气管道')),
    (('400台', 'AED'), ('400台', 'AED')),
    (('20个', '城市书房'), ('20个', '城市书房')),
    (('1000场', '送戏下乡'), ('1126场', '送戏下乡')),
    (('80%', '市级配套资金到位率'), ('81.2%', '市级配套资金到位率')),
]


def load(prefix):
    path, = glob.glob('gold/%s_*.json' % prefix)
    return json.load(open(path, encoding='utf-8'))


def find(gold, text, indicator, stance):
    hits = [r for r in gold['records']
            if r['text'] == text and r['indicator'] == indicator and r['stance'] == stance]
    assert len(hits) == 1, (gold['doc_id'], text, indicator, stance, len(hits))
    r = hits[0]
    return {'doc_id': gold['doc_id'], 'start': r['start'], 'end': r['end'], 'text': r['text']}


def main():
    plan, report = load('3306'), load('3307')
    pairs = [{'target': find(plan, t, ti, 'target'), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), (r, ri) in LINKS]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

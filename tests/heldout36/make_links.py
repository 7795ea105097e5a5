#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 3603 plan / 3604 report).

Run inside tests/heldout36:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Copied from held-out 35's script; the link list and the
two doc prefixes differ, and find() takes the FIRST mention where the plan (an LED screen's loop,
captured one and a half times) states the same target twice; a result must still be unique.
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('120个', '普惠性托位'), ('126', '普惠性托位')),
    (('12个', '社区老年助餐点'), ('12', '社区老年助餐点')),
    (('300户', '特殊困难老年人家庭'), ('312', '特殊困难老年人家庭')),
    (('3所', '幼儿园'), ('3所', '幼儿园')),
    (('540个', '学位'), ('570', '学位')),
    (('15所', '农村寄宿制学校厕所'), ('15所', '农村寄宿制学校厕所')),
    (('2.5万名', '农村适龄妇女'), ('2.61万', '农村适龄妇女')),
    (('20个', '标准化村卫生室'), ('21个', '标准化村卫生室')),
    (('8个', '老旧小区'), ('8个', '老旧小区')),
    (('1260户', '居民'), ('1284户', '居民')),
    (('6座', '公共厕所'), ('6座', '公共厕所')),
    (('3200人', '城镇新增就业'), ('3416', '城镇新增就业')),
    (('8000人次', '补贴性职业技能培训'), ('8452', '补贴性职业技能培训')),
    (('900个', '乡村公益性岗位'), ('931个', '乡村公益性岗位')),
    (('180名', '残疾儿童'), ('186名', '残疾儿童')),
    (('5580元', '农村低保标准'), ('5580元', '农村低保标准')),
    (('60公里', '自然村通组路'), ('63.2', '自然村通组路')),
    (('500个', '公共停车泊位'), ('512个', '公共停车泊位')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('2000户', '农村卫生户厕改造'), ('2000户', '农村卫生户厕改造')),
    (('1500户', '独居老人家庭'), ('1500', '独居老人家庭')),
    (('5000人次', '应急救护培训'), ('5630人次', '应急救护培训')),
    (('100场', '送戏下乡'), ('112场', '送戏下乡')),
    (('2个', '城市书房'), ('2个', '城市书房')),
    (('3.6亿元', '总投资'), ('3.82亿元', '完成投资')),
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
    plan, report = load('3603'), load('3604')
    pairs = [{'target': find(plan, t, ti, 'target', first=True), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), (r, ri) in LINKS]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

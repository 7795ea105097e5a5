#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 3800 plan / 3801 report).

Run inside tests/heldout38:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Copied from held-out 37's script; the link list and the two doc prefixes differ
(the plan states each target once, so find()'s first= switch is kept but changes nothing).
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('240个', '普惠性托位'), ('256', '普惠性托位')),
    (('3个', '社区嵌入式托育点'), ('3个', '社区嵌入式托育点')),
    (('12个', '农村老年幸福食堂'), ('12个', '农村老年幸福食堂')),
    (('600户', '特殊困难老年人家庭'), ('615', '适老化改造')),
    (('360个', '学位'), ('360个', '学位')),
    (('8所', '乡村学校供暖改造'), ('8所', '乡村学校供暖改造')),
    (('25个', '村卫生室'), ('27', '村卫生室改造提升')),
    (('1.2万名', '农村妇女'), ('1.31', '两癌筛查')),
    (('7个', '老旧小区'), ('7个', '老旧小区')),
    (('1380户', '居民'), ('1412户', '居民')),
    (('150户', '农房抗震改造'), ('152户', '农房抗震改造')),
    (('1800人', '城镇新增就业'), ('2046', '城镇新增就业')),
    (('3500人次', '补贴性职业技能培训'), ('3812', '补贴性职业技能培训')),
    (('420个', '公益性岗位'), ('436个', '公益性岗位')),
    (('820元', '城市低保标准'), ('820元', '城市低保标准')),
    (('620元', '农村低保标准'), ('620元', '农村低保标准')),
    (('180名', '残疾儿童'), ('193名', '残疾儿童')),
    (('60公里', '农村公路'), ('52.4', '农村公路')),
    (('500个', '城区公共停车泊位'), ('536', '城区公共停车泊位')),
    (('4座', '乡镇污水处理站'), ('3座', '乡镇污水处理站')),
    (('5个', '口袋公园'), ('5个', '口袋公园')),
    (('3000户', '居民'), ('3126户', '居民')),
    (('150场', '送文化下乡演出'), ('163场', '送文化下乡演出')),
    (('3.2亿元', '计划总投资'), ('3.36亿元', '完成投资')),
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
    plan, report = load('3800'), load('3801')
    pairs = [{'target': find(plan, t, ti, 'target', first=True), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), (r, ri) in LINKS]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

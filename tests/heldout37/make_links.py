#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 3700 plan / 3701 report).

Run inside tests/heldout37:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Copied from held-out 36's script; the link list and the two doc prefixes differ
(the plan states each target once, so find()'s first= switch is kept but changes nothing).
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('300个', '普惠性托位'), ('326', '普惠性托位')),
    (('4个', '社区托育服务点'), ('4个', '社区托育服务点')),
    (('2所', '公办幼儿园'), ('2所', '公办幼儿园')),
    (('900个', '学位'), ('960', '幼儿园学位')),
    (('12所', '农村学校旱厕改造'), ('12所', '农村学校旱厕改造')),
    (('1.8万名', '农村适龄妇女'), ('1.93', '两癌筛查')),
    (('30个', '标准化村卫生室'), ('31个', '标准化村卫生室')),
    (('15个', '老年助餐点'), ('15个', '老年助餐点')),
    (('400户', '特殊困难老年人家庭'), ('412户', '特殊困难老年人家庭')),
    (('6个', '老旧小区'), ('6个', '老旧小区')),
    (('1100户', '居民'), ('1136户', '居民')),
    (('20座', '农村公厕'), ('20座', '农村公厕')),
    (('4500人', '城镇新增就业'), ('4862', '城镇新增就业')),
    (('6000人次', '补贴性职业技能培训'), ('6517', '职业技能培训')),
    (('250名', '残疾人'), ('263名', '残疾人')),
    (('780元', '城市低保标准'), ('780元', '城市低保标准')),
    (('560元', '农村低保标准'), ('560元', '农村低保标准')),
    (('45公里', '农村公路'), ('47.6', '农村公路')),
    (('600个', '公共停车泊位'), ('640', '停车泊位')),
    (('4个', '口袋公园'), ('4个', '口袋公园')),
    (('2条', '城区黑臭水体'), ('2条', '城区黑臭水体')),
    (('2000户', '燃气报警器安装户'), ('2000户', '燃气报警器安装户')),
    (('120场', '送文化下乡演出'), ('131场', '送文化下乡演出')),
    (('2.8亿元', '计划总投资'), ('2.96亿元', '完成投资')),
    (('40名', '民生实事项目群众监督员'), ('43名', '群众监督员')),
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
    plan, report = load('3700'), load('3701')
    pairs = [{'target': find(plan, t, ti, 'target', first=True), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), (r, ri) in LINKS]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

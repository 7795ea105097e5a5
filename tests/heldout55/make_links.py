#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 5500 plan / 5501 report).

Run inside tests/heldout55:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Copied from held-out 50's script (itself held-out 47's, 45's and 43's); the link list and
the two doc prefixes differ. A target with no result is listed with None and skipped: 5500's year-end total `330个` 托位
(5501's `336个` is a stock total), the `20个` charging posts and the first-aid training (no figure in the report).
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('120个', '普惠托位'), ('126', '普惠托位')),
    (('3600人次', '儿童眼保健和视力筛查'), ('3712', '儿童眼保健和视力筛查')),
    (('1栋', '寄宿制学校学生宿舍'), ('1', '寄宿制学校学生宿舍')),
    (('450个', '学位'), ('450', '学位')),
    (('1200名', '农牧区寄宿生'), ('1236', '寄宿生冬季取暖补助')),
    (('15个', '标准化村卫生室'), ('15', '标准化村卫生室')),
    (('8500人', '老年人免费健康体检'), ('8842', '老年人免费健康体检')),
    (('6个', '村级互助幸福院'), ('6', '村级互助幸福院')),
    (('4个', '老年助餐点'), ('5', '老年助餐点')),
    (('3万人次', '助餐'), ('3.4万人次', '助餐')),
    (('5个', '老旧小区'), ('5', '老旧小区')),
    (('860户', '居民'), ('872户', '居民')),
    (('210户', '农牧民危旧房改造'), ('204', '农牧民危旧房改造')),
    (('12公里', '城镇供热管网'), ('12.4', '供热管网')),
    (('320名', '残疾人'), ('347', '残疾人基本康复服务')),
    (('300万元', '困难群众临时救助资金'), ('312万元', '临时救助资金')),
    (('1100人', '城镇新增就业'), ('1268', '城镇新增就业')),
    (('2000人次', '农牧民职业技能培训'), ('2215', '职业技能培训')),
    (('68公里', '农村公路'), ('61', '农村公路')),
    (('260个', '公共停车泊位'), ('274', '公共停车泊位')),
    (('1500亩', '植树造林'), ('1520', '植树造林')),
    (('3座', '乡镇污水处理设施'), ('2座', '乡镇污水处理设施')),
    (('90场', '送文化下乡演出'), ('96', '送文化下乡演出')),
    (('1800户', '居民'), ('1800', '燃气泄漏报警器')),
    (('2.46亿元', '计划总投资'), ('2.39亿元', '完成投资')),
    (('1.62亿元', '中央和省级资金'), ('1.58亿元', '上级资金到位')),
    (('330个', '托位'), None),
    (('20个', '充电桩'), None),
    (('40场', '群众性应急救护培训'), None),
    (('2000人次', '群众性应急救护培训'), None),
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
    plan, report = load('5500'), load('5501')
    pairs = [{'target': find(plan, t, ti, 'target', first=True), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), res in LINKS if res for r, ri in [res]]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

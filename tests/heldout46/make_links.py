#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 4600 plan / 4601 report).

Run inside tests/heldout46:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Copied from held-out 45's script (itself held-out 43's); the link list and
the two doc prefixes differ. A target with no result is listed with None and skipped: 4600's `1所` 托育综合服务中心
(4601 says it opened, with no count) and the `100元` 高龄津贴 standard (4601 reports it paid, with no amount).
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('1500人', '城镇新增就业'), ('1623人', '城镇新增就业')),
    (('2.3万人次', '农村劳动力转移就业'), ('2.41万人次', '农村劳动力转移就业')),
    (('400个', '公益性岗位'), ('400个', '公益性岗位')),
    (('1所', '县托育综合服务中心'), None),
    (('90个', '普惠托位'), ('96个', '普惠托位')),
    (('1080个', '学位'), ('1080个', '学位')),
    (('3600名', '寄宿生'), ('3600名', '寄宿生')),
    (('23万人', '城乡居民免费健康体检'), ('23.8万人', '免费健康体检')),
    (('5200人', '两癌筛查'), ('5374人', '两癌筛查')),
    (('6个', '农村互助幸福院'), ('6个', '农村互助幸福院')),
    (('120张', '养老床位'), ('132张', '养老床位')),
    (('100元', '高龄津贴'), None),
    (('5760元', '农村低保标准'), ('5760元', '农村低保标准')),
    (('800人次', '临时救助'), ('936人次', '临时救助')),
    (('350户', '农村安居房抗震改造'), ('350户', '农村安居房抗震改造')),
    (('5个', '老旧小区'), ('5个', '老旧小区')),
    (('1260户', '住户'), ('1274户', '住户')),
    (('68公里', '农村公路'), ('61.6公里', '农村公路')),
    (('20辆', '城乡公交车'), ('20辆', '城乡公交车')),
    (('9.5公里', '县城污水管网'), ('10.2公里', '县城污水管网')),
    (('12万平方米', '城区绿化面积'), ('12.6万平方米', '城区绿化面积')),
    (('150场', '送戏下乡'), ('163场', '送戏下乡')),
    (('20个', '农家书屋提升点'), ('20个', '农家书屋提升点')),
    (('3.46亿元', '计划总投资'), ('3.31亿元', '完成投资')),
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
    plan, report = load('4600'), load('4601')
    pairs = [{'target': find(plan, t, ti, 'target', first=True), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), res in LINKS if res for r, ri in [res]]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

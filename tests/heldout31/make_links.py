"""Rebuild links.json (target→result, 3100 plan → 3101 report) from this set's gold.

Run inside tests/heldout31: python3 make_links.py. Stdlib only. Each pair names a record
of each document by its text, its indicator and which such record it is (0 = first), as
hand-decided by reading the two documents side by side.
"""
import glob
import json

PAIRS = [
    # (target text, target indicator, n), (result text, result indicator, n)
    (('3.86亿元', '民生实事资金', 0), ('3.27亿元', '民生实事资金', 0)),
    (('1200个', '普惠托位', 0), ('1268个', '普惠托位', 0)),
    (('14处', '街道级居家养老服务中心', 0), ('14处', '街道级居家养老服务中心', 0)),
    (('2100户', '困难老年人家庭居家适老化改造', 0), ('1936户', '困难老年人家庭居家适老化改造完工', 0)),
    (('5所', '中小学', 0), ('4所', '学校', 0)),
    (('6300个', '学位', 0), ('5400个', '学位', 0)),
    (('31所', '农村寄宿制学校', 0), ('31所', '农村寄宿制学校', 0)),
    (('120个', '村卫生室', 0), ('120个', '村卫生室', 0)),
    (('18万人次', '老年人免费健康体检', 0), ('16.3万人次', '老年人免费健康体检', 0)),
    (('47个', '老旧小区', 0), ('39个', '老旧小区完工', 0)),
    (('8960户', '居民', 0), ('7420户', '居民', 0)),
    (('36.5公里', '供热燃气管网', 0), ('33.8公里', '供热燃气管网', 0)),
    (('1500个', '城乡公益性岗位', 0), ('1538个', '城乡公益性岗位', 0)),
    (('2.4万人次', '职业技能培训', 0), ('2.61万人次', '职业技能培训', 0)),
    (('9条', '城区断头路', 0), ('7条', '城区断头路', 0)),
    (('2000个', '公共停车泊位', 0), ('2216个', '公共停车泊位', 0)),
    (('16个', '口袋公园', 0), ('16个', '口袋公园', 0)),
    (('3.2万户', '居民', 0), ('2.87万户', '居民', 0)),
]


def load(prefix):
    path, = glob.glob(f'gold/{prefix}_*.json')
    return json.load(open(path, encoding='utf-8'))


def find(gold, text, indicator, n):
    hits = [r for r in gold['records'] if r['text'] == text and r['indicator'] == indicator]
    r = hits[n]
    return {'doc_id': gold['doc_id'], 'start': r['start'], 'end': r['end'], 'text': r['text']}


def main():
    plan, report = load('3100'), load('3101')
    pairs = [{'target': find(plan, *t), 'result': find(report, *r)} for t, r in PAIRS]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'pairs')


if __name__ == '__main__':
    main()

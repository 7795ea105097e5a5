#!/usr/bin/env python3
"""Rebuild links.json for the pair 2800 (plan slides) -> 2801 (mid-year inspection report).

Run inside tests/heldout28. Stdlib only; reads only this set's gold JSON. Each pair below was
decided by reading the two documents side by side: (text, indicator) of the 2800 target record
-> (text, indicator) of the 2801 achieved record that reports it (first such record).
"""
import glob, json

PAIRS = [
    (('360个', '普惠性托位'), ('228个', '普惠性托位')),
    (('4处', '社区嵌入式托育点'), ('3处', '社区嵌入式托育点')),
    (('1200户', '婴幼儿家庭'), ('810户', '婴幼儿家庭')),
    (('1620个', '学位'), ('540个', '学位')),
    (('5处', '薄弱学校运动场'), ('3处', '薄弱学校运动场')),
    (('2.6万人次', '免费体检'), ('1.74万人次', '免费体检')),
    (('28个', '标准化村卫生室'), ('19个', '标准化村卫生室')),
    (('8000人', '适龄妇女两癌筛查'), ('5120人', '适龄妇女两癌筛查')),
    (('12张', '抢救床位'), ('12张', '抢救床位')),
    (('20个', '老年助餐点'), ('7个', '老年助餐点')),
    (('300户', '特殊困难老年人家庭'), ('176户', '特殊困难老年人家庭')),
    (('6家', '日间照料中心'), ('4家', '日间照料中心')),
    (('18个', '老旧小区'), ('6个', '老旧小区完工')),
    (('2960户', '居民'), ('1480户', '居民')),
    (('12部', '加装电梯'), ('1部', '加装电梯完工')),
    (('640个', '小区停车位'), ('372个', '小区停车位')),
    (('725元', '城市低保标准'), ('725元', '城市低保标准')),
    (('5760元', '农村低保标准'), ('5760元', '农村低保标准')),
    (('150名', '残疾儿童'), ('97名', '残疾儿童')),
    (('2100人', '困难残疾人'), ('2100人', '困难残疾人')),
    (('3200人', '城镇新增就业'), ('2140人', '城镇新增就业')),
    (('400个', '公益性岗位'), ('400个', '公益性岗位')),
    (('5000人次', '职业技能培训'), ('2870人次', '职业技能培训')),
    (('6000万元', '创业担保贷款'), ('3150万元', '创业担保贷款')),
    (('85公里', '农村公路'), ('41公里', '农村公路')),
    (('3条', '公交线路'), ('2条', '公交线路')),
    (('420个', '公共停车泊位'), ('260个', '公共停车泊位')),
    (('6个', '口袋公园'), ('4个', '口袋公园')),
    (('12公里', '河道综合治理'), ('5.5公里', '河道综合治理')),
    (('1.2万户', '居民用户'), ('8300户', '居民用户')),
    (('46公里', '老化燃气管道'), ('21公里', '老化燃气管道')),
    (('3000人次', '应急救护培训'), ('1650人次', '应急救护培训')),
    (('4.86亿元', '计划总投资'), ('2.61亿元', '完成投资')),
]


def load(prefix):
    (path,) = glob.glob(f'gold/{prefix}_*.json')
    return json.load(open(path, encoding='utf-8'))


def find(gold, key, stance):
    text, ind = key
    for r in gold['records']:
        if r['text'] == text and r['indicator'] == ind and r['stance'] == stance:
            return {'doc_id': gold['doc_id'], 'start': r['start'], 'end': r['end'], 'text': r['text']}
    raise SystemExit(f'not found: {gold["doc_id"]} {key} {stance}')


def main():
    plan, report = load('2800'), load('2801')
    pairs = [{'target': find(plan, t, 'target'), 'result': find(report, r, 'achieved')} for t, r in PAIRS]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'pairs')


if __name__ == '__main__':
    main()

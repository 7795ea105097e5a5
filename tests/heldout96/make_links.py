#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 9600 plan / 9601 report).

Run inside tests/heldout96:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Copied from held-out 50's script (itself held-out 47's, 45's and 43's); the link
list and the two doc prefixes differ. A target with no result is listed with None and skipped: the plan's `1个以上` 宝宝屋
per town (the report counts the towns, `3镇`), its `6000人次` rural training (no result), the 2030 goal `4.5个` per 千人口,
the `70%` payment cap and the `2轮` inspections (no result figure).
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('18.6亿元', '计划总投资'), ('19.3亿元', '实际完成投资')),
    (('600个', '普惠性托育托位'), ('648个', '普惠性托育托位')),
    (('1.2万人次', '免费照护服务'), ('1.35万人次', '免费照护服务')),
    (('15个', '爱心暑托班班点'), ('16个', '爱心暑托班班点')),
    (('3000名', '小学生'), ('3126名', '小学生')),
    (('5所', '中小学和幼儿园'), ('5所', '中小学和幼儿园')),
    (('4200个', '学位'), ('4260个', '学位')),
    (('20个', '老年教育学习点'), ('22个', '老年教育学习点')),
    (('3家', '社区卫生服务中心标准化改造'), ('3家', '社区卫生服务中心标准化改造')),
    (('8个', '村卫生室'), ('8个', '村卫生室')),
    (('25个', '市民益智健身苑点'), ('27个', '市民益智健身苑点')),
    (('6片', '市民球场'), ('6片', '市民球场')),
    (('300张', '养老床位'), ('312张', '养老床位')),
    (('60%', '护理型床位占比'), ('63.5%', '护理型床位占比')),
    (('4家', '社区长者食堂'), ('4家', '社区长者食堂')),
    (('20个', '老年助餐点'), ('23个', '老年助餐点')),
    (('45万人次', '助餐服务'), ('52.6万人次', '助餐服务')),
    (('800户', '老年人家庭'), ('836户', '居家适老化改造')),
    (('36万平方米', '旧住房成套改造和综合修缮'), ('37.2万平方米', '旧住房成套改造和综合修缮')),
    (('4500户', '居民'), ('4630户', '居民')),
    (('150台', '加装电梯开工'), ('168台', '加装电梯开工')),
    (('120台', '加装电梯完工'), ('124台', '加装电梯完工')),
    (('600户', '农民相对集中居住安置'), ('612户', '农民相对集中居住安置')),
    (('1200名', '残疾人'), ('1286名', '残疾人')),
    (('150户', '残疾人家庭无障碍改造'), ('158户', '残疾人家庭无障碍改造')),
    (('1600元', '城乡低保标准'), ('1600元', '城乡低保标准')),
    (('1.1万个', '就业岗位'), ('1.24万个', '就业岗位')),
    (('500人', '长期失业青年'), ('538人', '长期失业青年')),
    (('2万人次', '补贴性职业技能培训'), ('2.31万人次', '补贴性职业技能培训')),
    (('8条', '公交线路'), ('9条', '公交线路')),
    (('20个', '公交候车亭'), ('26个', '公交候车亭')),
    (('1500个', '公共停车泊位'), ('1620个', '公共停车泊位')),
    (('40公里', '农村公路提档升级'), ('41.5公里', '农村公路提档升级')),
    (('6座', '口袋公园'), ('7座', '口袋公园')),
    (('15公里', '骑行绿道'), ('15.6公里', '骑行绿道')),
    (('30条', '轮疏河道'), ('30条', '轮疏河道')),
    (('3000户', '独居老人家庭'), ('3180户', '独居老人家庭')),
    (('200台', 'AED设备'), ('200台', 'AED设备')),
    (('300场', '送戏下乡演出'), ('326场', '送戏下乡演出')),
    (('5家', '城市书房'), ('5家', '城市书房')),
    (('85%', '跨年度项目年度投资完成比例'), ('91%', '年度投资计划完成比例')),
    (('1个', '社区宝宝屋'), None),
    (('6000人次', '农村富余劳动力培训'), None),
    (('4.5个', '托位'), None),
    (('70%', '完工前拨付比例'), None),
    (('2轮', '专项督查'), None),
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
    plan, report = load('9600'), load('9601')
    pairs = [{'target': find(plan, t, ti, 'target', first=True), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), res in LINKS if res for r, ri in [res]]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

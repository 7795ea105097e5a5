#!/usr/bin/env python3
"""Rebuild links.json (hand links target -> result for the pair 8800 plan / 8801 report).

Run inside tests/heldout88:  python3 make_links.py
Stdlib only; imports nothing from the package. Each hand link names a gold record of each
document by its span text and indicator. Copied from held-out 50's script (itself held-out 47's, 45's and 43's); the link list
and the two doc prefixes differ. A target with no result is listed with None and skipped: 8800's year-end totals `71个` meal
points and `2200个` 托位 (8801 reports `72个` as a stock total at year end, and a stock is never a result), its `3个`镇 and `1个`
托育服务点 each (8801's `三个乡镇托育服务点` counts the points, not the towns, and no target counts the three points) and its 2026 figures.
"""
import glob
import json

# (target span, target indicator) -> (result span, result indicator), read side by side by hand
LINKS = [
    (('4.86亿元', '计划总投资'), ('4.93亿元', '完成投资')),
    (('1.72亿元', '市本级财政'), ('1.72亿元', '市本级民生实事资金')),
    (('2.35亿元', '上级资金'), ('2.21亿元', '上级资金到位')),
    (('360个', '普惠性托位'), ('372个', '普惠性托位')),
    (('3个', '镇'), None),
    (('4.2万人次', '眼保健和视力检查'), ('4.46万人次', '眼保健和视力检查')),
    (('5000例（次）', '新生儿先天性心脏病筛查'), ('5236例（次）', '新生儿先天性心脏病筛查')),
    (('4所', '中小学校'), ('4所', '学校')),
    (('2700个', '学位'), ('2700个', '学位')),
    (('80套', '教师周转宿舍'), ('80套', '教师周转宿舍')),
    (('100%', '开展课后服务的义务教育学校'), ('100%', '义务教育学校课后服务覆盖率')),
    (('42个', '村卫生室'), ('42个', '村卫生室')),
    (('9.5万人', '老年人免费健康体检'), ('9.87万人', '老年人免费健康体检')),
    (('1.6万人', '两癌筛查'), ('1.63万人', '两癌筛查')),
    (('25个', '老年助餐点'), ('26个', '老年助餐点')),
    (('12万人次', '助餐服务'), ('13.4万人次', '助餐服务')),
    (('600户', '特殊困难老年人家庭'), ('612户', '特殊困难老年人家庭')),
    (('18个', '老旧小区'), ('18个', '老旧小区')),
    (('3260户', '居民'), ('3315户', '居民')),
    (('30部', '加装电梯'), ('24部', '加装电梯完工投用')),
    (('350户', '农村危房改造'), ('350户', '农村危房改造')),
    (('720元', '城市低保标准'), ('720元', '城市低保标准')),
    (('560元', '农村低保标准'), ('560元', '农村低保标准')),
    (('1200名', '残疾人'), ('1246名', '残疾人')),
    (('6500人', '城镇新增就业'), ('6812', '城镇新增就业')),
    (('8000人次', '职业技能培训'), ('8460', '职业技能培训')),
    (('300个', '公益性岗位'), ('300', '公益性岗位')),
    (('120公里', '农村公路'), ('112', '农村公路')),
    (('800个', '公共停车泊位'), ('836', '公共停车泊位')),
    (('8个', '口袋公园'), ('8', '口袋公园')),
    (('12万平方米', '城市绿地面积'), ('12.6', '城市绿地')),
    (('1.5万户', '城镇居民'), ('15280', '燃气泄漏报警器')),
    (('2万人次', '应急救护培训'), ('23105', '应急救护培训')),
    (('260场', '送戏下乡'), ('264', '送戏下乡')),
    (('20个', '农家书屋提质示范点'), ('20', '农家书屋提质示范点')),
    (('71个', '老年助餐点'), None),
    (('2200个', '普惠性托位'), None),
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
    plan, report = load('8800'), load('8801')
    pairs = [{'target': find(plan, t, ti, 'target', first=True), 'result': find(report, r, ri, 'achieved')}
             for (t, ti), res in LINKS if res for r, ri in [res]]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'links')


if __name__ == '__main__':
    main()

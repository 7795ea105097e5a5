"""Rebuild links.json (hand links target -> result, 3207 plan -> 3208 report) from the gold.
Run inside tests/heldout32.  Stdlib only.  Each pair names the target record and the result
record by span text and indicator (first such record of its stance in the document)."""
import glob, json

PLAN, REPORT = '3207_', '3208_'
PAIRS = [  # (target text, target indicator, result text, result indicator)
    ('46.8亿元', '计划总投资', '44.3亿元', '完成投资'),
    ('1500个', '普惠性托位', '1620个', '普惠性托位'),
    ('4.5个', '3岁以下婴幼儿托位', '4.6个', '3岁以下婴幼儿托位'),
    ('8所', '中小学', '8所', '中小学'),
    ('9600个', '学位', '9840个', '学位'),
    ('52所', '农村寄宿制学校供暖设施改造', '52所', '农村寄宿制学校供暖设施改造'),
    ('38万人次', '免费健康体检', '36.5万人次', '免费健康体检'),
    ('200个', '村卫生室', '200个', '村卫生室'),
    ('6万人', '两癌筛查', '6.3万人', '两癌筛查'),
    ('60个', '社区老年助餐点', '63个', '社区老年助餐点'),
    ('3000户', '特殊困难老年人家庭', '3106户', '特殊困难老年人家庭'),
    ('800张', '家庭养老床位', '812张', '家庭养老床位'),
    ('136个', '城镇老旧小区', '136个', '城镇老旧小区'),
    ('2.4万户', '居民', '2.46万户', '居民'),
    ('150部', '加装电梯', '131部', '加装电梯完工投用'),
    ('120公里', '供热老旧管网', '126公里', '供热老旧管网'),
    ('860元', '城市低保标准', '860元', '城市低保标准'),
    ('6200元', '农村低保标准', '6200元', '农村低保标准'),
    ('5000名', '残疾人', '5218名', '残疾人'),
    ('4.2万人', '城镇新增就业', '4.38万人', '城镇新增就业'),
    ('3万人次', '职业技能培训', '3.2万人次', '职业技能培训'),
    ('2000个', '城乡公益性岗位', '2056个', '城乡公益性岗位'),
    ('600公里', '农村公路', '548公里', '农村公路'),
    ('3000个', '公共停车泊位', '3260个', '公共停车泊位'),
    ('10条', '公交线路', '11条', '公交线路'),
    ('150个', '农村生活污水治理行政村', '150个', '农村生活污水治理行政村'),
    ('30个', '城市口袋公园', '32个', '城市口袋公园'),
    ('5万户', '居民', '5.1万户', '居民'),
    ('300台', '自动体外除颤器（AED）', '300台', '自动体外除颤器（AED）'),
    ('500场', '群众冰雪活动', '612场', '群众冰雪活动'),
    ('15个', '城市书房', '15个', '城市书房'),
]

def load(prefix):
    (path,) = glob.glob('gold/%s*.json' % prefix)
    return json.load(open(path, encoding='utf-8'))

def find(g, text, ind, stance):
    for r in g['records']:
        if r['text'] == text and r['indicator'] == ind and r['stance'] == stance and r['year'] == 2026:
            return {'doc_id': g['doc_id'], 'start': r['start'], 'end': r['end'], 'text': r['text']}
    raise SystemExit('not found: %s %s %s' % (g['doc_id'], text, ind))

def main():
    plan, report = load(PLAN), load(REPORT)
    pairs = [{'target': find(plan, t, ti, 'target'), 'result': find(report, r, ri, 'achieved')}
             for t, ti, r, ri in PAIRS]
    out = {'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [report['doc_id']]}
    with open('links.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(pairs), 'pairs')

if __name__ == '__main__':
    main()

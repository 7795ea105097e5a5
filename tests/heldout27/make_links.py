"""Rebuild links.json (hand links target→result, 2700 plan → 2701 report) from this set's gold. Stdlib only.
Run inside tests/heldout27: python3 make_links.py"""
import json, glob
T = '2700_'; R = '2701_'
PAIRS = [  # (target text, target indicator) -> (result text, result indicator), decided by reading both documents
    ('12个', '社区嵌入式托育服务点', '13个', '社区嵌入式托育服务点'),
    ('600个', '普惠性托位', '650个', '普惠性托位'),
    ('3000名', '婴幼儿家庭', '3126户', '婴幼儿家庭'),
    ('5所', '中小学和幼儿园', '4所', '中小学和幼儿园'),
    ('2700个', '学位', '2400个', '学位'),
    ('20辆', '校车', '20辆', '校车'),
    ('6家', '街道区域养老服务中心', '6家', '街道区域养老服务中心'),
    ('30个', '社区老年食堂', '32个', '社区老年食堂'),
    ('1500户', '特殊困难老年人家庭', '1538户', '特殊困难老年人家庭'),
    ('86个', '老旧小区', '86个', '老旧小区'),
    ('402栋', '楼栋', '402栋', '楼栋'),
    ('2.3万户', '居民', '2.31万户', '居民'),
    ('40部', '加装电梯', '25部', '加装电梯完工'),
    ('65公里', '老旧供热管网', '66.2公里', '老旧供热管网'),
    ('2万名', '农村适龄妇女', '2.09万人', '农村适龄妇女'),
    ('25个', '标准化村卫生室', '25个', '标准化村卫生室'),
    ('12万人次', '免费体检', '12.6万人次', '免费体检'),
    ('2.2万人', '城镇新增就业', '2.53万人', '城镇新增就业'),
    ('1200个', '公益性岗位', '1260个', '公益性岗位'),
    ('1.5万人次', '职业技能培训', '1.62万人次', '职业技能培训'),
    ('890元', '城市低保标准', '890元', '城市低保标准'),
    ('7200元', '农村低保标准', '7200元', '农村低保标准'),
    ('800名', '残疾儿童', '812名', '残疾儿童'),
    ('100辆', '新能源公交车', '100辆', '新能源公交车'),
    ('150个', '公交候车亭', '158个', '公交候车亭'),
    ('3000个', '公共停车泊位', '3062个', '公共停车泊位'),
    ('38公里', '浑河支流河道', '32公里', '浑河支流河道'),
    ('15个', '口袋公园', '15个', '口袋公园'),
    ('98%', '城市污水处理率', '98.3%', '城市污水处理率'),
    ('5万户', '居民用户', '5.15万户', '居民用户'),
    ('120公里', '老旧燃气管网', '123.6公里', '老旧燃气管网'),
    ('18.6亿元', '计划总投资', '17.9亿元', '完成投资'),
]
def load(prefix):
    [p] = glob.glob(f'gold/{prefix}*.json'); return json.load(open(p, encoding='utf-8'))
t, r = load(T), load(R)
def find(doc, text, ind, stance):
    for x in doc['records']:
        if x['text'] == text and x['indicator'] == ind and x.get('stance') == stance:
            return {'doc_id': doc['doc_id'], 'start': x['start'], 'end': x['end'], 'text': x['text']}
    raise SystemExit(f'not found: {text} {ind} {stance}')
pairs = [{'target': find(t, a, b, 'target'), 'result': find(r, c, d, 'achieved')} for a, b, c, d in PAIRS]
json.dump({'pairs': pairs, 'target_docs': [t['doc_id']], 'result_docs': [r['doc_id']]},
          open('links.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(pairs), 'links')

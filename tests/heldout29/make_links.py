"""Rebuild links.json (hand links target -> result for the pair 2900 plan / 2901 acceptance notice).

Stdlib only; run inside tests/heldout29. Each pair below was decided by reading the two
documents side by side; the script only looks up the gold records' offsets.
"""
import json, glob

T, R = '2900_da2df730153d7251', '2901_367a5ce9868380ea'
# (target text, target indicator) -> (result text, result indicator)
PAIRS = [
    (('1500个', '普惠托位'), ('1536个', '普惠托位')),
    (('22个', '社区嵌入式托育点'), ('19个', '社区嵌入式托育点')),
    (('2.4万份', '育儿礼包'), ('2.41万份', '育儿礼包')),
    (('14所', '中小学和幼儿园'), ('14所', '中小学和幼儿园')),
    (('9600个', '学位'), ('9840个', '学位')),
    (('260套', '乡村教师周转宿舍'), ('260套', '乡村教师周转宿舍')),
    (('8家', '中心乡镇卫生院'), ('8家', '中心乡镇卫生院')),
    (('6万人', '两癌免费筛查'), ('6.12万人', '两癌筛查')),
    (('100%', '村卫生室医保结算覆盖率'), ('100%', '村卫生室医保结算覆盖率')),
    (('45个', '社区老年食堂'), ('47个', '社区老年食堂')),
    (('2000户', '特殊困难老年人家庭'), ('2000户', '特殊困难老年人家庭')),
    (('600张', '家庭养老床位'), ('612张', '家庭养老床位')),
    (('78个', '城镇老旧小区'), ('78个', '城镇老旧小区')),
    (('2.1万户', '居民'), ('2.13万户', '居民')),
    (('150部', '加装电梯'), ('121部', '加装电梯投用')),
    (('4.5万人', '城镇新增就业'), ('4.72万人', '城镇新增就业')),
    (('3000个', '城乡公益性岗位'), ('3106个', '城乡公益性岗位')),
    (('2万人次', '补贴性职业技能培训'), ('2.3万人次', '补贴性职业技能培训')),
    (('1100名', '残疾儿童'), ('1163名', '残疾儿童')),
    (('420公里', '农村公路'), ('398公里', '农村公路')),
    (('5000个', '公共停车泊位'), ('5230个', '公共停车泊位')),
    (('1200场', '送戏下乡'), ('1268场', '送戏下乡')),
    (('10座', '城市书房'), ('10座', '城市书房')),
    (('30处', '口袋公园'), ('31处', '口袋公园')),
    (('52条', '农村黑臭水体'), ('52条', '农村黑臭水体')),
    (('8万户', '居民燃气老旧软管、报警器'), ('8.06万户', '居民燃气老旧软管、报警器')),
    (('1.2万名', '应急救护员'), ('1.25万名', '应急救护员')),
    (('200项', '高频事项掌上办'), ('213项', '高频事项掌上办')),
]


def find(doc, text, ind, stance):
    g = json.load(open(f'gold/{doc}.json', encoding='utf-8'))
    hits = [r for r in g['records'] if r['text'] == text and r['indicator'] == ind and r['stance'] == stance]
    assert hits, (doc, text, ind)
    r = hits[0]
    return {'doc_id': doc, 'start': r['start'], 'end': r['end'], 'text': r['text']}


pairs = [{'target': find(T, *t, 'target'), 'result': find(R, *r, 'achieved')} for t, r in PAIRS]
json.dump({'pairs': pairs, 'target_docs': [T], 'result_docs': [R]},
          open('links.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(pairs), 'links')

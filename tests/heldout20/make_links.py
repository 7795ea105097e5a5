"""Rebuild links.json (run inside tests/heldout20): hand-chosen target→result pairs for the
pair 2000 (plan, mysql query output) / 2001 (report, WPS completion ledger). Stdlib only.
Each pair names the plan's target record by (indicator, text) and the result as the first
`achieved` record of the ledger with that indicator (the 完成数 cell of the same row)."""
import glob, json
PAIRS = [  # (indicator, target text in 2000, expected result text in 2001)
    ('普惠托位', '360个', '372'), ('社区托育点', '6个', '6'), ('学位', '540个', '540'),
    ('课后服务学校', '38所', '38'), ('村卫生室', '25个', '25'), ('适龄妇女两癌筛查', '8000人', '8316'),
    ('社区老年食堂', '10个', '9'), ('特困老人家庭适老化改造', '500户', '512'), ('老旧小区', '18个', '18'),
    ('加装电梯', '30部', '26'), ('困难残疾人', '1200名', '1236'), ('城镇新增就业', '6500人', '7012'),
    ('公共停车泊位', '1500个', '1580'), ('口袋公园', '12个', '12'), ('燃气管道', '42公里', '43.5'),
]
def load(prefix):
    [p] = glob.glob(f'gold/{prefix}_*.json'); return json.load(open(p, encoding='utf-8'))
plan, rep = load('2000'), load('2001')
def ref(doc, r): return {'doc_id': doc['doc_id'], 'start': r['start'], 'end': r['end'], 'text': r['text']}
pairs = []
for ind, ttext, rtext in PAIRS:
    [t] = [r for r in plan['records'] if r['indicator'] == ind and r['text'] == ttext and r['stance'] == 'target']
    res = [r for r in rep['records'] if r['indicator'] == ind and r['stance'] == 'achieved']
    assert res and res[0]['text'] == rtext, (ind, res[:1])
    pairs.append({'target': ref(plan, t), 'result': ref(rep, res[0])})
json.dump({'pairs': pairs, 'target_docs': [plan['doc_id']], 'result_docs': [rep['doc_id']]},
          open('links.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(pairs), 'links')

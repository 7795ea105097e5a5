# builds links.json from hand-chosen pairs (record indices in gold/803_*.json and gold/808_*.json,
# chosen by reading the two documents side by side; see README)
import json, glob, os
d = os.path.dirname(os.path.abspath(__file__))
PAIRS = [(9, 0), (10, 2), (12, 4), (17, 5), (18, 8), (19, 9), (22, 12), (25, 13), (27, 15),
         (36, 17), (39, 20), (40, 21), (46, 24), (47, 27), (49, 31)]
t = json.load(open(glob.glob(d + '/gold/803_*.json')[0]))
r = json.load(open(glob.glob(d + '/gold/808_*.json')[0]))
def ref(g, i):
    x = g['records'][i]
    return {'doc_id': g['doc_id'], 'start': x['start'], 'end': x['end'], 'text': x['text']}
pairs = []
for a, b in PAIRS:
    ta, rb = t['records'][a], r['records'][b]
    assert ta['stance'] == 'target' and rb['stance'] == 'achieved' and ta['indicator'][-2:] == rb['indicator'][-2:], (ta, rb)
    pairs.append({'target': ref(t, a), 'result': ref(r, b)})
    print(ta['indicator'], ta['text'], '->', rb['text'], round(rb['value'] / ta['value'], 2))
json.dump({'pairs': pairs, 'target_docs': [t['doc_id']], 'result_docs': [r['doc_id']]},
          open(d + '/links.json', 'w'), ensure_ascii=False, indent=1)
print(len(pairs), 'links')

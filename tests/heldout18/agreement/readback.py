import json, glob, sys
for g in sorted(glob.glob('tests/heldout18/agreement/gold/*.json')):
    d = json.load(open(g)); t = open(f"tests/heldout18/corpus/{d['doc_id']}.txt").read()
    print('==', d['doc_id'], d['doc_year'], len(d['records']))
    for r in d['records']:
        s, e = r['start'], r['end']
        ctx = (t[max(0,s-10):s] + '[' + t[s:e] + ']' + t[e:e+8]).replace('\n','⏎')
        print(f"{s:5} {ctx:40} {r['value']}/{r['value_max']} {r['unit']} {r['qualifier']} {r['year']} {r['category']} {r.get('stance')} {r['indicator']} per={r['per']}")

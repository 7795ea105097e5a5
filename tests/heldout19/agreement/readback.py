import json, re, sys, pathlib
corpus = pathlib.Path('tests/heldout19/corpus'); gold = pathlib.Path('tests/heldout19/agreement/gold')
for g in sorted(gold.glob('*.json')):
    d = json.loads(g.read_text(encoding='utf-8')); t = (corpus / (d['doc_id'] + '.txt')).read_text(encoding='utf-8')
    print('==', d['doc_id'], d['doc_year'], len(d['records']))
    covered = set()
    for r in d['records']:
        s, e = r['start'], r['end']; covered.update(range(s, e))
        ctx = (t[max(0, s-12):s] + '[' + t[s:e] + ']' + t[e:e+8]).replace('\n', '⏎')
        print(f"{s:5} {ctx:40} {r['value']}~{r['value_max']} {r['unit']} {r['qualifier']} {r['year']} {r['category']} {r.get('stance')} {r['indicator']} per={r['per']}")
    for m in re.finditer(r'[0-9０-９][0-9.,０-９]*|[一二两三四五六七八九十百千万]+', t):
        if not any(i in covered for i in range(m.start(), m.end())):
            print('   uncovered:', repr(t[max(0,m.start()-6):m.end()+4]))

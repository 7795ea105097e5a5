# re-reading aid: every gold record beside its left context (reads this set's texts and gold only)
import json, sys, glob, os
d = os.path.dirname(os.path.abspath(__file__))
for g in sorted(sys.argv[1:] or glob.glob(d + '/gold/*.json')):
    j = json.load(open(g)); t = open(f"{d}/corpus/{j['doc_id']}.txt", encoding='utf-8').read()
    print('==', j['doc_id'], j['doc_year'], len(j['records']))
    for r in j['records']:
        ctx = t[max(0, r['start']-18):r['start']].replace('\n', '⏎')
        print(f"{ctx:>18}[{r['text']}] {r['value']}{'~'+str(r['value_max']) if r.get('value_max') is not None else ''} {r['unit']} {r['qualifier']} {r['year']} {r['category']} {r.get('stance')} {r['indicator']} {r.get('per') or ''}")

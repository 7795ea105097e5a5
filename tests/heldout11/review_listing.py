# Listing for the re-read pass: each gold record beside its left context (-v), and every numeral run not inside a record (UNCOV). Reads JSON and text only; imports nothing of minsheng.
# Run from the repository root: python3 tests/heldout11/review_listing.py [-v]
import json,glob,re,sys
for f in sorted(glob.glob('tests/heldout11/gold/11*.json')):
    g=json.load(open(f)); t=open(f.replace('/gold/','/corpus/').replace('.json','.txt')).read()
    print('==',g['doc_id'],g['doc_year'],len(g['records']))
    cov=[False]*len(t)
    for r in g['records']:
        for i in range(r['start'],r['end']): cov[i]=True
        if '-v' in sys.argv:
            print(f"  {t[max(0,r['start']-12):r['start']].replace(chr(10),'/'):>12}[{r['text']}] {r['value']}{'~'+str(r['value_max']) if r['value_max'] else ''} {r['unit']} {r['qualifier']} {r['year']} {r['category']} {r.get('stance')} {r['indicator']} {r['per']}")
    for m in re.finditer(r'[0-9０-９一二三四五六七八九十百千万两零]+(?:\.[0-9]+)?',t):
        if not any(cov[m.start():m.end()]):
            print('   UNCOV', t[max(0,m.start()-6):m.end()+4].replace('\n','/'))

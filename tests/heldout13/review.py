import json,sys,re
for p in sys.argv[1:]:
    d=json.load(open(p)); t=open(p.replace('/gold/','/corpus/').replace('.json','.txt'),encoding='utf-8').read()
    cov=[False]*len(t)
    for r in d['records']:
        for i in range(r['start'],r['end']): cov[i]=True
        if '-v' in sys.argv[0:1]: pass
    print(p, len(d['records']), {s:sum(1 for r in d['records'] if r['stance']==s) for s in ('target','achieved','stock')})
    for r in d['records']:
        print('  %-14s|%s| %s %s %s %s %s %s %s' % (t[max(0,r['start']-10):r['start']].replace('\n','⏎'), r['text'], r['value'], r['unit'], r['qualifier'][:3], r['year'], r['category'], r['stance'][:3], r['indicator']+(' per='+r['per'] if r['per'] else '')))
    print(' UNCOVERED:')
    for m in re.finditer(r'[0-9０-９.]+|[一二三四五六七八九十百千万两零]+', t):
        if not any(cov[m.start():m.end()]):
            print('   ', t[max(0,m.start()-6):m.end()+4].replace('\n','⏎'))

import json,sys,re
for f in sys.argv[1:]:
    g=json.load(open(f)); t=open(f.replace('/gold/','/corpus/').replace('.json','.txt')).read()
    cov=[False]*len(t)
    for r in g['records']:
        for i in range(r['start'],r['end']): cov[i]=True
    out=[]
    for m in re.finditer(r'[0-9０-９]+(?:[ .][0-9]+)*|[一二两三四五六七八九十百千万亿〇零]+',t):
        if not any(cov[m.start():m.end()]):
            out.append(t[max(0,m.start()-4):m.end()+3].replace('\n','⏎'))
        elif not all(cov[m.start():m.end()]): out.append('PARTIAL '+m.group())
    print(g['doc_id'],'|'.join(out)); print()

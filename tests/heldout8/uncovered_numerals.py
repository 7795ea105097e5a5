# re-reading aid: every numeral (Arabic, full-width or Chinese) that no gold record covers, with its context
import json, sys, glob, os, re
d = os.path.dirname(os.path.abspath(__file__))
NUM = re.compile(r'[0-9０-９][0-9０-９.．,，]*|[一二两三四五六七八九十百千万亿]+')
for g in sorted(sys.argv[1:] or glob.glob(d + '/gold/*.json')):
    j = json.load(open(g)); t = open(f"{d}/corpus/{j['doc_id']}.txt", encoding='utf-8').read()
    cov = set()
    for r in j['records']:
        cov.update(range(r['start'], r['end']))
    out = []
    for m in NUM.finditer(t):
        if m.start() in cov:
            continue
        out.append(t[max(0, m.start()-6):m.end()+4].replace('\n', '⏎'))
    print('==', j['doc_id'], len(out)); print('  ' + ' ¦ '.join(out))

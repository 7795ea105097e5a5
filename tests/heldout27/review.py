"""Review this set's gold (stdlib only): every record beside its left context, then every numeral not in a record.
Usage: python3 tests/heldout27/review.py tests/heldout27/gold/*.json"""
import json, os, re, sys
NUM = re.compile(r'[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+')
for path in sys.argv[1:]:
    g = json.load(open(path, encoding='utf-8'))
    corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), 'corpus', g['doc_id'] + '.txt')
    text = open(corpus, encoding='utf-8').read()
    print('=' * 20, g['doc_id'], g['doc_year'], len(g['records']), 'records')
    covered = [False] * len(text)
    for r in g['records']:
        left = text[max(0, r['start'] - 18):r['start']].replace('\n', '⏎').replace('\t', '→')
        print(f"{left:>18}[{r['text']}] {r['value']}{'~'+str(r['value_max']) if r.get('value_max') is not None else ''} {r['unit']} {r['qualifier']} {r['year']} {r['category']} {r.get('stance')} {r['indicator']} {r.get('per') or ''}")
        for i in range(r['start'], r['end']):
            covered[i] = True
    print('-' * 10, 'numerals not in a record')
    for m in NUM.finditer(text):
        if not any(covered[m.start():m.end()]):
            ctx = text[max(0, m.start() - 10):m.end() + 6].replace('\n', '⏎').replace('\t', '→')
            print('   ', m.group(), '|', ctx)

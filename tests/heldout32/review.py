"""Read-back of the hand labels: every record beside its left context, then every numeral
not inside a record.  Stdlib only; reads this set's corpus and gold JSON.
Usage: python3 tests/heldout32/review.py tests/heldout32/gold/*.json"""
import json, os, re, sys

NUM = re.compile(r'[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿半]+')

def main(paths):
    for p in paths:
        g = json.load(open(p, encoding='utf-8'))
        corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(p))), 'corpus')
        text = open(os.path.join(corpus, g['doc_id'] + '.txt'), encoding='utf-8').read()
        print('=' * 20, g['doc_id'], 'doc_year', g['doc_year'], len(g['records']), 'records')
        covered = set()
        for r in g['records']:
            left = text[max(0, r['start'] - 18):r['start']].replace('\n', '⏎').replace('\t', '→')
            print('%5d %-18s [%s] %s %s %s %s %s %s %s | %s%s' % (
                r['start'], left, r['text'], r['value'], r.get('value_max') or '', r['unit'],
                r['qualifier'], r['year'], r['category'], r.get('stance'), r['indicator'],
                (' per=' + r['per']) if r.get('per') else ''))
            covered.update(range(r['start'], r['end']))
        print('-- numerals not in a record:')
        for m in NUM.finditer(text):
            if not any(i in covered for i in range(m.start(), m.end())):
                ctx = text[max(0, m.start() - 10):m.end() + 6].replace('\n', '⏎').replace('\t', '→')
                print('   %5d %s' % (m.start(), ctx))

if __name__ == '__main__':
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Review held-out 23 labels: every gold record beside its left context, then every
numeral of the text that lies in no record. Stdlib only; reads this set's texts and gold.

    python3 tests/heldout23/review.py tests/heldout23/gold/*.json
"""
import json, os, re, sys

NUM = re.compile(r'[0-9０-９][0-9０-９,.，]*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩]+')

def main(paths):
    for path in paths:
        if not path.endswith('.json') or os.path.basename(path) == 'links.json':
            continue
        gold = json.load(open(path, encoding='utf-8'))
        corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), 'corpus')
        text = open(os.path.join(corpus, gold['doc_id'] + '.txt'), encoding='utf-8').read()
        recs = gold['records']
        print('=' * 20, gold['doc_id'], gold['doc_year'], len(recs), 'records')
        for r in recs:
            left = text[max(0, r['start'] - 24):r['start']].replace('\n', '⏎').replace('\t', '→')
            print('%6d %22s[%s] %s %s %s %s %s %s/%s %s' % (
                r['start'], left, r['text'], r['value'],
                '~%s' % r['value_max'] if r['value_max'] is not None else '',
                r['unit'], r['qualifier'], r['year'], r['category'], r.get('stance'),
                r['indicator'] + (' per ' + r['per'] if r.get('per') else '')))
        covered = set()
        for r in recs:
            covered.update(range(r['start'], r['end']))
        print('-- numerals in no record')
        for m in NUM.finditer(text):
            if not any(i in covered for i in range(m.start(), m.end())):
                ctx = text[max(0, m.start() - 12):m.end() + 8].replace('\n', '⏎').replace('\t', '→')
                print('   %6d %s' % (m.start(), ctx))

if __name__ == '__main__':
    main(sys.argv[1:])

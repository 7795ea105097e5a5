"""Review this set's gold: every record beside its left context, then every numeral not in a record.

Stdlib only; reads the gold JSON given on the command line and the matching text in ../corpus.
    python3 tests/heldout22/review.py tests/heldout22/gold/*.json
"""
import json
import os
import re
import sys

NUM = re.compile(r'[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+')


def main(paths):
    for path in paths:
        gold = json.load(open(path, encoding='utf-8'))
        corpus = os.path.join(os.path.dirname(os.path.abspath(path)), '..', 'corpus')
        text = open(os.path.join(corpus, gold['doc_id'] + '.txt'), encoding='utf-8').read()
        recs = sorted(gold['records'], key=lambda r: r['start'])
        print('=' * 20, gold['doc_id'], gold['doc_year'], len(recs), 'records')
        covered = [False] * len(text)
        for r in recs:
            assert text[r['start']:r['end']] == r['text'], r
            for i in range(r['start'], r['end']):
                covered[i] = True
            left = text[max(0, r['start'] - 18):r['start']].replace('\n', '⏎').replace('\t', '→')
            vm = '' if r.get('value_max') is None else '~%s' % r['value_max']
            print('%5d %16s[%s] %s%s %s %s %s %s %s | %s%s' % (
                r['start'], left, r['text'], r['value'], vm, r['unit'], r['qualifier'], r['year'],
                r['category'], r.get('stance'), r['indicator'], '' if not r.get('per') else ' per ' + r['per']))
        print('-- numerals not in a record')
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                a, b = max(0, m.start() - 10), min(len(text), m.end() + 6)
                print('   %5d %s' % (m.start(), text[a:b].replace('\n', '⏎').replace('\t', '→')))


if __name__ == '__main__':
    main(sys.argv[1:])

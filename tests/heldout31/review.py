"""Review the held-out 31 gold: every record beside its left context, then every
numeral that no record covers. Stdlib only; reads this set's texts and JSON.

    python3 tests/heldout31/review.py tests/heldout31/gold/*.json
"""
import json
import os
import re
import sys

NUM = re.compile(r'[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿半]+')


def main(paths):
    for path in paths:
        gold = json.load(open(path, encoding='utf-8'))
        corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), 'corpus')
        text = open(os.path.join(corpus, gold['doc_id'] + '.txt'), encoding='utf-8').read()
        recs = gold['records']
        print(f"=== {gold['doc_id']}  doc_year {gold['doc_year']}  {len(recs)} records")
        for r in recs:
            left = text[max(0, r['start'] - 24):r['start']].replace('\n', '⏎').replace('\t', '→')
            print(f"  {left:>24}[{r['text']}] {r['value']}{'~' + str(r['value_max']) if r.get('value_max') is not None else ''} "
                  f"{r['unit']} {r['qualifier']} {r['year']} {r['category']} {r.get('stance')} | {r['indicator']}"
                  f"{' per ' + r['per'] if r.get('per') else ''}")
        covered = set()
        for r in recs:
            covered.update(range(r['start'], r['end']))
        print('  --- numerals not in a record')
        for m in NUM.finditer(text):
            if any(i in covered for i in range(m.start(), m.end())):
                continue
            ctx = text[max(0, m.start() - 10):m.end() + 8].replace('\n', '⏎').replace('\t', '→')
            print(f"    {m.group()!r:>10}  {ctx}")


if __name__ == '__main__':
    main(sys.argv[1:])

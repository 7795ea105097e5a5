"""Review a held-out set's gold by reading (stdlib only; imports nothing from the package).

python3 tests/heldout25/review.py tests/heldout25/gold/*.json

For each gold file: every record beside its left context (with value, unit, year,
category, stance, qualifier, indicator), then every numeral of the text that lies
in no record, with its context, so that a missed figure or a wrongly kept one shows.
"""
import json
import os
import re
import sys

NUM = re.compile(r'[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+')


def review(path):
    d = json.load(open(path, encoding='utf-8'))
    corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), 'corpus')
    text = open(os.path.join(corpus, d['doc_id'] + '.txt'), encoding='utf-8').read()
    print(f"=== {d['doc_id']}  doc_year {d['doc_year']}  {len(d['records'])} records")
    covered = [False] * len(text)
    for r in d['records']:
        left = text[max(0, r['start'] - 18):r['start']].replace('\n', '⏎').replace('\t', '→')
        vm = f"~{r['value_max']}" if r.get('value_max') is not None else ''
        print(f"  {left:>18}[{r['text']}]  {r['value']}{vm} {r['unit']} | {r['year']} {r['category']} "
              f"{r.get('stance')} {r['qualifier']} | {r['indicator']} | per={r.get('per')}")
        for i in range(r['start'], r['end']):
            covered[i] = True
    print('  --- numerals in no record')
    for m in NUM.finditer(text):
        if any(covered[m.start():m.end()]):
            continue
        ctx = text[max(0, m.start() - 12):m.end() + 8].replace('\n', '⏎').replace('\t', '→')
        print(f"    {m.group()!r:12} {ctx}")


if __name__ == '__main__':
    for p in sys.argv[1:]:
        review(p)

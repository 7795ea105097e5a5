#!/usr/bin/env python3
"""Review aid for the held-out 28 gold (stdlib only, reads only this set's text and JSON).

python3 tests/heldout28/review.py tests/heldout28/gold/*.json

For each gold file: every record beside its left context (value, unit, year, category,
stance, indicator), then every numeral of the text that no record covers, with its context,
so that a missed figure or a mislabelled one shows up on reading.
"""
import json, os, re, sys

NUM = re.compile(r'[0-9０-９][0-9０-９,.，．]*|[零〇一二两三四五六七八九十百千万亿]+')


def show(s):
    return s.replace('\n', '⏎').replace('\t', '→')


def review(path):
    g = json.load(open(path, encoding='utf-8'))
    corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), 'corpus')
    text = open(os.path.join(corpus, g['doc_id'] + '.txt'), encoding='utf-8').read()
    print(f"=== {g['doc_id']}  doc_year {g['doc_year']}  {len(g['records'])} records")
    covered = [False] * len(text)
    for r in g['records']:
        for i in range(r['start'], r['end']):
            covered[i] = True
        left = show(text[max(0, r['start'] - 18):r['start']])
        vmax = '' if r['value_max'] is None else f"~{r['value_max']:g}"
        per = f" per={r['per']}" if r.get('per') else ''
        q = '' if r['qualifier'] == 'exact' else f" {r['qualifier']}"
        print(f"  {left:>18} [{show(r['text'])}] {r['value']:g}{vmax} {r['unit']}{q}{per} | "
              f"{r['year']} {r['category']} {r.get('stance')} | {r['indicator']}")
    print('  --- numerals not in a record')
    for m in NUM.finditer(text):
        if any(covered[m.start():m.end()]):
            continue
        if re.fullmatch(r'[万亿千百]+', m.group(0)):
            continue
        print(f"  {show(text[max(0, m.start() - 10):m.start()])}<<{show(m.group(0))}>>"
              f"{show(text[m.end():m.end() + 6])}")


if __name__ == '__main__':
    for p in sys.argv[1:]:
        review(p)

#!/usr/bin/env python3
"""Review this set's gold by reading: every record beside its left context, then every
numeral of the text that lies in no record. Stdlib only; reads the JSON and the texts.

    python3 tests/heldout24/review.py tests/heldout24/gold/*.json
"""
import json
import os
import re
import sys

NUM = re.compile(r'[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+')


def show(s):
    return s.replace('\n', '⏎').replace('\t', '→')


def main(paths):
    for path in paths:
        gold = json.load(open(path, encoding='utf-8'))
        corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), 'corpus')
        text = open(os.path.join(corpus, gold['doc_id'] + '.txt'), encoding='utf-8').read()
        recs = gold['records']
        print(f"=== {gold['doc_id']}  doc_year {gold['doc_year']}  {len(recs)} records")
        for r in recs:
            left = show(text[max(0, r['start'] - 24):r['start']])
            rng = f"{r['value']}~{r['value_max']}" if r.get('value_max') is not None else f"{r['value']}"
            print(f"  {left:>24}[{show(r['text'])}]  {rng} {r['unit']} {r['qualifier']} "
                  f"y{r['year']} {r['category']} {r.get('stance')} | {r['indicator']}"
                  + (f" per {r['per']}" if r.get('per') else ''))
        covered = [False] * len(text)
        for r in recs:
            for i in range(r['start'], r['end']):
                covered[i] = True
        print('  --- numerals in no record')
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"    {show(text[max(0, m.start() - 14):m.start()])}[{m.group()}]"
                      f"{show(text[m.end():m.end() + 8])}")


if __name__ == '__main__':
    main(sys.argv[1:])

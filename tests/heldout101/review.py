#!/usr/bin/env python3
"""Review a held-out gold set by eye (stdlib only; imports nothing from the package).

    python3 tests/heldout101/review.py tests/heldout101/gold/*.json

For each gold file: first every record beside its left context (and its labels), then every
numeral of the document that no record covers, with its context, so that a missed figure or
a wrongly included one shows up.

Copied from held-out 50 (itself held-out 47's, 45's, 43's, 42's, 41's and 39's) unchanged but for its paths (its numeral pattern also matches the capital numerals
壹…玖, 拾, 佰, 仟, 萬).
"""
import json
import os
import re
import sys

NUM = re.compile(r'[0-9０-９][0-9０-９,.，．]*|[零〇一二两三四五六七八九十百千万亿半壹贰叁肆伍陆柒捌玖拾佰仟萬]+')


def corpus_of(gold_path):
    gdir = os.path.dirname(os.path.abspath(gold_path))
    return os.path.join(os.path.dirname(gdir), 'corpus')


def flat(s):
    return s.replace('\n', '⏎').replace('\t', '→')


def review(path):
    g = json.load(open(path, encoding='utf-8'))
    text = open(os.path.join(corpus_of(path), g['doc_id'] + '.txt'), encoding='utf-8').read()
    recs = sorted(g['records'], key=lambda r: r['start'])
    print('=' * 100)
    print(g['doc_id'], 'doc_year', g['doc_year'], len(recs), 'records')
    print('-- records')
    for i, r in enumerate(recs):
        left = flat(text[max(0, r['start'] - 24):r['start']])
        right = flat(text[r['end']:r['end'] + 6])
        assert text[r['start']:r['end']] == r['text']
        val = r['value'] if r['value_max'] is None else '%s~%s' % (r['value'], r['value_max'])
        print('%3d %24s[%s]%-6s | %s %s | %s | %s %s %s | %s%s' % (
            i, left, r['text'], right, val, r['unit'], r['indicator'], r['year'], r['category'],
            r['stance'], r['qualifier'], (' per=' + r['per']) if r['per'] else ''))
    print('-- numerals not in a record')
    covered = [(r['start'], r['end']) for r in recs]
    for m in NUM.finditer(text):
        s, e = m.span()
        if m.group() in ('万', '亿', '千', '百', '半', '萬'):
            continue
        if any(a <= s < b or a < e <= b for a, b in covered):
            continue
        print('    %s[%s]%s' % (flat(text[max(0, s - 16):s]), m.group(), flat(text[e:e + 10])))


if __name__ == '__main__':
    for p in sys.argv[1:]:
        review(p)

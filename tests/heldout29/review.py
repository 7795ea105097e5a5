"""Review this set's gold: every record beside its left context, then every numeral not in a record.

Stdlib only; reads only tests/heldout29's texts and gold JSON.
Usage: python3 tests/heldout29/review.py tests/heldout29/gold/*.json
"""
import json, os, re, sys

NUM = re.compile(r'[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+')


def main(paths):
    for path in paths:
        if not path.endswith('.json') or os.path.basename(path) == 'links.json':
            continue
        gold = json.load(open(path, encoding='utf-8'))
        corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), 'corpus')
        text = open(os.path.join(corpus, gold['doc_id'] + '.txt'), encoding='utf-8').read()
        recs = sorted(gold['records'], key=lambda r: r['start'])
        print(f"=== {gold['doc_id']} (doc_year {gold['doc_year']}, {len(recs)} records)")
        covered = [False] * len(text)
        for r in recs:
            assert text[r['start']:r['end']] == r['text'], r
            for i in range(r['start'], r['end']):
                covered[i] = True
            left = text[max(0, r['start'] - 18):r['start']].replace('\n', '⏎').replace('\t', '→')
            print(f"  …{left}[{r['text']}]  {r['value']}{'~' + str(r['value_max']) if r.get('value_max') is not None else ''} "
                  f"{r['unit']} {r['qualifier']} {r['year']} {r['category']} {r.get('stance')} "
                  f"«{r['indicator']}»{' per ' + r['per'] if r.get('per') else ''}")
        print('  -- numerals not in a record:')
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            ctx = text[max(0, m.start() - 10):m.end() + 8].replace('\n', '⏎').replace('\t', '→')
            print(f"     {m.group()!r:14} {ctx}")


if __name__ == '__main__':
    main(sys.argv[1:])

"""Review this set's gold (stdlib only): every record beside its left context,
then every numeral not inside a record.  Usage: python3 review.py gold/*.json"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
def main(paths):
    for p in paths:
        g = json.load(open(p, encoding='utf-8'))
        text = open(os.path.join(HERE, 'corpus', g['doc_id'] + '.txt'), encoding='utf-8').read()
        recs = g['records']
        print(f"== {g['doc_id']}  doc_year {g['doc_year']}  {len(recs)} records")
        for r in recs:
            assert text[r['start']:r['end']] == r['text'], r
            left = text[max(0, r['start'] - 14):r['start']].replace('\n', '⏎').replace('\t', '⇥')
            print(f"  {r['start']:5d} {left:>14}[{r['text']}] {r['value']}"
                  f"{'~' + str(r['value_max']) if r.get('value_max') is not None else ''} {r['unit']}"
                  f" {r['qualifier']} {r['year']} {r['category']} {r.get('stance')} {r['indicator']}"
                  f"{' per=' + r['per'] if r.get('per') else ''}")
        covered = [(r['start'], r['end']) for r in recs]
        print("  -- numerals not in a record:")
        for m in re.finditer(r'[0-9０-９]+(?:[.,:][0-9]+)*|[一二两三四五六七八九十百千万]+', text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            ctx = text[max(0, m.start() - 8):m.end() + 6].replace('\n', '⏎').replace('\t', '⇥')
            print(f"     {m.start():5d} {m.group()!r:12} {ctx}")
if __name__ == '__main__':
    main(sys.argv[1:])

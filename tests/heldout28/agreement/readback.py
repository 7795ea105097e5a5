"""Read-back (stdlib only): each record's span in its context, then every digit or
Chinese numeral run not covered by a record, to check nothing was missed."""
import json, re, sys
from pathlib import Path
here = Path(__file__).parent
corpus = here.parent / "corpus"
for g in sorted((here / "gold").glob("*.json")):
    d = json.loads(g.read_text())
    text = (corpus / f"{d['doc_id']}.txt").read_text()
    print(f"== {d['doc_id']} doc_year {d['doc_year']}: {len(d['records'])} records")
    covered = set()
    for r in d["records"]:
        s, e = r["start"], r["end"]
        covered.update(range(s, e))
        ctx = (text[max(0, s - 12):s] + "[" + text[s:e] + "]" + text[e:e + 8]).replace("\n", "⏎")
        print(f"  {ctx:40s} {r['value']:>12} {r['unit']:3s} {r['qualifier']:8s} {r['year']} "
              f"{r['category']:4s} {r.get('stance')} {r['indicator']} per={r['per']}")
    for m in re.finditer(r"[0-9０-９一二三四五六七八九十两百千万亿]+", text):
        if not any(i in covered for i in range(m.start(), m.end())):
            c = text[max(0, m.start() - 6):m.end() + 6].replace("\n", "⏎")
            print(f"    not a record: {m.group()!r:12s} …{c}…")

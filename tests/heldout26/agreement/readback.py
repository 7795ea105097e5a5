"""Stdlib-only read-back: each record's span in its context, then every numeral left outside a record."""
import json, pathlib, re, sys
root = pathlib.Path(__file__).resolve().parent
corpus = root.parent / "corpus"
for g in sorted((root / "gold").glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    text = (corpus / f"{d['doc_id']}.txt").read_text(encoding="utf-8")
    print(f"== {d['doc_id']} doc_year={d['doc_year']} records={len(d['records'])}")
    covered = set()
    for r in d["records"]:
        s, e = r["start"], r["end"]
        assert text[s:e] == r["text"], r
        covered.update(range(s, e))
        ctx = (text[max(0, s - 12):s] + "[" + text[s:e] + "]" + text[e:e + 8]).replace("\n", "⏎")
        print(f"  {ctx:<40} {r['value']}{'~'+str(r['value_max']) if r['value_max'] is not None else ''} {r['unit']} "
              f"{r['qualifier']} {r['year']} {r['category']} {r.get('stance')} | {r['indicator']} per={r['per']}")
    print("  -- numerals outside records:")
    for m in re.finditer(r"[0-9０-９.]+|[一二两三四五六七八九十百千万]+", text):
        if not covered.intersection(range(m.start(), m.end())):
            print("    ", text[max(0, m.start() - 6):m.end() + 6].replace("\n", "⏎"))

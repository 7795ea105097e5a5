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
        ctx = (text[max(0, s - 12):s] + "[" + text[s:e] + "]" + text[e:e + 8]).replace("\n", "⏎").replace("\t", "→")
        print(f"  {ctx:<40} {r['value']} {r['unit']} {r['qualifier']} {r['year']} {r['category']} {r['indicator']} {r.get('stance')} per={r.get('per')}")
    print("  -- numerals outside records:")
    for m in re.finditer(r"[0-9０-９][0-9０-９,.，:：]*|[零〇一二两三四五六七八九十百千万亿]+", text):
        if not covered.intersection(range(m.start(), m.end())):
            ctx = text[max(0, m.start() - 8):m.end() + 6].replace("\n", "⏎").replace("\t", "→")
            print("    ", ctx)

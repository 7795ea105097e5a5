"""Read-back of the agreement gold: each record's span in its context, and every
digit/Chinese-numeral run not inside a record (stdlib only)."""
import json, pathlib, re, sys
root = pathlib.Path(__file__).parent
corpus = root.parent / "corpus"
for g in sorted((root / "gold").glob("*.json")):
    d = json.loads(g.read_text())
    text = (corpus / f"{d['doc_id']}.txt").read_text()
    print("==", d["doc_id"], d["doc_year"], len(d["records"]))
    covered = set()
    for r in d["records"]:
        covered.update(range(r["start"], r["end"]))
        ctx = text[max(0, r["start"]-8):r["start"]] + "[" + text[r["start"]:r["end"]] + "]" + text[r["end"]:r["end"]+6]
        print(f"  {ctx!r:40} {r['value']} {r['value_max']} {r['unit']} {r['qualifier']} {r['year']} {r['category']} {r.get('stance')} {r['indicator']} per={r['per']}")
    for m in re.finditer(r"[0-9０-９.]+|[一二两三四五六七八九十百千万]+", text):
        if not covered.intersection(range(m.start(), m.end())):
            print("   uncovered:", repr(text[max(0, m.start()-5):m.end()+4]))

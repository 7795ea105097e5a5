"""Read back each record of the agreement gold in its context (stdlib only)."""
import json, pathlib, sys
here = pathlib.Path(__file__).parent
corpus = here.parent / "corpus"
for g in sorted((here / "gold").glob("*.json")):
    d = json.loads(g.read_text())
    text = (corpus / f"{d['doc_id']}.txt").read_text()
    print(f"== {d['doc_id']} doc_year={d['doc_year']} n={len(d['records'])}")
    for r in d["records"]:
        s, e = r["start"], r["end"]
        assert text[s:e] == r["text"]
        ctx = (text[max(0, s-12):s] + "[" + text[s:e] + "]" + text[e:e+8]).replace("\n", "⏎")
        print(f"{s:5d} {ctx:40s} v={r['value']} u={r['unit']} q={r['qualifier']} y={r['year']} "
              f"c={r['category']} st={r.get('stance')} per={r.get('per')} i={r['indicator']}")

"""Read back agreement gold: each record's span in its context, then numerals outside any record (stdlib only)."""
import json, re, sys, pathlib
here = pathlib.Path(__file__).parent
corpus = here.parent / "corpus"
for g in sorted((here / "gold").glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    text = (corpus / f"{d['doc_id']}.txt").read_text(encoding="utf-8")
    print("===", d["doc_id"], d["doc_year"], len(d["records"]))
    cov = [False] * len(text)
    for r in d["records"]:
        assert text[r["start"]:r["end"]] == r["text"]
        for i in range(r["start"], r["end"]): cov[i] = True
        ctx = (text[max(0, r["start"]-12):r["start"]] + "[" + r["text"] + "]" + text[r["end"]:r["end"]+8]).replace("\n", "⏎")
        print(f"{ctx:<40} {r['value']} {r['value_max'] or ''} {r['unit']} {r['qualifier']} {r['year']} {r['category']} {r['indicator']} per={r['per']} {r.get('stance')}")
    print("-- numerals outside records:")
    for m in re.finditer(r"[0-9０-９][0-9.,，%]*|[一二三四五六七八九十百千万两零]+", text):
        if not any(cov[m.start():m.end()]):
            print("  ", repr(text[max(0, m.start()-6):m.end()+4]))

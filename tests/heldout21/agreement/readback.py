"""Read back the second annotation: each record's span in its context (stdlib only)."""
import json, sys, pathlib, re
here = pathlib.Path(__file__).parent
corpus = here.parent / "corpus"
for g in sorted((here / "gold").glob("*.json")):
    if len(sys.argv) > 1 and not any(a in g.name for a in sys.argv[1:]):
        continue
    d = json.loads(g.read_text(encoding="utf-8"))
    t = (corpus / (d["doc_id"] + ".txt")).read_text(encoding="utf-8")
    print("==", d["doc_id"], "doc_year", d["doc_year"], len(d["records"]), "records")
    covered = set()
    for r in d["records"]:
        assert t[r["start"]:r["end"]] == r["text"]
        covered.update(range(r["start"], r["end"]))
        ctx = (t[max(0, r["start"] - 12):r["start"]] + "[" + r["text"] + "]" + t[r["end"]:r["end"] + 8]).replace("\n", "⏎").replace("\t", "⇥")
        print(f'{r["start"]:5} {ctx:<40} v={r["value"]}{"~"+str(r["value_max"]) if r["value_max"] is not None else ""} {r["unit"]} q={r["qualifier"]} y={r["year"]} {r["category"]} {r.get("stance")} ind={r["indicator"]} per={r["per"]}')
    # numerals not covered by any record, for a final scan
    print("-- numerals outside records:")
    for m in re.finditer(r"[0-9０-９零〇一二两三四五六七八九十百千万亿][0-9０-９,.，零〇一二两三四五六七八九十百千万亿]*", t):
        if not any(i in covered for i in range(m.start(), m.end())):
            print(f"   {m.start():5} {t[max(0,m.start()-8):m.end()+6]!r}")

"""List this set's gold records beside their left context (plain Python, no package import)."""
import json, pathlib, sys
here = pathlib.Path(__file__).parent
for g in sorted((here / "gold").glob(f"{sys.argv[1] if len(sys.argv) > 1 else ''}*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    t = (here / "corpus" / f"{d['doc_id']}.txt").read_text(encoding="utf-8")
    print("==", d["doc_id"], d["doc_year"], len(d["records"]))
    for r in d["records"]:
        ctx = t[max(0, r["start"] - 12):r["start"]].replace("\n", "⏎")
        print(f'{ctx:>12}[{r["text"]!s}] {r["value"]}{"~"+str(r["value_max"]) if r["value_max"] else ""} {r["unit"]} {r["qualifier"][:2]} {r["year"]} {r["category"]} {r.get("stance")} {r["indicator"]} {r["per"] or ""}'.replace("\n", "⏎"))

"""Print every gold record beside its left context, then every numeral not inside a record.
Reads only this set's corpus text and gold JSON; imports nothing from the package.
Usage: python3 tests/heldout15/review.py tests/heldout15/gold/<doc_id>.json ..."""
import json, re, sys, pathlib
for g in sys.argv[1:]:
    gp = pathlib.Path(g); d = json.loads(gp.read_text(encoding="utf-8"))
    text = (gp.parent.parent / "corpus" / (d["doc_id"] + ".txt")).read_text(encoding="utf-8")
    print("=" * 20, d["doc_id"], d["doc_year"], len(d["records"]), "records")
    cov = [False] * len(text)
    for r in d["records"]:
        ctx = text[max(0, r["start"] - 14):r["start"]].replace("\n", "⏎").replace("\t", "→")
        print(f'{r["start"]:5} {ctx:>14}[{r["text"]}] {r["value"]}{"~"+str(r["value_max"]) if r["value_max"] else ""} {r["unit"]} {r["qualifier"]} {r["year"]} {r["category"]} {r.get("stance")} {r["indicator"]} per={r["per"]}')
        for i in range(r["start"], r["end"]): cov[i] = True
    print("-- numerals outside records:")
    out = [m for m in re.finditer(r"[0-9０-９]+(?:[.,][0-9]+)*|[一二两三四五六七八九十百千万]+", text) if not any(cov[m.start():m.end()])]
    print("  ", " ".join(f"{text[max(0,m.start()-4):m.end()+3]!r}" for m in out))

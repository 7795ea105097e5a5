"""List every gold record beside its left context (plain json, no package import).
python tests/heldout9/listing.py tests/heldout9/gold/*.json"""
import json, sys, pathlib
for p in sys.argv[1:]:
    g = json.load(open(p)); doc = (pathlib.Path(p).parent.parent / "corpus" / (g["doc_id"] + ".txt")).read_text()
    print("==", g["doc_id"], g["doc_year"], len(g["records"]))
    for r in g["records"]:
        ctx = doc[max(0, r["start"] - 14):r["start"]].replace("\n", "⏎").replace("\t", "→")
        print(f'{ctx:>16} [{r["text"]}] {r["value"]}{"~"+str(r["value_max"]) if r["value_max"] else ""} {r["unit"]} {r["qualifier"]} {r["year"]} {r["category"]} {r["stance"]} {r["indicator"]} {r["per"] or ""}')

import json, sys, pathlib
corp = pathlib.Path("tests/heldout24/corpus")
for p in sys.argv[1:]:
    g = json.load(open(p, encoding="utf-8"))
    t = (corp / (g["doc_id"] + ".txt")).read_text(encoding="utf-8")
    print("==", g["doc_id"], "doc_year", g.get("doc_year"), len(g["records"]), "records")
    for r in g["records"]:
        ctx = t[max(0, r["start"]-10):r["start"]] + "[" + t[r["start"]:r["end"]] + "]" + t[r["end"]:r["end"]+10]
        assert t[r["start"]:r["end"]] == r["text"]
        print(repr(ctx).ljust(50), r["value"], r.get("value_max"), r["unit"], r["qualifier"], r["year"], r["category"], r["indicator"], r.get("per"), r.get("stance"), sep=" | ")

"""Read back each agreement record's span in its context (stdlib only)."""
import json, pathlib, sys
here = pathlib.Path(__file__).parent
corpus = here.parent / "corpus"
for f in sorted((here / "gold").glob("*.json")):
    g = json.loads(f.read_text(encoding="utf-8"))
    doc = (corpus / (g["doc_id"] + ".txt")).read_text(encoding="utf-8")
    print("==", g["doc_id"], g["doc_year"], len(g["records"]))
    for r in g["records"]:
        assert doc[r["start"]:r["end"]] == r["text"]
        ctx = (doc[max(0, r["start"]-12):r["start"]] + "[" + r["text"] + "]" + doc[r["end"]:r["end"]+8]).replace("\n", "⏎").replace("\t", "→")
        print(f'{ctx:40} {r["value"]}~{r["value_max"]} {r["unit"]} {r["qualifier"]} {r["year"]} {r["category"]} {r.get("stance")} {r["indicator"]} per={r["per"]}')

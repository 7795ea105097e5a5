"""Read back the agreement gold of held-out 92: every record in its context, then
every numeral of the texts left outside a record. Stdlib only.

    python3 tests/heldout92/agreement/readback.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*|[零〇一二两三四五六七八九十百千万亿]+")


def show(text, s, e, w=14):
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", "⏎")


for path in sorted((HERE / "gold").glob("*.json")):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (CORPUS / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
    recs = gold["records"]
    print(f"=== {gold['doc_id']}  doc_year {gold['doc_year']}  {len(recs)} records")
    covered = [False] * len(text)
    for i, r in enumerate(recs):
        assert text[r["start"]:r["end"]] == r["text"], r
        for k in range(r["start"], r["end"]):
            covered[k] = True
        vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
        per = f" per={r['per']}" if r.get("per") else ""
        print(f"{i:3d} {r['start']:5d} {show(text, r['start'], r['end'])}\n"
              f"      = {r['value']}{vm} {r['unit']} {r['qualifier']} {r['year']} "
              f"{r['category']} {r.get('stance')} | {r['indicator']}{per}")
    print(f"--- numerals outside records in {gold['doc_id']}")
    for m in NUM.finditer(text):
        if not any(covered[m.start():m.end()]):
            print(f"      {m.start():5d} {show(text, m.start(), m.end(), 10)}")
    counts = {}
    for r in recs:
        counts[r.get("stance")] = counts.get(r.get("stance"), 0) + 1
    print(f"--- stance counts: {counts}\n")

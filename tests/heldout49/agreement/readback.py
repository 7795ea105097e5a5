"""Read back the agreement gold: every record in its context, then every numeral outside a record.

Stdlib only. Usage: python3 readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUMERAL = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def flat(s):
    return s.replace("\n", "⏎").replace("\t", "⇥")


def show(doc_id):
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    gold = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))
    recs = gold["records"]
    print(f"=== {doc_id}  doc_year={gold['doc_year']}  records={len(recs)}")
    stances = {}
    covered = [False] * len(text)
    for i, r in enumerate(recs):
        assert text[r["start"]:r["end"]] == r["text"], r
        for k in range(r["start"], r["end"]):
            covered[k] = True
        stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
        left = flat(text[max(0, r["start"] - 18):r["start"]])
        right = flat(text[r["end"]:r["end"] + 10])
        vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
        per = f" per={r['per']}" if r.get("per") else ""
        q = "" if r["qualifier"] == "exact" else f" q={r['qualifier']}"
        print(f"{i:3d} {left}[{r['text']}]{right}")
        print(f"      = {r['value']}{vmax} {r['unit']}{q}{per} | {r['indicator']} | "
              f"{r['year']} {r['category']} {r.get('stance')}")
    print("stance counts:", stances)
    print(f"--- numerals outside records ({doc_id})")
    for m in NUMERAL.finditer(text):
        if any(covered[m.start():m.end()]):
            continue
        left = flat(text[max(0, m.start() - 14):m.start()])
        right = flat(text[m.end():m.end() + 10])
        print(f"    {left}<{m.group()}>{right}")
    print()


ids = sys.argv[1:] or sorted(p.stem for p in GOLD.glob("*.json"))
for d in ids:
    show(d)

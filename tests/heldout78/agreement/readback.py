"""Read back the second annotator's gold of held-out 78 (stdlib only).

Prints every record in its context, then every numeral of the document that no record covers,
so that a reader can check both the labels and what was left out.
Usage: python3 tests/heldout78/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[零〇一二两三四五六七八九十百千万亿]+")


def flat(s):
    return s.replace("\n", "⏎").replace("\t", "→")


def show(doc_id):
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    gold = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))
    recs = sorted(gold["records"], key=lambda r: r["start"])
    print(f"=== {doc_id}  doc_year={gold['doc_year']}  records={len(recs)}")
    stances = {}
    for r in recs:
        stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
        assert text[r["start"]:r["end"]] == r["text"], r
        left = flat(text[max(0, r["start"] - 14):r["start"]])
        right = flat(text[r["end"]:r["end"] + 8])
        vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
        per = f" per={r['per']}" if r.get("per") else ""
        print(f"{r['start']:5d} {left:>14}[{flat(r['text'])}]{right:<8} | {r['value']}{vmax} {r['unit']} {r['qualifier']}"
              f" | {r['year']} {r['category']} {r.get('stance')} | {r['indicator']}{per}")
    print("stances:", stances)
    covered = set()
    for r in recs:
        covered.update(range(r["start"], r["end"]))
    print("--- numerals outside records")
    for m in NUM.finditer(text):
        if not covered.intersection(range(m.start(), m.end())):
            left = flat(text[max(0, m.start() - 12):m.start()])
            right = flat(text[m.end():m.end() + 8])
            print(f"{m.start():5d} {left:>12}<{m.group()}>{right}")
    print()


if __name__ == "__main__":
    ids = sys.argv[1:] or sorted(p.stem for p in GOLD.glob("*.json"))
    for d in ids:
        show(d)

"""Read back the second annotator's gold: every record in its context, then every
numeral of the document that no record covers (stdlib only, no package import).

    python3 tests/heldout46/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９]+(?:[.,．][0-9０-９]+)*|[〇零一二两三四五六七八九十百千万亿]+")


def flat(s):
    return s.replace("\n", "⏎").replace("\t", "→")


def show(doc_id):
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    gold = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))
    recs = gold["records"]
    print(f"=== {doc_id}  doc_year={gold['doc_year']}  records={len(recs)}")
    counts = {}
    covered = [False] * len(text)
    for i, r in enumerate(recs):
        assert text[r["start"]:r["end"]] == r["text"], r
        for k in range(r["start"], r["end"]):
            covered[k] = True
        counts[r.get("stance")] = counts.get(r.get("stance"), 0) + 1
        left = flat(text[max(0, r["start"] - 18):r["start"]])
        right = flat(text[r["end"]:r["end"] + 10])
        vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
        per = f" per={r['per']}" if r.get("per") else ""
        q = f" q={r['qualifier']}" if r["qualifier"] != "exact" else ""
        print(f"{i:3d} {left}【{flat(r['text'])}】{right}\n"
              f"      = {r['value']}{vmax} {r['unit']}{q}{per} | {r['indicator']} | "
              f"{r['year']} {r['category']} {r.get('stance')}")
    print("  stance counts:", counts)
    print(f"--- numerals outside records in {doc_id}")
    for m in NUM.finditer(text):
        if any(covered[m.start():m.end()]):
            continue
        left = flat(text[max(0, m.start() - 12):m.start()])
        right = flat(text[m.end():m.end() + 8])
        print(f"  @{m.start():5d} {left}‹{m.group()}›{right}")
    print()


if __name__ == "__main__":
    ids = sys.argv[1:] or sorted(p.stem for p in GOLD.glob("*.json"))
    for d in ids:
        show(d)

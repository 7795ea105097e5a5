"""Read back the agreement gold: every record in its context, then every numeral outside a record.

Stdlib only. Usage: python3 readback.py [doc_id ...]   (run from this folder or anywhere)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[零〇一二两三四五六七八九十百千万亿半]+")
W = 14


def ctx(text, s, e):
    left = text[max(0, s - W):s].replace("\n", "⏎")
    right = text[e:e + W].replace("\n", "⏎")
    return f"{left}[{text[s:e]}]{right}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if ids and g["doc_id"] not in ids:
            continue
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        stances = {}
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            v = r["value"] if r.get("value_max") is None else f"{r['value']}~{r['value_max']}"
            line = text.count("\n", 0, r["start"]) + 1
            print(f"L{line:<3} {ctx(text, r['start'], r['end'])}\n      → {v} {r['unit']} | {r['indicator']} | "
                  f"q={r['qualifier']} y={r['year']} cat={r['category']} st={r.get('stance')} per={r.get('per')}")
        print("stance counts:", stances)
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print(f"--- numerals outside records ({g['doc_id']})")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            line = text.count("\n", 0, m.start()) + 1
            print(f"L{line:<3} {ctx(text, m.start(), m.end())}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

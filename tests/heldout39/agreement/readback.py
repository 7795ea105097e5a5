#!/usr/bin/env python3
"""Read back the second annotator's gold: every record in its context, then every numeral
of the document that no record covers (to check for missed mentions). Stdlib only.

usage: python3 readback.py [doc_id ...]   (run from anywhere)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,:：]*|[零〇一二两三四五六七八九十百千万亿半]+")


def show(text, s, e, w=14):
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", "⏎")


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    if ids:
        files = [f for f in files if f.stem in ids]
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / (g["doc_id"] + ".txt")).read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  {len(recs)} records")
        stances = {}
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            v = r["value"] if r.get("value_max") is None else f"{r['value']}~{r['value_max']}"
            print(f"{r['start']:5d} {show(text, r['start'], r['end'])}\n"
                  f"      = {v} {r['unit']} q={r['qualifier']} y={r['year']} cat={r['category']} "
                  f"st={r.get('stance')} per={r.get('per')} ind={r['indicator']}")
        print("stance counts:", stances)
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print("--- numerals outside records")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"{m.start():5d} {show(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

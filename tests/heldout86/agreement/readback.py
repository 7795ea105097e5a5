#!/usr/bin/env python3
"""Read-back of the second annotation of held-out 86 (stdlib only).

For each gold file in ./gold: every record in its context (span in [brackets]) with its
fields, then every numeral of the text (Arabic or Chinese) that lies outside all records,
in its context, so that a missed figure or a wrong exclusion shows up.
Usage: python3 readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+")
W = 14


def ctx(text, s, e, w=W):
    left = text[max(0, s - w):s].replace("\n", "⏎")
    right = text[e:e + w].replace("\n", "⏎")
    return f"{left}[{text[s:e]}]{right}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    if ids:
        files = [f for f in files if f.stem in ids]
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year {g['doc_year']}  {len(recs)} records")
        stance = {}
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            stance[r.get("stance")] = stance.get(r.get("stance"), 0) + 1
            v = r["value"] if r["value_max"] is None else f"{r['value']}~{r['value_max']}"
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{i:3d} {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"      = {v} {r['unit']} {r['qualifier']} {r['year']} {r['category']} "
                  f"{r.get('stance')} «{r['indicator']}»{per}")
        print("stance:", dict(sorted(stance.items(), key=lambda kv: str(kv[0]))))
        covered = [(r["start"], r["end"]) for r in recs]
        print(f"--- numerals outside records ({g['doc_id']})")
        n = 0
        for m in NUM.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in covered):
                continue
            n += 1
            print(f"    {s:5d} {ctx(text, s, e, 10)}")
        print(f"    ({n} numerals outside records)\n")


if __name__ == "__main__":
    main(sys.argv[1:])

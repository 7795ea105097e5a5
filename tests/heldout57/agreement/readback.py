#!/usr/bin/env python3
"""Read back the second annotator's gold for held-out 57 (stdlib only).

Prints every record with its surrounding text and fields, then every numeral
(Arabic, full-width or Chinese) that lies outside all records, so that a missed
mention or a wrong span shows up on reading.

usage: python3 readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")
W = 14


def flat(s):
    return s.replace("\n", "⏎").replace("\t", "⇥")


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    if ids:
        files = [f for f in files if f.stem in ids]
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        stances = {}
        for i, r in enumerate(recs, 1):
            assert text[r["start"]:r["end"]] == r["text"], r
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            left = flat(text[max(0, r["start"] - W):r["start"]])
            right = flat(text[r["end"]:r["end"] + W // 2])
            v = r["value"] if r["value_max"] is None else f"{r['value']}~{r['value_max']}"
            extra = "".join(f" {k}={r[k]}" for k in ("per",) if r.get(k))
            q = "" if r["qualifier"] == "exact" else f" q={r['qualifier']}"
            print(f"{i:3d} {left}[{flat(r['text'])}]{right}\n      {v} {r['unit']} | {r['indicator']} | "
                  f"{r['year']} {r['category']} {r.get('stance')}{q}{extra}")
        print("  stance counts:", dict(sorted(stances.items(), key=str)))
        covered = [False] * len(text)
        for r in recs:
            for k in range(r["start"], r["end"]):
                covered[k] = True
        print("  --- numerals outside records")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            left = flat(text[max(0, m.start() - 10):m.start()])
            right = flat(text[m.end():m.end() + 8])
            print(f"    {m.start():5d} {left}«{m.group()}»{right}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

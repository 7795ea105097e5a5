#!/usr/bin/env python3
"""Read back the second annotator's gold for held-out 41 (stdlib only).

For each document in agreement/gold/: every record in its context (span in [brackets])
with its fields, then every numeral (Arabic digits or Chinese numerals) that lies outside
all records, in context, so that missed mentions can be checked by eye.

    python3 tests/heldout41/agreement/readback.py [doc_id ...]
"""
import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,:：]*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")
W = 18


def ctx(text, s, e, w=W):
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", "⏎")


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    if ids:
        files = [f for f in files if f.stem in ids]
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}  "
              f"stance={dict(Counter(r.get('stance') for r in recs))}")
        covered = [False] * len(text)
        for i, r in enumerate(recs, 1):
            assert text[r["start"]:r["end"]] == r["text"], r
            for k in range(r["start"], r["end"]):
                covered[k] = True
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            print(f"{i:3d} {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"      = {r['value']}{vmax} {r['unit']} q={r['qualifier']} per={r['per']} "
                  f"y={r['year']} {r['category']} st={r.get('stance')} | {r['indicator']}")
        print(f"--- numerals outside records ({g['doc_id']})")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"    {m.start():5d} {ctx(text, m.start(), m.end(), 12)}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

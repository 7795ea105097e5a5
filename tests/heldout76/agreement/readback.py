#!/usr/bin/env python3
"""Read back the agreement gold: every record in context, then every numeral outside a record.

Stdlib only; reads tests/heldout76/agreement/gold/*.json and tests/heldout76/corpus/*.txt.
Usage: python3 tests/heldout76/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+")


def show(text, a, b, w=18):
    s = text[max(0, a - w):a] + "[" + text[a:b] + "]" + text[b:b + w]
    return s.replace("\n", "⏎").replace("\t", "→")


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if ids and g["doc_id"] not in ids:
            continue
        text = (CORPUS / (g["doc_id"] + ".txt")).read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        stances = {}
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            st = r.get("stance")
            stances[st] = stances.get(st, 0) + 1
            vm = "" if r.get("value_max") is None else f"~{r['value_max']}"
            print(f"  {r['start']:5d} {show(text, r['start'], r['end'])}\n"
                  f"        = {r['value']}{vm} {r['unit']} q={r['qualifier']} y={r['year']} "
                  f"cat={r['category']} st={st} per={r.get('per')} | {r['indicator']}")
        print("  stances:", stances)
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print("  -- numerals outside records:")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"  {m.start():5d} {show(text, m.start(), m.end(), 12)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

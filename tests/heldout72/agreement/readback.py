#!/usr/bin/env python3
"""Read back the agreement gold: every record in context, then every numeral outside a record.

Standard library only. Usage: python3 readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*|[零〇一二两三四五六七八九十百千万亿]+")


def show(s):
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
        counts = {}
        covered = [False] * len(text)
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            for k in range(r["start"], r["end"]):
                covered[k] = True
            left = show(text[max(0, r["start"] - 14):r["start"]])
            right = show(text[r["end"]:r["end"] + 8])
            vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            st = r.get("stance")
            counts[st] = counts.get(st, 0) + 1
            print(f"{i:3d} {left}[{show(r['text'])}]{right}\n"
                  f"     = {r['value']}{vm} {r['unit']} q={r['qualifier']} per={r.get('per')} "
                  f"year={r['year']} cat={r['category']} st={st} ind={r['indicator']}")
        print("  stance counts:", counts)
        print("  --- numerals outside records:")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            left = show(text[max(0, m.start() - 10):m.start()])
            right = show(text[m.end():m.end() + 8])
            print(f"     {left}<{m.group()}>{right}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

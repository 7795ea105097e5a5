#!/usr/bin/env python3
"""Read back the agreement gold: every record in context, then every numeral
outside a record (stdlib only; does not import the minsheng package).

usage: python3 readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*|[〇零一二两三四五六七八九十百千万亿几半]+")
CTX = 14


def show(text, s, e):
    left = text[max(0, s - CTX):s].replace("\n", "⏎").replace("\t", "⇥")
    mid = text[s:e].replace("\n", "⏎").replace("\t", "⇥")
    right = text[e:e + CTX].replace("\n", "⏎").replace("\t", "⇥")
    return f"{left}[{mid}]{right}"


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
            vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{r['start']:5d} {show(text, r['start'], r['end'])}\n"
                  f"      = {r['value']}{vm} {r['unit']} {r['qualifier']}{per} | {r['indicator']} | "
                  f"{r['year']} {r['category']} {r.get('stance')}")
        print("stance:", dict(sorted(stances.items(), key=str)))
        covered = set()
        for r in recs:
            covered.update(range(r["start"], r["end"]))
        print("--- numerals outside records")
        for m in NUM.finditer(text):
            if any(i in covered for i in range(m.start(), m.end())):
                continue
            print(f"{m.start():5d} {show(text, m.start(), m.end())}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

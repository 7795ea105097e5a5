#!/usr/bin/env python3
"""Read back the agreement gold: every record in its context, then every numeral outside a record.

Stdlib only.  Usage: python3 readback.py [doc_id ...]   (run from anywhere)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
CORPUS = HERE.parent / "corpus"
NUMERAL = re.compile(r"[0-9０-９][0-9０-９,.，]*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def show(s: str) -> str:
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
        covered = [False] * len(text)
        for i, r in enumerate(recs, 1):
            assert text[r["start"]:r["end"]] == r["text"], r
            for k in range(r["start"], r["end"]):
                covered[k] = True
            st = r.get("stance")
            stances[st] = stances.get(st, 0) + 1
            left = show(text[max(0, r["start"] - 14):r["start"]])
            right = show(text[r["end"]:r["end"] + 8])
            vmax = "" if r.get("value_max") is None else f"~{r['value_max']}"
            per = f" per={r['per']}" if r.get("per") else ""
            q = "" if r.get("qualifier") == "exact" else f" q={r['qualifier']}"
            print(f"{i:3d} {r['start']:5d} …{left}[{show(r['text'])}]{right}…"
                  f"  | {r['value']}{vmax} {r['unit']} | {r['indicator']} | {r['year']} {r['category']} {st}{q}{per}")
        print("stance:", dict(sorted(stances.items(), key=lambda kv: str(kv[0]))))
        print("--- numerals outside records")
        for m in NUMERAL.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            left = show(text[max(0, m.start() - 12):m.start()])
            right = show(text[m.end():m.end() + 10])
            print(f"    {m.start():5d} …{left}[{show(m.group())}]{right}…")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

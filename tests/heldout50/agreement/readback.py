#!/usr/bin/env python3
"""Read back the second annotator's gold: every record in its context, then every
numeral of the document that no record covers. Stdlib only; does not import minsheng.

usage: python3 readback.py [doc_id ...]   (default: every file in ./gold)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９.,，．]*[0-9０-９]+|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def show(text, s, e, width=14):
    left = text[max(0, s - width):s].replace("\n", "⏎").replace("\t", "→")
    mid = text[s:e].replace("\n", "⏎").replace("\t", "→")
    right = text[e:e + width].replace("\n", "⏎").replace("\t", "→")
    return f"{left}[{mid}]{right}"


def main(ids):
    files = [GOLD / f"{i}.json" for i in ids] if ids else sorted(GOLD.glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        stances = {}
        for n, r in enumerate(recs, 1):
            assert text[r["start"]:r["end"]] == r["text"], r
            st = r.get("stance")
            stances[st] = stances.get(st, 0) + 1
            val = r["value"] if r.get("value_max") is None else f"{r['value']}~{r['value_max']}"
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{n:3d} {r['start']:5d} {show(text, r['start'], r['end'])}\n"
                  f"      = {val} {r['unit']} q={r['qualifier']} y={r['year']} "
                  f"cat={r['category']} st={st}{per} ind={r['indicator']}")
        print("  by stance:", dict(sorted(stances.items(), key=str)))
        covered = [(r["start"], r["end"]) for r in recs]
        print("  --- numerals outside records:")
        for m in NUM.finditer(text):
            s, e = m.span()
            if any(a <= s < b or a < e <= b for a, b in covered):
                continue
            print(f"      {s:5d} {show(text, s, e, 10)}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

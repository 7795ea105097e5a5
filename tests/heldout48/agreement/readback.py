"""Read back the agreement gold: every record in context, every numeral outside a record.

Stdlib only; does not import the project package.
usage: python3 readback.py [doc_id ...]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[零〇一二两三四五六七八九十百千万亿半]+")


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
        print("stance:", dict(Counter(r.get("stance") for r in recs)))
        print("category:", dict(Counter(r["category"] for r in recs)))
        covered = set()
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            covered.update(range(r["start"], r["end"]))
            left = flat(text[max(0, r["start"] - 14):r["start"]])
            right = flat(text[r["end"]:r["end"] + 8])
            vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            print(f"{i:3d} {r['start']:5d} …{left}[{flat(r['text'])}]{right}…  "
                  f"= {r['value']}{vm} {r['unit']} q={r['qualifier']} per={r.get('per')} "
                  f"y={r['year']} {r['category']} st={r.get('stance')} | {r['indicator']}")
        print("--- numerals outside records")
        for m in NUM.finditer(text):
            if any(p in covered for p in range(m.start(), m.end())):
                continue
            left = flat(text[max(0, m.start() - 10):m.start()])
            right = flat(text[m.end():m.end() + 8])
            print(f"    {m.start():5d} …{left}<{m.group()}>{right}…")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

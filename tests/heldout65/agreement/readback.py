#!/usr/bin/env python3
"""Read back the agreement gold: every record in context, then every numeral outside a record.

stdlib only; run from the repository root or anywhere:
    python3 tests/heldout65/agreement/readback.py
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９]+(?:[.．][0-9]+)?|[〇零一二两三四五六七八九十百千万亿]+")


def ctx(text, s, e, w=14):
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", "⏎").replace("\t", "→")


def main(paths):
    files = sorted(GOLD.glob("*.json")) if not paths else [pathlib.Path(p) for p in paths]
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        stances = {}
        for r in recs:
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            assert text[r["start"]:r["end"]] == r["text"], r
            v = r["value"] if r.get("value_max") is None else f"{r['value']}~{r['value_max']}"
            print(f"{r['start']:5d} {ctx(text, r['start'], r['end']):<44} | {v} {r['unit']}"
                  f" | {r['qualifier']} | {r['year']} | {r['category']} | {r.get('stance')}"
                  f" | {r['indicator']}" + (f" | per={r['per']}" if r.get("per") else ""))
        print("stance counts:", stances)
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print("--- numerals outside records")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"{m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

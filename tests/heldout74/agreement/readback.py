#!/usr/bin/env python3
"""Read back the second annotator's gold (stdlib only): every record in its context,
then every numeral of the text that lies outside a record, so that nothing is missed.

    python3 tests/heldout74/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[〇零一二两三四五六七八九十百千万亿]+")


def flat(s):
    return s.replace("\t", "⇥").replace("\n", "⏎")


def show(doc_id):
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    gold = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))
    recs = sorted(gold["records"], key=lambda r: r["start"])
    print(f"=== {doc_id}  doc_year={gold['doc_year']}  records={len(recs)}")
    stances = {}
    for i, r in enumerate(recs):
        assert text[r["start"]:r["end"]] == r["text"], r
        stances[r["stance"]] = stances.get(r["stance"], 0) + 1
        ctx = flat(text[max(0, r["start"] - 18):r["start"]]) + "[" + flat(r["text"]) + "]" + flat(text[r["end"]:r["end"] + 8])
        vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
        print(f"{i:3d} {r['start']:5d} {ctx}\n      = {r['value']}{vm} {r['unit']} q={r['qualifier']} "
              f"y={r['year']} cat={r['category']} st={r['stance']} per={r['per']} ind={r['indicator']}")
    print("stances:", stances)
    covered = [False] * len(text)
    for r in recs:
        for k in range(r["start"], r["end"]):
            covered[k] = True
    print("--- numerals outside records")
    for m in NUM.finditer(text):
        if any(covered[m.start():m.end()]):
            continue
        print(f"  {m.start():5d} {flat(text[max(0, m.start() - 12):m.start()])}<{m.group()}>{flat(text[m.end():m.end() + 8])}")
    print()


def main():
    ids = sys.argv[1:] or sorted(p.stem for p in GOLD.glob("*.json"))
    for d in ids:
        show(d)


if __name__ == "__main__":
    main()

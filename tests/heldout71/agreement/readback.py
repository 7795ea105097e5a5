"""Read back the second annotator's gold: every record in its context, then every
numeral of the document that lies outside a record (stdlib only, no package import).

    python3 tests/heldout71/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*|[零〇一二两三四五六七八九十百千万亿半]+")


def flat(s):
    return s.replace("\n", "⏎").replace("\t", "⇥")


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    if ids:
        files = [f for f in files if f.stem in ids]
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(gold["records"], key=lambda r: r["start"])
        print(f"=== {gold['doc_id']}  doc_year={gold['doc_year']}  records={len(recs)}  "
              f"stance={dict(Counter(r.get('stance') for r in recs))}")
        print("    categories:", dict(Counter(r["category"] for r in recs)))
        covered = [False] * len(text)
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            for i in range(r["start"], r["end"]):
                covered[i] = True
            left = flat(text[max(0, r["start"] - 14):r["start"]])
            right = flat(text[r["end"]:r["end"] + 8])
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            print(f"{r['start']:5d} {left}[{flat(r['text'])}]{right}\n"
                  f"      = {r['value']}{vmax} {r['unit']} q={r['qualifier']} y={r['year']} "
                  f"cat={r['category']} st={r.get('stance')} per={r['per']} ind={r['indicator']}")
        print(f"--- numerals outside records in {gold['doc_id']}")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            left = flat(text[max(0, m.start() - 10):m.start()])
            right = flat(text[m.end():m.end() + 8])
            print(f"{m.start():5d} {left}<{m.group()}>{right}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

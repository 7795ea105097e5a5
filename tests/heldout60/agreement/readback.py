"""Read back the second annotator's gold: every record in its context, then every numeral
(Arabic or Chinese) that no record covers, also in context. Standard library only.

    python3 tests/heldout60/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+")


def ctx(text, start, end, width=14):
    left = text[max(0, start - width):start].replace("\n", "⏎")
    right = text[end:end + width].replace("\n", "⏎")
    return f"{left}【{text[start:end]}】{right}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    if ids:
        files = [f for f in files if f.stem in ids]
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
        recs = gold["records"]
        print(f"=== {gold['doc_id']}  doc_year={gold['doc_year']}  records={len(recs)}  "
              f"stance={dict(Counter(r.get('stance') for r in recs))}")
        covered = [False] * len(text)
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            for k in range(r["start"], r["end"]):
                covered[k] = True
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" /{r['per']}" if r.get("per") else ""
            q = "" if r["qualifier"] == "exact" else f" {r['qualifier']}"
            print(f"{i:3d} {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"      = {r['value']}{vmax} {r['unit']}{per}{q} | {r['indicator']} | "
                  f"{r['year']} {r['category']} {r.get('stance')}")
        print(f"--- numerals outside a record ({gold['doc_id']})")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"    {m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

"""Read back the second annotation of held-out 85 (stdlib only).

For each gold file under agreement/gold/: every record in its context with all its
fields, then every numeral of the text that no record covers, in its context, so
that a missed figure or a wrong span shows up.

    python3 tests/heldout85/agreement/readback.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"

NUM = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*|[〇零一二两三四五六七八九十百千万亿]+")
CTX = 18


def show(text, start, end, width=CTX):
    left = text[max(0, start - width):start].replace("\n", "⏎").replace("\t", "⇥")
    mid = text[start:end].replace("\n", "⏎").replace("\t", "⇥")
    right = text[end:end + width].replace("\n", "⏎").replace("\t", "⇥")
    return f"{left}【{mid}】{right}"


def main():
    problems = 0
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold["doc_id"]
        text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
        recs = gold["records"]
        print("=" * 100)
        print(f"{doc_id}  doc_year={gold['doc_year']}  records={len(recs)}")
        print("stance:", dict(Counter(r.get("stance") for r in recs)),
              " category:", dict(Counter(r["category"] for r in recs)),
              " year:", dict(Counter(r["year"] for r in recs)))
        print("-" * 100)
        covered = [False] * len(text)
        for i, r in enumerate(recs):
            if text[r["start"]:r["end"]] != r["text"]:
                print(f"  !! offsets do not match text for record {i}")
                problems += 1
            for k in range(r["start"], r["end"]):
                covered[k] = True
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{i:3d} {show(text, r['start'], r['end'])}")
            print(f"      = {r['value']}{vmax} {r['unit']} q={r['qualifier']} y={r['year']} "
                  f"cat={r['category']} st={r.get('stance')} ind={r['indicator']}{per}")
        print("-" * 100)
        print("numerals outside any record:")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            print(f"    {show(text, m.start(), m.end(), 14)}")
    if problems:
        print(f"{problems} problem(s)")
        sys.exit(1)


if __name__ == "__main__":
    main()

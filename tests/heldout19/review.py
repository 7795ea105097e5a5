"""Read-through of the held-out 19 gold (stdlib only; imports nothing from the package).

python3 tests/heldout19/review.py tests/heldout19/gold/*.json

For each document: every record beside its left context, then every numeral of the text
that lies inside no record (to check that nothing countable was missed).
"""
import json
import re
import sys
from pathlib import Path

NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿半]+")


def main(paths):
    for p in paths:
        p = Path(p)
        gold = json.loads(p.read_text(encoding="utf-8"))
        text = (p.parent.parent / "corpus" / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
        print(f"=== {gold['doc_id']}  doc_year {gold['doc_year']}  {len(gold['records'])} records")
        covered = [False] * len(text)
        for r in gold["records"]:
            assert text[r["start"]:r["end"]] == r["text"], r
            for i in range(r["start"], r["end"]):
                covered[i] = True
            left = text[max(0, r["start"] - 14):r["start"]].replace("\n", "⏎").replace("\t", "→")
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            print(f"  {left:>14}[{r['text']}]  {r['value']}{vmax} {r['unit']} {r['qualifier']} "
                  f"{r['year']} {r['category']} {r.get('stance')} «{r['indicator']}»"
                  + (f" per {r['per']}" if r.get("per") else ""))
        print("  -- numerals in no record:")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                ctx = text[max(0, m.start() - 8):m.end() + 6].replace("\n", "⏎").replace("\t", "→")
                print(f"     {m.group()!r:12} {ctx}")


if __name__ == "__main__":
    main(sys.argv[1:])

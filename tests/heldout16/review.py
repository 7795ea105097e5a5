"""Review a held-out gold file beside its text (stdlib only; imports nothing from the package).

    python3 tests/heldout16/review.py tests/heldout16/gold/*.json

Part 1 lists every record with the 24 characters to its left and its labels; part 2 lists
every run of numerals (Arabic or Chinese) that no record covers, with its context, so that
misses can be read through.
"""
import json
import os
import re
import sys

NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿半]+")


def one(path):
    gold = json.load(open(path, encoding="utf-8"))
    corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), "corpus")
    text = open(os.path.join(corpus, gold["doc_id"] + ".txt"), encoding="utf-8").read()
    recs = gold["records"]
    print(f"=== {gold['doc_id']}  doc_year {gold['doc_year']}  {len(recs)} records")
    for r in recs:
        left = text[max(0, r["start"] - 24):r["start"]].replace("\n", "⏎").replace("\t", "⇥")
        assert text[r["start"]:r["end"]] == r["text"], r
        vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
        print(f"{r['start']:6d} {left:>24}[{r['text']}] {r['value']}{vm} {r['unit']} "
              f"{r['qualifier']} {r['year']} {r['category']} {r.get('stance', '')} "
              f"{r['indicator']} per={r.get('per')}")
    covered = set()
    for r in recs:
        covered.update(range(r["start"], r["end"]))
    print(f"--- numerals outside records")
    for m in NUM.finditer(text):
        if any(i in covered for i in range(m.start(), m.end())):
            continue
        ctx = text[max(0, m.start() - 14):m.end() + 10].replace("\n", "⏎").replace("\t", "⇥")
        print(f"{m.start():6d} {m.group()!r:>12}  {ctx}")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        one(p)

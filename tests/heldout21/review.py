"""Review held-out 21 gold: every record beside its left context, then every numeral not in a record.

Stdlib only; reads this set's gold JSON and corpus texts, imports nothing from the package.
Usage: python3 tests/heldout21/review.py tests/heldout21/gold/*.json
"""
import json
import os
import re
import sys

NUM = re.compile(r"[0-9０-９][0-9０-９,.，]*|[〇零一二两三四五六七八九十百千万亿]+")


def flat(s):
    return s.replace("\n", "⏎").replace("\t", "⇥")


def review(path):
    gold = json.load(open(path, encoding="utf-8"))
    corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), "corpus")
    text = open(os.path.join(corpus, gold["doc_id"] + ".txt"), encoding="utf-8").read()
    print(f"=== {gold['doc_id']}  doc_year {gold['doc_year']}  {len(gold['records'])} records")
    covered = [False] * len(text)
    for r in gold["records"]:
        assert text[r["start"]:r["end"]] == r["text"], r
        for i in range(r["start"], r["end"]):
            covered[i] = True
        left = flat(text[max(0, r["start"] - 24):r["start"]])
        vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
        print(f"{r['start']:5} {left:>24} [{r['text']}] {r['value']}{vmax} {r['unit']} "
              f"q={r['qualifier']} y={r['year']} {r['category']} {r.get('stance')} "
              f"ind={r['indicator']} per={r.get('per')}")
    print(f"--- numerals not in a record")
    for m in NUM.finditer(text):
        if any(covered[m.start():m.end()]):
            continue
        if m.group() in ("一", "十") and False:
            continue
        ctx = flat(text[max(0, m.start() - 14):m.end() + 8])
        print(f"{m.start():5} {m.group():>10}  {ctx}")
    print()


if __name__ == "__main__":
    for p in sys.argv[1:]:
        review(p)

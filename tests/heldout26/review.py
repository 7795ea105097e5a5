"""Read-back of this set's gold, stdlib only: every record beside its left context,
then every numeral of the text that no record covers.

    python3 tests/heldout26/review.py tests/heldout26/gold/*.json
"""
import json
import os
import re
import sys

NUM = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*|[零〇一二两三四五六七八九十百千万亿半]+")


def review(path):
    gold = json.load(open(path, encoding="utf-8"))
    corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), "corpus")
    text = open(os.path.join(corpus, gold["doc_id"] + ".txt"), encoding="utf-8").read()
    print(f"== {gold['doc_id']} (doc_year {gold['doc_year']}, {len(gold['records'])} records)")
    covered = [False] * len(text)
    for r in gold["records"]:
        assert text[r["start"]:r["end"]] == r["text"], r
        for i in range(r["start"], r["end"]):
            covered[i] = True
        left = text[max(0, r["start"] - 24):r["start"]].replace("\n", "⏎").replace("\t", "⇥")
        vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
        print(f"  {left:>24} [{r['text']}] {r['value']}{vmax} {r['unit']} q={r['qualifier']} "
              f"y={r['year']} {r['category']} {r.get('stance')} «{r['indicator']}» per={r.get('per')}")
    print("  -- numerals not in a record:")
    for m in NUM.finditer(text):
        if not any(covered[m.start():m.end()]):
            ctx = text[max(0, m.start() - 12):m.end() + 8].replace("\n", "⏎").replace("\t", "⇥")
            print(f"     {m.group()!r:>12}  {ctx}")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        review(p)

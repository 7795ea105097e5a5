"""Review this set's gold by reading (stdlib only; imports nothing from the package).

python3 tests/heldout17/review.py tests/heldout17/gold/*.json

For each gold file: every record beside its left context, then every numeral of the
document that no record covers, with its context, so that misses and wrong spans show.
"""
import json
import os
import re
import sys

NUM = re.compile(r"[0-9０-９][0-9０-９,.，]*|[零〇一二两三四五六七八九十百千万亿]+")


def main(paths):
    for path in paths:
        gold = json.load(open(path, encoding="utf-8"))
        corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), "corpus")
        text = open(os.path.join(corpus, gold["doc_id"] + ".txt"), encoding="utf-8").read()
        recs = gold["records"]
        print(f"=== {gold['doc_id']}  doc_year {gold['doc_year']}  {len(recs)} records")
        covered = [False] * len(text)
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            for i in range(r["start"], r["end"]):
                covered[i] = True
            left = text[max(0, r["start"] - 18):r["start"]].replace("\n", "⏎").replace("\t", "→")
            val = r["value"] if r["value_max"] is None else f"{r['value']}~{r['value_max']}"
            print(f"  {left:>18}[{r['text']}] {val} {r['unit']} q={r['qualifier']} y={r['year']} "
                  f"{r['category']} st={r.get('stance')} ind={r['indicator']} per={r['per']}")
        print("  --- numerals not in a record")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            ctx = text[max(0, m.start() - 12):m.end() + 8].replace("\n", "⏎").replace("\t", "→")
            print(f"    {m.group()!r:>14}  {ctx}")


if __name__ == "__main__":
    main(sys.argv[1:])

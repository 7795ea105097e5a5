"""Review held-out 18's gold by reading (stdlib only; imports nothing from minsheng).

python3 tests/heldout18/review.py tests/heldout18/gold/*.json

For each gold file: every record beside its left context (value, unit, qualifier, year,
category, stance, indicator), then every numeral of the text not inside a record, with its
context, so that what was left out can be read through too.
"""
import json
import os
import re
import sys

NUM = re.compile(r"[0-9０-９][0-9０-９,，.．]*|[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


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
            left = text[max(0, r["start"] - 16):r["start"]].replace("\n", "⏎").replace("\t", "→")
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" /{r['per']}" if r.get("per") else ""
            print(f"  {left:>16}[{r['text']}]  {r['value']}{vmax} {r['unit']}{per} {r['qualifier']} "
                  f"{r['year']} {r['category']} {r.get('stance')} «{r['indicator']}»")
        print("  -- numerals not in a record --")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            ctx = text[max(0, m.start() - 10):m.end() + 8].replace("\n", "⏎").replace("\t", "→")
            print(f"    {m.group()}  …{ctx}…")


if __name__ == "__main__":
    main(sys.argv[1:])

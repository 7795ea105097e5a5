"""List every gold record beside its left context, then every numeral not inside a record.

stdlib only; reads this set's corpus and gold JSON, imports nothing from the package.
usage: python3 tests/heldout14/review.py tests/heldout14/gold/*.json
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NUM = re.compile(r"[0-9０-９][0-9０-９.．]*|[零〇一二两三四五六七八九十百千万亿]+")

for path in sys.argv[1:]:
    gold = json.load(open(path, encoding="utf-8"))
    doc_id = gold["doc_id"]
    src = glob.glob(os.path.join(HERE, "corpus", doc_id + ".*"))[0]
    text = open(src, encoding="utf-8").read()
    print(f"== {doc_id} year {gold['doc_year']} records {len(gold['records'])}")
    covered = [False] * len(text)
    for r in gold["records"]:
        left = text[max(0, r["start"] - 14):r["start"]].replace("\n", "⏎").replace("\t", "→")
        print(f"{r['start']:5d} {left:>14}[{r['text']}] {r['value']}"
              f"{'~' + str(r['value_max']) if r['value_max'] is not None else ''} {r['unit']} {r['qualifier']}"
              f" {r['year']} {r['category']} {r.get('stance')} {r['indicator']} per={r['per']}")
        for i in range(r["start"], r["end"]):
            covered[i] = True
    print("-- uncovered numerals")
    out = []
    for m in NUM.finditer(text):
        if not any(covered[m.start():m.end()]):
            out.append(text[max(0, m.start() - 4):m.end() + 3].replace("\n", "⏎").replace("\t", "→"))
        elif not all(covered[m.start():m.end()]):
            out.append("PARTIAL " + m.group())
    print(" · ".join(out))

"""List every numeral of a held-out-5 document outside its gold spans.

python tests/heldout5/uncovered_numerals.py tests/heldout5/gold/*.json

A regex over the text and the gold file; it imports nothing of minsheng. A line
PARTIAL means a gold span cuts a numeral in two.
"""
import json
import os
import re
import sys

NUM = re.compile(r"[0-9０-９.．]+|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")

for path in sys.argv[1:]:
    gold = json.load(open(path, encoding="utf-8"))
    corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), "corpus")
    text = open(os.path.join(corpus, gold["doc_id"] + ".txt"), encoding="utf-8").read()
    covered = [False] * len(text)
    for r in gold["records"]:
        assert text[r["start"]:r["end"]] == r["text"]
        for i in range(r["start"], r["end"]):
            covered[i] = True
    print("==", gold["doc_id"])
    for m in NUM.finditer(text):
        inside = covered[m.start():m.end()]
        if any(inside) and not all(inside):
            print("  PARTIAL", m.group())
        elif not any(inside):
            ctx = text[max(0, m.start() - 6):m.end() + 4].replace("\n", "⏎")
            print("  ", m.group(), "|", ctx)

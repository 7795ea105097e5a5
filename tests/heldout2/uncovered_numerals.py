"""List every numeral (Arabic, Chinese or Roman) in a document that lies outside a gold span.

Independent of the extractor: a plain regular expression over the text and the gold offsets.
Usage (from the repository root):
    python tests/heldout2/uncovered_numerals.py tests/heldout2/corpus tests/heldout2/gold/*.json
"""
import json
import os
import re
import sys

NUM = re.compile(r"[0-9０-９][0-9０-９.．,，]*|[零〇一二两三四五六七八九十百千万亿ⅠⅡⅢⅣⅤ]+")


def run(gold_path, corpus_dir):
    gold = json.load(open(gold_path, encoding="utf-8"))
    text = open(os.path.join(corpus_dir, gold["doc_id"] + ".txt"), encoding="utf-8").read()
    covered = [False] * len(text)
    for r in gold["records"]:
        assert text[r["start"]:r["end"]] == r["text"], r
        for i in range(r["start"], r["end"]):
            covered[i] = True
    print("==", gold["doc_id"], len(gold["records"]), "records")
    for m in NUM.finditer(text):
        inside = covered[m.start():m.end()]
        if all(inside):
            continue
        tag = "PARTIAL " if any(inside) else ""
        ctx = text[max(0, m.start() - 8):m.end() + 8].replace("\n", "⏎").replace("\t", "⇥")
        print(f"{tag}{m.start():5d} {m.group()!r:12} {ctx}")


if __name__ == "__main__":
    for path in sys.argv[2:]:
        run(path, sys.argv[1])

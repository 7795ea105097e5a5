#!/usr/bin/env python3
"""Read back the second annotator's gold files of held-out 68 (stdlib only).

For each document: every record with its context (span in [brackets]) and its fields,
then every numeral (Arabic or Chinese) that lies outside all records, in context, so
that a missed mention or a wrong exclusion can be seen by reading.

    python3 tests/heldout68/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
CORPUS = HERE.parent / "corpus"
WIDTH = 14
NUMERAL = re.compile(r"[0-9０-９]+(?:[.,．][0-9０-９]+)*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def show(text, start, end, width=WIDTH):
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return (left + "[" + text[start:end] + "]" + right).replace("\n", "⏎").replace("\t", "⇥")


def main(argv):
    files = sorted(GOLD.glob("*.json"))
    if argv:
        files = [f for f in files if f.stem in argv]
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / (gold["doc_id"] + ".txt")).read_text(encoding="utf-8")
        recs = sorted(gold["records"], key=lambda r: r["start"])
        print("=" * 100)
        print(gold["doc_id"], "doc_year", gold["doc_year"], len(recs), "records")
        stances = {}
        for r in recs:
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
        print("by stance:", dict(sorted(stances.items(), key=lambda kv: str(kv[0]))))
        print("-" * 100)
        covered = [False] * len(text)
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            for k in range(r["start"], r["end"]):
                covered[k] = True
            val = r["value"] if r.get("value_max") is None else f'{r["value"]}~{r["value_max"]}'
            extra = []
            if r.get("qualifier", "exact") != "exact":
                extra.append("q=" + r["qualifier"])
            if r.get("per"):
                extra.append("per=" + r["per"])
            print(f'{i:3d} {r["start"]:5d} {show(text, r["start"], r["end"])}')
            print(f'      = {val} {r["unit"]} | {r["indicator"]} | {r["year"]} {r["category"]} '
                  f'{r.get("stance")} {" ".join(extra)}')
        print("-" * 100)
        print("numerals outside records:")
        for m in NUMERAL.finditer(text):
            if any(covered[k] for k in range(m.start(), m.end())):
                continue
            print(f'    {m.start():5d} {show(text, m.start(), m.end())}')
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

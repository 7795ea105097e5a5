"""Read back the second annotator's gold of held-out 44 (stdlib only).

For each gold file in tests/heldout44/agreement/gold/: every record with its
context and fields, then every numeral (Arabic or Chinese) that lies outside a
record, with its context, so that a missed mention or a wrong exclusion shows.
Usage: python3 tests/heldout44/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[〇零一二两三四五六七八九十百千万亿半]+")


def show(text, a, b, width=14):
    left = text[max(0, a - width):a].replace("\n", "⏎").replace("\t", "⇥")
    mid = text[a:b].replace("\n", "⏎").replace("\t", "⇥")
    right = text[b:b + width].replace("\n", "⏎").replace("\t", "⇥")
    return f"{left}[{mid}]{right}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if ids and g["doc_id"] not in ids:
            continue
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        print("    by stance:", dict(Counter(r.get("stance") for r in recs)))
        print("    by category:", dict(Counter(r["category"] for r in recs)))
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            opts = [f"y={r['year']}", r["category"], r.get("stance")]
            if r["qualifier"] != "exact":
                opts.append(r["qualifier"])
            if r.get("per"):
                opts.append("per=" + r["per"])
            print(f"  {r['start']:5d} {show(text, r['start'], r['end'])}"
                  f"  → {r['value']}{vm} {r['unit']} | {r['indicator']} | {' '.join(map(str, opts))}")
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print("  -- numerals outside records:")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"  {m.start():5d} {show(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

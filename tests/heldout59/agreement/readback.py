"""Read back the agreement gold of held-out 59 in context (stdlib only).

For each document: every record with its context, value, unit and fields, in
document order; then every numeral (Arabic or Chinese) that lies outside all
records, with its context, so that a missed mention can be spotted.

    python3 tests/heldout59/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def ctx(text, start, end, width=14):
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    show = lambda s: s.replace("\n", "⏎").replace("\t", "⇥")
    return f"{show(left)}[{show(text[start:end])}]{show(right)}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = gold["doc_id"]
        if ids and doc not in ids:
            continue
        text = (CORPUS / f"{doc}.txt").read_text(encoding="utf-8")
        recs = sorted(gold["records"], key=lambda r: r["start"])
        print(f"=== {doc}  doc_year={gold['doc_year']}  records={len(recs)}")
        counts = {}
        for i, r in enumerate(recs, 1):
            assert text[r["start"]:r["end"]] == r["text"], r
            counts[r.get("stance")] = counts.get(r.get("stance"), 0) + 1
            val = r["value"] if r["value_max"] is None else f"{r['value']}~{r['value_max']}"
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{i:3d} {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"      = {val} {r['unit']} {r['qualifier']}{per} | {r['indicator']} | "
                  f"{r['year']} {r['category']} {r.get('stance')}")
        print("stance:", dict(sorted(counts.items(), key=lambda kv: str(kv[0]))))
        covered = [False] * len(text)
        for r in recs:
            for k in range(r["start"], r["end"]):
                covered[k] = True
        print("--- numerals outside records")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"  {m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

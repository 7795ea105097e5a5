"""Read back the agreement gold: every record in its context, then every numeral outside a record.

Stdlib only; reads tests/heldout58/agreement/gold/*.json and tests/heldout58/corpus/*.txt.
Usage: python3 tests/heldout58/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUMERAL = re.compile(r"[0-9０-９][0-9０-９.,]*|[零〇一二两三四五六七八九十百千万亿]+")


def show(text, start, end, width=18):
    left = text[max(0, start - width):start].replace("\n", "⏎").replace("\t", "→")
    right = text[end:end + width].replace("\n", "⏎").replace("\t", "→")
    return f"{left}[{text[start:end]}]{right}"


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
        stances = {}
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            val = r["value"] if r["value_max"] is None else f"{r['value']}~{r['value_max']}"
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{i:3d} {r['start']:5d} {show(text, r['start'], r['end'])}\n"
                  f"      = {val} {r['unit']} {r['qualifier']} | {r['indicator']} | "
                  f"{r['year']} {r['category']} {r.get('stance')}{per}")
        print("stances:", dict(sorted(stances.items(), key=lambda kv: str(kv[0]))))
        covered = [False] * len(text)
        for r in recs:
            for k in range(r["start"], r["end"]):
                covered[k] = True
        print(f"--- numerals outside a record in {doc}")
        for m in NUMERAL.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"      {m.start():5d} {show(text, m.start(), m.end(), 12)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

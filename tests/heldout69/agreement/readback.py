"""Read back the second annotator's gold of held-out 69 (stdlib only).

For each gold file in gold/: every record in its context (span in [brackets]) with its
fields, then every numeral of the document that lies outside all records, in context,
so that a missed mention or a wrong span shows.

    python3 tests/heldout69/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUMERAL = re.compile(r"[0-9０-９][0-9０-９.,，]*|[〇零一二两三四五六七八九十百千万亿]+")
WIDTH = 14


def show(text, start, end):
    left = text[max(0, start - WIDTH):start]
    right = text[end:end + WIDTH]
    return (left + "[" + text[start:end] + "]" + right).replace("\n", "⏎").replace("\t", "→")


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold["doc_id"]
        if ids and doc_id not in ids:
            continue
        text = (CORPUS / (doc_id + ".txt")).read_text(encoding="utf-8")
        recs = sorted(gold["records"], key=lambda r: r["start"])
        print(f"=== {doc_id}  doc_year={gold['doc_year']}  records={len(recs)}")
        stances = {}
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            value = r["value"] if r.get("value_max") is None else f"{r['value']}~{r['value_max']}"
            print(f"{r['start']:5d} {show(text, r['start'], r['end'])}\n"
                  f"      = {value} {r['unit']} q={r['qualifier']} y={r['year']} "
                  f"cat={r['category']} st={r.get('stance')} per={r.get('per')} ind={r['indicator']}")
        print("stance counts:", stances)
        covered = [(r["start"], r["end"]) for r in recs]
        print("--- numerals outside records")
        for m in NUMERAL.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            print(f"{m.start():5d} {show(text, m.start(), m.end())}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

"""Read back the second annotator's gold of held-out 90 (stdlib only).

Prints every record in its context, then every numeral of the text left outside a record.
Run from the repository root: python3 tests/heldout90/agreement/readback.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,:：/／\-]*|[零〇一二两三四五六七八九十百千万亿半]+")


def show(text, a, b, w=14):
    return (text[max(0, a - w):a] + "【" + text[a:b] + "】" + text[b:b + w]).replace("\n", "⏎").replace("\t", "⇥")


def main(ids):
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = gold["doc_id"]
        if ids and doc not in ids:
            continue
        text = (CORPUS / f"{doc}.txt").read_text(encoding="utf-8")
        recs = sorted(gold["records"], key=lambda r: r["start"])
        print(f"===== {doc}  doc_year {gold['doc_year']}  {len(recs)} records")
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" /{r['per']}" if r.get("per") else ""
            print(f"{r['start']:5d} {show(text, r['start'], r['end'])}\n      = {r['value']}{vm} {r['unit']}{per} "
                  f"{r['qualifier']} {r['year']} {r['category']} {r.get('stance')} | {r['indicator']}")
        covered = [(r["start"], r["end"]) for r in recs]
        print(f"----- numerals outside records in {doc}")
        for m in NUM.finditer(text):
            if any(a <= m.start() < b or a < m.end() <= b for a, b in covered):
                continue
            print(f"{m.start():5d} {show(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

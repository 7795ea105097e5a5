"""Read back the agreement gold of held-out 43: every record in its context, then every
numeral of the document that no record covers. Standard library only.

    python3 tests/heldout43/agreement/readback.py [doc_id ...]
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUMERAL = re.compile(r"[0-9０-９][0-9０-９.,，]*[0-9０-９]?|[零〇一二两三四五六七八九十百千万亿半]+")
CTX = 14


def show(text, a, b):
    left = text[max(0, a - CTX):a].replace("\n", "⏎").replace("\t", "⇥")
    right = text[b:b + CTX].replace("\n", "⏎").replace("\t", "⇥")
    return f"{left}[{text[a:b]}]{right}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if ids and g["doc_id"] not in ids:
            continue
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = g["records"]
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        stances = {}
        for r in recs:
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            assert text[r["start"]:r["end"]] == r["text"], r
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{r['start']:5d} {show(text, r['start'], r['end'])}\n"
                  f"      = {r['value']}{vmax} {r['unit']} {r['qualifier']} | {r['indicator']} | "
                  f"{r['year']} {r['category']} {r.get('stance')}{per}")
        print("  by stance:", dict(sorted(stances.items(), key=lambda kv: str(kv[0]))))
        covered = [(r["start"], r["end"]) for r in recs]
        print("--- numerals outside records")
        for m in NUMERAL.finditer(text):
            a, b = m.span()
            if any(s < b and a < e for s, e in covered):
                continue
            print(f"{a:5d} {show(text, a, b)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

"""Read back the second annotation of held-out 32 (stdlib only).

For every gold file in gold/: print each record's span in its context with its
fields, then every numeral of the document that lies outside all records, in context,
so that missed figures and excluded ones can be checked by eye.

    python3 tests/heldout32/agreement/readback.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUMERAL = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+")
WIDTH = 14


def ctx(text, start, end, width=WIDTH):
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    show = lambda s: s.replace("\n", "⏎").replace("\t", "⇥")
    return f"{show(left)}[{show(text[start:end])}]{show(right)}"


def main(paths):
    files = [Path(p) for p in paths] or sorted(GOLD.glob("*.json"))
    for gf in files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        text = (CORPUS / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(gold["records"], key=lambda r: r["start"])
        print(f"=== {gold['doc_id']}  doc_year {gold['doc_year']}  {len(recs)} records")
        counts = {}
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            counts[r.get("stance")] = counts.get(r.get("stance"), 0) + 1
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            q = f" q={r['qualifier']}" if r.get("qualifier") != "exact" else ""
            print(f"{r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"      = {r['value']}{vmax} {r['unit']}{q}{per} | {r['year']} | {r['category']}"
                  f" | {r.get('stance')} | {r['indicator']}")
        print("stance counts:", dict(sorted(counts.items(), key=str)))
        covered = [(r["start"], r["end"]) for r in recs]
        print("--- numerals outside records")
        for m in NUMERAL.finditer(text):
            s, e = m.start(), m.end()
            if any(a < e and s < b for a, b in covered):
                continue
            print(f"{s:5d} {ctx(text, s, e, 10)}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

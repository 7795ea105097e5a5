"""Read back the second annotator's gold: every record in context, then every numeral outside a record.

Stdlib only. Usage: python3 readback.py [doc_id ...]  (run from anywhere)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*|[〇零一二两三四五六七八九十百千万亿]+")


def show(text, s, e, width=14):
    left = text[max(0, s - width):s].replace("\n", "⏎")
    right = text[e:e + width].replace("\n", "⏎")
    return f"{left}[{text[s:e]}]{right}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    if ids:
        files = [f for f in files if f.stem in ids]
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g.get('doc_year')}  records={len(recs)}")
        counts = {}
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            st = r.get("stance")
            counts[st] = counts.get(st, 0) + 1
            val = r["value"] if r.get("value_max") is None else f"{r['value']}~{r['value_max']}"
            print(f"{i:3d} {show(text, r['start'], r['end'])} | {val} {r['unit']} | {r['indicator']}"
                  f" | y={r['year']} {r['category']} {st} q={r['qualifier']}"
                  + (f" per={r['per']}" if r.get("per") else ""))
        print("stances:", counts)
        covered = [False] * len(text)
        for r in recs:
            for k in range(r["start"], r["end"]):
                covered[k] = True
        print("--- numerals outside records")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"    {m.start():5d} {show(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

"""Read back the agreement gold: every record in its context, then every numeral outside a record.

Stdlib only; does not import the minsheng package.
Usage: python3 readback.py   (from any directory)
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿半]+")


def one_line(s):
    return s.replace("\n", "⏎").replace("\t", "⇥")


def main():
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold["doc_id"]
        text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
        recs = sorted(gold["records"], key=lambda r: r["start"])
        print(f"=== {doc_id}  doc_year={gold['doc_year']}  records={len(recs)}")
        stances = {}
        for r in recs:
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
        print("    stances:", stances)
        covered = [False] * len(text)
        for i, r in enumerate(recs):
            s, e = r["start"], r["end"]
            assert text[s:e] == r["text"], (doc_id, r)
            for k in range(s, e):
                covered[k] = True
            ctx = one_line(text[max(0, s - 14):s] + "[" + text[s:e] + "]" + text[e:e + 8])
            vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            print(f"{i:3d} {s:5d} {ctx:<40s} | {r['value']}{vm} {r['unit']} | {r['qualifier']} | "
                  f"{r['year']} {r['category']} {r.get('stance')} | {r['indicator']} | per={r.get('per')}")
        print(f"--- numerals outside a record in {doc_id}:")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            s, e = m.start(), m.end()
            ctx = one_line(text[max(0, s - 10):s] + "«" + m.group() + "»" + text[e:e + 8])
            print(f"      {s:5d} {ctx}")
        print()


if __name__ == "__main__":
    main()

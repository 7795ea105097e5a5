"""Read back the agreement gold: every record in context, then every numeral outside a record.

Stdlib only; does not import the minsheng package.
usage: python3 readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[零〇一二两三四五六七八九十百千万亿半]+")


def flat(s):
    return s.replace("\n", "⏎").replace("\t", "⇥")


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if ids and g["doc_id"] not in ids:
            continue
        text = (CORPUS / (g["doc_id"] + ".txt")).read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        stances = {}
        for r in recs:
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
        print("    by stance:", stances)
        covered = [False] * len(text)
        for i, r in enumerate(recs, 1):
            s, e = r["start"], r["end"]
            assert text[s:e] == r["text"], (r, text[s:e])
            for k in range(s, e):
                covered[k] = True
            ctx = flat(text[max(0, s - 18):s]) + "[" + flat(text[s:e]) + "]" + flat(text[e:e + 10])
            vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            print(f"{i:3d} {s:5d} {ctx}")
            print(f"      = {r['value']}{vm} {r['unit']} q={r['qualifier']} per={r.get('per')} "
                  f"y={r['year']} cat={r['category']} st={r.get('stance')} ind={r['indicator']}")
        print(f"--- numerals outside records ({g['doc_id']})")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            s, e = m.start(), m.end()
            print(f"    {s:5d} {flat(text[max(0, s - 14):s])}<{m.group()}>{flat(text[e:e + 8])}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

#!/usr/bin/env python3
"""Read back the agreement gold of held-out 51: every record in its context, then every
numeral (Arabic or Chinese) that lies outside all records, in context. Stdlib only."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[零〇一二两三四五六七八九十百千万亿半]+")


def ctx(text, s, e, w=14):
    left = text[max(0, s - w):s].replace("\n", "⏎")
    right = text[e:e + w].replace("\n", "⏎")
    return f"{left}【{text[s:e]}】{right}"


def main(paths):
    for gp in paths:
        g = json.loads(Path(gp).read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g.get('doc_year')}  records={len(recs)}")
        stances = {}
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            st = r.get("stance")
            stances[st] = stances.get(st, 0) + 1
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            print(f"{i:3d} {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"      = {r['value']}{vmax} {r['unit']} q={r['qualifier']} y={r['year']} "
                  f"cat={r['category']} st={st} per={r.get('per')} ind={r['indicator']}")
        print("stances:", stances)
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
    main(sys.argv[1:] or sorted(str(p) for p in (HERE / "gold").glob("*.json")))

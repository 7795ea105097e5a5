"""Read back the agreement gold: every record in its context, then every numeral outside a record.

stdlib only; run from anywhere:  python3 tests/heldout47/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUMERAL = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿半]+")
W = 14


def ctx(text, s, e, w=W):
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", "⏎").replace("\t", "⇥")


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if ids and g["doc_id"] not in ids:
            continue
        text = (CORPUS / (g["doc_id"] + ".txt")).read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        counts = {}
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            counts[r.get("stance")] = counts.get(r.get("stance"), 0) + 1
            v = r["value"] if r["value_max"] is None else f"{r['value']}~{r['value_max']}"
            extra = "".join(f" {k}={r[k]}" for k in ("per",) if r.get(k))
            q = "" if r["qualifier"] == "exact" else f" q={r['qualifier']}"
            print(f"{i:3d} {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"      → {v} {r['unit']}{q} | {r['indicator']} | {r['year']} {r['category']} {r.get('stance')}{extra}")
        print("stance counts:", counts)
        covered = [False] * len(text)
        for r in recs:
            for k in range(r["start"], r["end"]):
                covered[k] = True
        print(f"--- numerals outside records ({g['doc_id']})")
        for m in NUMERAL.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"      {m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

"""Read back the agreement gold: every record in its context, then every numeral outside a record.

stdlib only; does not import the minsheng package.
usage: python3 readback.py [doc_id ...]   (run from anywhere)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿半]+")


def show(text, s, e, w=14):
    left = text[max(0, s - w):s].replace("\n", "⏎").replace("\t", "→")
    mid = text[s:e].replace("\n", "⏎").replace("\t", "→")
    right = text[e:e + w].replace("\n", "⏎").replace("\t", "→")
    return f"{left}[{mid}]{right}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for f in files:
        d = json.loads(f.read_text(encoding="utf-8"))
        if ids and d["doc_id"] not in ids:
            continue
        text = (CORPUS / f"{d['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(d["records"], key=lambda r: r["start"])
        print(f"=== {d['doc_id']}  doc_year={d['doc_year']}  records={len(recs)}")
        stances = {}
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            v = r["value"] if r["value_max"] is None else f"{r['value']}~{r['value_max']}"
            extra = "" if r["qualifier"] == "exact" else f" q={r['qualifier']}"
            extra += "" if r["per"] is None else f" per={r['per']}"
            print(f"{r['start']:5d} {show(text, r['start'], r['end'])}  => {v} {r['unit']} | {r['indicator']}"
                  f" | {r['year']} {r['category']} {r.get('stance')}{extra}")
        print("stance counts:", stances)
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print(f"--- numerals outside records ({d['doc_id']})")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            print(f"{m.start():5d} {show(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

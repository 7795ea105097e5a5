"""Read back the agreement gold: every record in its context, then every numeral outside a record.

stdlib only; run from the repository root or anywhere:
    python3 tests/heldout61/agreement/readback.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+")


def ctx(text, s, e, w=14):
    left = text[max(0, s - w):s].replace("\n", "⏎").replace("\t", "→")
    right = text[e:e + w].replace("\n", "⏎").replace("\t", "→")
    return f"{left}[{text[s:e]}]{right}"


def main(names):
    files = sorted(GOLD.glob("*.json"))
    if names:
        files = [f for f in files if any(n in f.name for n in names)]
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(gold["records"], key=lambda r: r["start"])
        print(f"=== {gold['doc_id']}  doc_year={gold['doc_year']}  records={len(recs)}")
        covered = [False] * len(text)
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            for k in range(r["start"], r["end"]):
                covered[k] = True
            v = r["value"] if r.get("value_max") is None else f"{r['value']}~{r['value_max']}"
            opts = " ".join(f"{k}={r[k]}" for k in ("qualifier", "per") if r.get(k) not in (None, "exact"))
            print(f"{i:3d} {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"      = {v} {r['unit']} | {r['indicator']} | {r['year']} {r['category']} {r.get('stance')} {opts}")
        print("--- numerals outside records")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"    {m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        counts = {}
        for r in recs:
            counts[r.get("stance")] = counts.get(r.get("stance"), 0) + 1
        print("--- stance", counts)
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

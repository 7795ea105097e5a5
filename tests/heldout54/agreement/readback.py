"""Read back the second annotator's gold for held-out 54 (stdlib only).

For each gold file in agreement/gold/: every record in its context, then every
numeral (Arabic run or Chinese numeral run) of the document that lies outside all
records, in its context, so that a missed mention shows.

    python3 tests/heldout54/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+")


def ctx(text, s, e, w=14):
    left = text[max(0, s - w):s].replace("\n", "⏎")
    mid = text[s:e].replace("\n", "⏎")
    right = text[e:e + w].replace("\n", "⏎")
    return f"{left}[{mid}]{right}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if ids and g["doc_id"] not in ids:
            continue
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        print("    stance:", dict(Counter(r.get("stance") for r in recs)),
              " category:", dict(Counter(r["category"] for r in recs)))
        for i, r in enumerate(recs, 1):
            assert text[r["start"]:r["end"]] == r["text"], r
            vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            q = f" q={r['qualifier']}" if r["qualifier"] != "exact" else ""
            print(f"{i:3d} {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"      = {r['value']}{vm} {r['unit']}{q}{per} | {r['indicator']} | "
                  f"{r['year']} {r['category']} {r.get('stance')}")
        covered = set()
        for r in recs:
            covered.update(range(r["start"], r["end"]))
        print(f"--- numerals outside records ({g['doc_id']})")
        for m in NUM.finditer(text):
            if not any(p in covered for p in range(m.start(), m.end())):
                print(f"      {m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

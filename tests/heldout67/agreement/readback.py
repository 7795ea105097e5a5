"""Read back the agreement labels of held-out 67 (stdlib only).

For every document with a file in gold/: print each record with its context and
fields, then every numeral (Arabic or Chinese) that lies outside all records, with
its context, so that a missed mention can be seen.

    python3 tests/heldout67/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿]+")
W = 14


def show(text, s, e, w=W):
    left = text[max(0, s - w):s].replace("\n", "⏎").replace("\t", "→")
    mid = text[s:e].replace("\n", "⏎").replace("\t", "→")
    right = text[e:e + w].replace("\n", "⏎").replace("\t", "→")
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
        counts = {}
        for i, r in enumerate(recs, 1):
            assert text[r["start"]:r["end"]] == r["text"], r
            counts[r.get("stance")] = counts.get(r.get("stance"), 0) + 1
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{i:3d} {show(text, r['start'], r['end'])}\n"
                  f"      {r['value']}{vmax} {r['unit']} {r['qualifier']} y={r['year']} "
                  f"{r['category']} {r.get('stance')} | {r['indicator']}{per}")
        print("  by stance:", dict(sorted(counts.items(), key=lambda kv: str(kv[0]))))
        covered = [False] * len(text)
        for r in recs:
            for k in range(r["start"], r["end"]):
                covered[k] = True
        print(f"--- numerals outside records ({g['doc_id']})")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"    {m.start():5d} {show(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

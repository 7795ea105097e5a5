"""Read back the agreement gold: every record in its context, then every numeral outside a record.

Stdlib only; reads agreement/gold/*.json and ../corpus/<doc_id>.txt.
Usage: python3 readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*|[〇零一二两三四五六七八九十百千万亿]+")


def show(text, s, e, width=18):
    left = text[max(0, s - width):s].replace("\n", "⏎").replace("\t", "⇥")
    mid = text[s:e].replace("\n", "⏎").replace("\t", "⇥")
    right = text[e:e + width].replace("\n", "⏎").replace("\t", "⇥")
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
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            counts[r.get("stance")] = counts.get(r.get("stance"), 0) + 1
            val = r["value"] if r["value_max"] is None else f"{r['value']}~{r['value_max']}"
            per = f" /{r['per']}" if r["per"] else ""
            print(f"{r['start']:5d} {show(text, r['start'], r['end'])}\n"
                  f"      = {val} {r['unit']}{per} {r['qualifier']} | {r['year']} {r['category']} "
                  f"{r.get('stance')} | {r['indicator']}")
        print("stance:", counts)
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print("--- numerals outside records")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"{m.start():5d} {show(text, m.start(), m.end(), 12)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

"""Read back the second annotator's gold for held-out 56 (stdlib only).

Prints every record in its context with its fields, then every numeral of the
document that lies outside a record, so that both can be read in full.
Usage: python3 readback.py [doc_id ...]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUMERAL = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def show(s):
    return s.replace("\n", "⏎").replace("\t", "⇥")


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    if ids:
        files = [f for f in files if f.stem in ids]
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g.get('doc_year')}  records={len(recs)}")
        print("stance:", dict(Counter(r.get("stance") for r in recs)),
              " category:", dict(Counter(r["category"] for r in recs)))
        covered = [False] * len(text)
        for i, r in enumerate(recs, 1):
            assert text[r["start"]:r["end"]] == r["text"], r
            for k in range(r["start"], r["end"]):
                covered[k] = True
            left = show(text[max(0, r["start"] - 14):r["start"]])
            right = show(text[r["end"]:r["end"] + 8])
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{i:3d} {left}[{show(r['text'])}]{right}\n"
                  f"     = {r['value']}{vmax} {r['unit']} q={r['qualifier']} y={r['year']}"
                  f" cat={r['category']} st={r.get('stance')} ind={r['indicator']}{per}")
        print("--- numerals outside records")
        for m in NUMERAL.finditer(text):
            if not any(covered[m.start():m.end()]):
                left = show(text[max(0, m.start() - 10):m.start()])
                right = show(text[m.end():m.end() + 8])
                print(f"     {m.start():5d} {left}«{m.group()}»{right}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

"""Read back the second annotator's gold of held-out 95 (stdlib only).

Prints every record in its context, then every numeral of the texts that no record covers.
Run from the repository root: python3 tests/heldout95/agreement/readback.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[〇零一二两三四五六七八九十百千万亿]+")


def show(text, s, e, w=14):
    a, b = max(0, s - w), min(len(text), e + w)
    return (text[a:s] + "[" + text[s:e] + "]" + text[e:b]).replace("\n", "⏎").replace("\t", "⇥")


def main():
    files = sorted((HERE / "gold").glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        stance = {}
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            stance[r.get("stance")] = stance.get(r.get("stance"), 0) + 1
            vm = "" if r.get("value_max") is None else f"~{r['value_max']:g}"
            per = f" /{r['per']}" if r.get("per") else ""
            print(f"  {r['start']:5d} {show(text, r['start'], r['end'])}\n"
                  f"        = {r['value']:g}{vm} {r['unit']}{per} {r['qualifier']} "
                  f"{r['year']} {r['category']} {r.get('stance')} «{r['indicator']}»")
        print("  stance:", stance)
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print("  -- numerals outside a record:")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"     {m.start():5d} {show(text, m.start(), m.end(), 10)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

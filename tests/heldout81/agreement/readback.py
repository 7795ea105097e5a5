"""Read back the second annotator's gold for held-out 81 (stdlib only).

Prints each record with its context and fields, then every numeral (Arabic or
Chinese) in the document that no record covers, with its context, so that a
missed mention or a wrong exclusion can be seen.

    python3 tests/heldout81/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿半]+")


def ctx(text, s, e, w=14):
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", "⏎").replace("\t", "→")


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if ids and g["doc_id"] not in ids:
            continue
        text = (CORPUS / (g["doc_id"] + ".txt")).read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g.get('doc_year')}  records={len(recs)}")
        stances = {}
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            vm = "" if r.get("value_max") is None else f"~{r['value_max']}"
            print(f"{r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"      = {r['value']}{vm} {r['unit']} q={r['qualifier']} y={r['year']} "
                  f"cat={r['category']} st={r.get('stance')} per={r.get('per')} ind={r['indicator']}")
        print("--- stances:", stances)
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print("--- numerals outside records:")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"{m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

"""Read the agreement gold back against the texts (stdlib only).

For each gold file: every record in its context (span in brackets) with its fields,
then every numeral of the text left outside a record, in its context, so that a
missed figure or a wrong span shows. Run from anywhere:
    python3 tests/heldout84/agreement/readback.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[零〇一二两三四五六七八九十百千万亿半]+")
W = 14


def ctx(text, s, e, w=W):
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", "⏎")


def main():
    for gf in sorted(GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year {g['doc_year']}  {len(recs)} records")
        stances = {}
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            val = r["value"] if r["value_max"] is None else f"{r['value']}~{r['value_max']}"
            print(f"{i:3d} {r['start']:5d} {ctx(text, r['start'], r['end'])}  "
                  f"| {val} {r['unit']} | {r['qualifier']} | {r['year']} | {r['category']} | "
                  f"{r.get('stance')} | {r['indicator']} | per={r['per']}")
        print("stances:", stances)
        covered = [False] * len(text)
        for r in recs:
            for k in range(r["start"], r["end"]):
                covered[k] = True
        print("--- numerals outside records")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"    {m.start():5d} {ctx(text, m.start(), m.end())}")
        print()


if __name__ == "__main__":
    main()

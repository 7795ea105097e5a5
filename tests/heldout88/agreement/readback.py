"""Read back the agreement gold of held-out 88: every record in its context, then every
numeral of the three texts left outside a record. Stdlib only.

    python3 tests/heldout88/agreement/readback.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿半]+")


def ctx(text, s, e, width=14):
    left = text[max(0, s - width):s].replace("\n", "⏎").replace("\t", "→")
    right = text[e:e + width].replace("\n", "⏎").replace("\t", "→")
    return f"{left}【{text[s:e]}】{right}"


def main():
    for path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (CORPUS / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
        recs = gold["records"]
        print(f"=== {gold['doc_id']} doc_year={gold['doc_year']} records={len(recs)}")
        stances = {}
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"  {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"        = {r['value']}{vmax} {r['unit']} q={r['qualifier']} y={r['year']} "
                  f"{r['category']} {r.get('stance')} | {r['indicator']}{per}")
        print("  stances:", stances)
        covered = [(r["start"], r["end"]) for r in recs]
        print("  --- numerals outside records:")
        for m in NUM.finditer(text):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in covered):
                continue
            print(f"  {m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main()

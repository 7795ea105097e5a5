"""Read back the agreement gold: every record in context, then every numeral outside a record.

Stdlib only. Usage: python3 tests/heldout73/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def show(text, a, b, width=14):
    left = text[max(0, a - width):a].replace("\n", "⏎").replace("\t", "→")
    right = text[b:b + width].replace("\n", "⏎").replace("\t", "→")
    return f"{left}[{text[a:b]}]{right}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if ids and g["doc_id"] not in ids:
            continue
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        stances = {}
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            v = r["value"] if r.get("value_max") is None else f"{r['value']}~{r['value_max']}"
            print(f"{r['start']:5d} {show(text, r['start'], r['end']):<40} {v} {r['unit']} "
                  f"q={r['qualifier']} y={r['year']} {r['category']} st={r.get('stance')} "
                  f"per={r.get('per')} «{r['indicator']}»")
        print("stances:", stances)
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print("--- numerals outside records")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"{m.start():5d} {show(text, m.start(), m.end())}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

"""Read back the second annotation of held-out 83 (stdlib only).

For each gold file under gold/: every record in its context, with its fields, then every
numeral of the text that no record covers (in its context), so that nothing is missed.
Usage: python3 readback.py [doc_id ...]   (run from anywhere)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def ctx(text, start, end, width=14):
    left = text[max(0, start - width):start].replace("\n", "⏎").replace("\t", "→")
    mid = text[start:end].replace("\n", "⏎").replace("\t", "→")
    right = text[end:end + width].replace("\n", "⏎").replace("\t", "→")
    return f"{left}[{mid}]{right}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    if ids:
        files = [f for f in files if f.stem in ids]
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year {g['doc_year']}  {len(recs)} records")
        counts = {}
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            counts[r.get("stance")] = counts.get(r.get("stance"), 0) + 1
            val = r["value"] if r["value_max"] is None else f"{r['value']}~{r['value_max']}"
            per = f" /{r['per']}" if r["per"] else ""
            print(f"{r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"      = {val} {r['unit']}{per} {r['qualifier']} | {r['year']} {r['category']} "
                  f"{r.get('stance')} | {r['indicator']}")
        print("stances:", counts)
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print(f"--- numerals outside records in {g['doc_id']}:")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"{m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

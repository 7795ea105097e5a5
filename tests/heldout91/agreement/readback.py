"""Read back the second annotation of held-out 91 (stdlib only).

For each gold file here: every record in its context with its fields, then every
numeral of the text (Arabic or Chinese) that no record covers, in its context.
Usage: python3 readback.py   (from any directory)
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９]+(?:[.．][0-9]+)?|[零〇一二两三四五六七八九十百千万亿]+")


def ctx(text, s, e, w=14):
    left = text[max(0, s - w):s].replace("\n", "⏎").replace("\t", "⇥")
    mid = text[s:e].replace("\n", "⏎").replace("\t", "⇥")
    right = text[e:e + w].replace("\n", "⏎").replace("\t", "⇥")
    return f"{left}【{mid}】{right}"


def main():
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = g["records"]
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        covered = [False] * len(text)
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            for k in range(r["start"], r["end"]):
                covered[k] = True
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{i:3d} {ctx(text, r['start'], r['end'])}\n     = {r['value']}{vmax} {r['unit']} "
                  f"q={r['qualifier']} y={r['year']} {r['category']} {r.get('stance')} «{r['indicator']}»{per}")
        print(f"--- numerals outside a record ({g['doc_id']})")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"     {ctx(text, m.start(), m.end(), 10)}")
        counts = {}
        for r in recs:
            counts[r.get("stance")] = counts.get(r.get("stance"), 0) + 1
        print(f"--- by stance: {counts}\n")


if __name__ == "__main__":
    main()

"""Read back the agreement gold: every record in its context, then every numeral outside a record.

stdlib only; run from anywhere:  python3 tests/heldout55/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def show(s):
    return s.replace("\n", "⏎").replace("\t", "→")


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
        covered = [False] * len(text)
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            for k in range(r["start"], r["end"]):
                covered[k] = True
            counts[r["stance"]] = counts.get(r["stance"], 0) + 1
            left = show(text[max(0, r["start"] - 14):r["start"]])
            right = show(text[r["end"]:r["end"] + 10])
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            print(f"{i:3d} {left}[{show(r['text'])}]{right}\n"
                  f"      = {r['value']}{vmax} {r['unit']} {r['qualifier']} | {r['indicator']} | "
                  f"y={r['year']} {r['category']} {r['stance']} per={r['per']}")
        print("stances:", counts)
        print(f"--- numerals outside records in {g['doc_id']}")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            left = show(text[max(0, m.start() - 12):m.start()])
            right = show(text[m.end():m.end() + 8])
            print(f"    {m.start():5d} {left}«{m.group()}»{right}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

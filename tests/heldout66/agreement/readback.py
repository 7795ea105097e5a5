"""Read back the agreement gold: every record in context, then every numeral outside a record.

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
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def flat(s):
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
        for i, r in enumerate(recs, 1):
            assert text[r["start"]:r["end"]] == r["text"], r
            st = r.get("stance")
            counts[st] = counts.get(st, 0) + 1
            left = flat(text[max(0, r["start"] - 14):r["start"]])
            right = flat(text[r["end"]:r["end"] + 8])
            vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            print(f"{i:3d} {left}[{flat(r['text'])}]{right}\n"
                  f"      = {r['value']}{vm} {r['unit']} q={r['qualifier']} y={r['year']} "
                  f"cat={r['category']} st={st} per={r.get('per')} ind={r['indicator']}")
        print("  stance counts:", counts)
        covered = [False] * len(text)
        for r in recs:
            for k in range(r["start"], r["end"]):
                covered[k] = True
        print("  --- numerals outside records")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            left = flat(text[max(0, m.start() - 10):m.start()])
            right = flat(text[m.end():m.end() + 8])
            print(f"   @{m.start():5d} {left}<{m.group()}>{right}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

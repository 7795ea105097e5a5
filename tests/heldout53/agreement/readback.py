"""Read back the second annotator's gold for held-out 53 (stdlib only).

For each document in agreement/gold/: every record in its context (span in [brackets]),
with its fields; then every numeral of the text that lies outside all records, in context,
so that a missed mention or a wrongly excluded one can be seen.

    python3 tests/heldout53/agreement/readback.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９]+(?:[.．][0-9]+)?|[零〇一二两三四五六七八九十百千万亿]+")


def ctx(text, start, end, width=14):
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return (left + "[" + text[start:end] + "]" + right).replace("\n", "⏎").replace("\t", "⇥")


def main(paths):
    files = [Path(p) for p in paths] or sorted(GOLD.glob("*.json"))
    for gp in files:
        g = json.loads(gp.read_text(encoding="utf-8"))
        text = (CORPUS / (g["doc_id"] + ".txt")).read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        counts = {}
        for i, r in enumerate(recs, 1):
            assert text[r["start"]:r["end"]] == r["text"], r
            st = r.get("stance")
            counts[st] = counts.get(st, 0) + 1
            vm = "" if r.get("value_max") is None else f"~{r['value_max']}"
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{i:3d} {ctx(text, r['start'], r['end'])}\n    = {r['value']}{vm} {r['unit']} "
                  f"q={r['qualifier']} y={r['year']} cat={r['category']} st={st} "
                  f"ind={r['indicator']}{per}")
        print("    by stance:", counts)
        covered = [False] * len(text)
        for r in recs:
            for k in range(r["start"], r["end"]):
                covered[k] = True
        print(f"--- numerals outside records ({g['doc_id']})")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"    {m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

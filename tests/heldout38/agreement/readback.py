"""Read back the agreement gold: every record in context, then every numeral outside a record.

stdlib only; run from the repository root or anywhere:
    python3 tests/heldout38/agreement/readback.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[〇零一二两三四五六七八九十百千万亿]+")


def flat(s):
    return s.replace("\n", "⏎").replace("\t", "→")


def main():
    for path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (CORPUS / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(gold["records"], key=lambda r: r["start"])
        print(f"=== {gold['doc_id']}  doc_year={gold['doc_year']}  records={len(recs)}")
        covered = [False] * len(text)
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            for i in range(r["start"], r["end"]):
                covered[i] = True
            left = flat(text[max(0, r["start"] - 14):r["start"]])
            right = flat(text[r["end"]:r["end"] + 8])
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"  {r['start']:5d} {left}[{flat(r['text'])}]{right}"
                  f"  | {r['value']}{vmax} {r['unit']} {r['qualifier']} | {r['indicator']}"
                  f" | {r['year']} {r['category']} {r.get('stance')}{per}")
        print("  --- numerals outside records")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            left = flat(text[max(0, m.start() - 10):m.start()])
            right = flat(text[m.end():m.end() + 8])
            print(f"  {m.start():5d} {left}<{m.group()}>{right}")
        print()


if __name__ == "__main__":
    main()

"""Read back the agreement gold: every record in its context, then every numeral outside a record.

Stdlib only; reads tests/heldout36/agreement/gold/*.json and the corpus texts.
Usage: python readback.py [doc_id ...]
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+")


def show(text, start, end, width=14):
    left = text[max(0, start - width):start].replace("\n", "⏎").replace("\t", "⇥")
    mid = text[start:end].replace("\n", "⏎").replace("\t", "⇥")
    right = text[end:end + width].replace("\n", "⏎").replace("\t", "⇥")
    return f"{left}[{mid}]{right}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if ids and gold["doc_id"] not in ids:
            continue
        text = (CORPUS / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
        recs = gold["records"]
        print(f"=== {gold['doc_id']}  doc_year={gold['doc_year']}  records={len(recs)}")
        stances = {}
        for r in recs:
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            assert text[r["start"]:r["end"]] == r["text"], r
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            q = f" q={r['qualifier']}" if r.get("qualifier") != "exact" else ""
            print(f"{r['start']:5d} {show(text, r['start'], r['end']):<44} "
                  f"{r['value']}{vmax} {r['unit']}{q}{per} | {r['indicator']} | "
                  f"{r['year']} {r['category']} {r.get('stance')}")
        print("stances:", stances)
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print("--- numerals outside records")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"{m.start():5d} {show(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

"""Read back the second annotation of held-out 80 (stdlib only).

For each gold file in agreement/gold/: every record in its context, with its fields,
then every numeral of the document that lies outside all records, in context.
Usage: python3 tests/heldout80/agreement/readback.py [doc_id ...]
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，．]*|[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")
W = 14


def show(text, s, e):
    left = text[max(0, s - W):s].replace("\n", "⏎").replace("\t", "→")
    right = text[e:e + W].replace("\n", "⏎").replace("\t", "→")
    return f"{left}[{text[s:e]}]{right}"


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if ids and g["doc_id"] not in ids:
            continue
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  {len(recs)} records")
        stances = {}
        for i, r in enumerate(recs, 1):
            assert text[r["start"]:r["end"]] == r["text"], r
            st = r.get("stance")
            stances[st] = stances.get(st, 0) + 1
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            q = "" if r["qualifier"] == "exact" else f" q={r['qualifier']}"
            print(f"{i:3d} {show(text, r['start'], r['end'])}\n"
                  f"      {r['value']}{vmax} {r['unit']} | {r['indicator']} | {r['year']} {r['category']} {st}{q}{per}")
        print("stances:", stances)
        covered = [False] * len(text)
        for r in recs:
            for k in range(r["start"], r["end"]):
                covered[k] = True
        print(f"--- numerals outside records in {g['doc_id']}")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print("    ", show(text, m.start(), m.end()))
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

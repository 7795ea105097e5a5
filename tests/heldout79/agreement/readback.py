"""Read back the second annotator's gold of held-out 79 (stdlib only).

Prints every record in its context with its fields, then every numeral of the
document that lies outside a record, so that both can be read through.
Usage: python3 tests/heldout79/agreement/readback.py
"""
import collections
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿半]+")


def show(text, s, e, w=14):
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", "⏎").replace("\t", "⇥")


def main():
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        text = (CORPUS / (g["doc_id"] + ".txt")).read_text(encoding="utf-8")
        recs = g["records"]
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        print("   stance:", dict(collections.Counter(r.get("stance") for r in recs)))
        print("   category:", dict(collections.Counter(r["category"] for r in recs)))
        covered = [False] * len(text)
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], r
            for k in range(r["start"], r["end"]):
                covered[k] = True
            vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            print(f"{i:3d} {show(text, r['start'], r['end'])}  | {r['value']}{vm} {r['unit']} | "
                  f"{r['qualifier']} | {r['year']} | {r['category']} | {r.get('stance')} | "
                  f"{r['indicator']} | per={r.get('per')}")
        print("--- numerals outside records")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"    {show(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main()

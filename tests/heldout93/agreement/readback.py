"""Read back the second annotator's gold of held-out 93 (stdlib only).

Prints every record in its context, then every numeral of the three texts that
lies outside a record, so that misses and wrong spans can be seen by eye.
Run from the repository root:  python3 tests/heldout93/agreement/readback.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
DOCS = ["9302_1f80f30c8d3c6424", "9303_dfb8bccec5fbea3a", "9305_4d9159b4312eb64a"]
NUM = re.compile(r"[0-9０-９][0-9０-９.,:：]*|[零〇一二两三四五六七八九十百千万亿]+")


def ctx(text, s, e, w=14):
    return (text[max(0, s - w):s] + "【" + text[s:e] + "】" + text[e:e + w]).replace("\n", "⏎").replace("\t", "→")


def main():
    for d in DOCS:
        text = (CORPUS / f"{d}.txt").read_text(encoding="utf-8")
        g = json.loads((HERE / "gold" / f"{d}.json").read_text(encoding="utf-8"))
        recs = g["records"]
        print(f"=== {d}  doc_year={g['doc_year']}  records={len(recs)}")
        covered = [False] * len(text)
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            for i in range(r["start"], r["end"]):
                covered[i] = True
            vm = "" if r["value_max"] is None else f"~{r['value_max']}"
            print(f"  {r['start']:5d} {ctx(text, r['start'], r['end'])}  => {r['value']}{vm} {r['unit']} "
                  f"q={r['qualifier']} y={r['year']} {r['category']} st={r.get('stance')} "
                  f"[{r['indicator']}] per={r['per']}")
        stances = {}
        for r in recs:
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
        print("  by stance:", stances)
        print("  --- numerals outside records")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"  {m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main()

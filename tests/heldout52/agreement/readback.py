"""Read back the agreement gold: every record in its context, then every numeral outside a record.

Stdlib only. Usage (from the repository root):
    python3 tests/heldout52/agreement/readback.py [doc_id ...]
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９]+(?:[.,．][0-9]+)*|[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def flat(s):
    return s.replace("\n", "⏎").replace("\t", "⇥")


def main(ids):
    files = sorted(GOLD.glob("*.json"))
    if ids:
        files = [f for f in files if f.stem in ids]
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        counts = {}
        for r in recs:
            counts[r.get("stance")] = counts.get(r.get("stance"), 0) + 1
        print("    by stance:", counts)
        covered = [False] * len(text)
        for i, r in enumerate(recs):
            s, e = r["start"], r["end"]
            assert text[s:e] == r["text"], (g["doc_id"], r)
            for k in range(s, e):
                covered[k] = True
            ctx = flat(text[max(0, s - 14):s]) + "【" + r["text"] + "】" + flat(text[e:e + 8])
            val = r["value"] if r.get("value_max") is None else f"{r['value']}~{r['value_max']}"
            print(f"{i:3d} {s:5d} {ctx}\n      = {val} {r['unit']} q={r['qualifier']} per={r.get('per')}"
                  f" y={r['year']} {r['category']} {r.get('stance')} | {r['indicator']}")
        print(f"--- numerals outside records in {g['doc_id']}")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                continue
            s, e = m.span()
            print(f"      {s:5d} {flat(text[max(0, s - 12):s])}«{m.group()}»{flat(text[e:e + 10])}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])

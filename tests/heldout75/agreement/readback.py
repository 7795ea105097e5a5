"""Read back the agreement gold: every record in its context, then every numeral outside a record.

Stdlib only. Usage (from the repository root):
    python3 tests/heldout75/agreement/readback.py [doc_id ...]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUMERAL = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*|[零〇一二两三四五六七八九十百千万亿]+")
WIDTH = 14


def flat(s):
    return s.replace("\n", "⏎").replace("\t", "⇥")


def show(doc_id):
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    gold = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))
    recs = gold["records"]
    print(f"=== {doc_id}  doc_year={gold['doc_year']}  records={len(recs)}")
    stances = {}
    covered = [False] * len(text)
    for i, r in enumerate(recs):
        s, e = r["start"], r["end"]
        assert text[s:e] == r["text"], (doc_id, r)
        for k in range(s, e):
            covered[k] = True
        stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
        left = flat(text[max(0, s - WIDTH):s])
        right = flat(text[e:e + WIDTH // 2])
        vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
        extra = "".join(f" {k}={r[k]}" for k in ("per",) if r.get(k))
        print(f"{i:3d} {s:5d} {left}[{flat(r['text'])}]{right}\n"
              f"      = {r['value']}{vmax} {r['unit']} {r['qualifier']} y={r['year']} "
              f"{r['category']} {r.get('stance')} «{r['indicator']}»{extra}")
    print("stances:", dict(sorted(stances.items(), key=lambda kv: str(kv[0]))))
    print(f"--- numerals outside a record ({doc_id})")
    for m in NUMERAL.finditer(text):
        if any(covered[m.start():m.end()]):
            continue
        s, e = m.start(), m.end()
        print(f"  {s:5d} {flat(text[max(0, s - 10):s])}[{m.group()}]{flat(text[e:e + 8])}")
    print()


def main(argv):
    ids = argv or sorted(p.stem for p in GOLD.glob("*.json"))
    for doc_id in ids:
        show(doc_id)


if __name__ == "__main__":
    main(sys.argv[1:])

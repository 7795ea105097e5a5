"""Read-back of the second annotation of held-out 89 (stdlib only).

For each gold file under gold/: every record in its context, then every numeral
of the text left outside a record, in its context, so that a missed figure shows.
Run from anywhere: python3 tests/heldout89/agreement/readback.py
"""
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９][0-9０-９.,．]*|[零〇一二两三四五六七八九十百千万亿半]+")


def ctx(text, s, e, w=14):
    return (text[max(0, s - w):s] + "【" + text[s:e] + "】" + text[e:e + w]).replace("\n", "⏎").replace("\t", "⇥")


for gf in sorted((HERE / "gold").glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
    recs = g["records"]
    print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}  "
          f"stance={dict(Counter(r.get('stance') for r in recs))}")
    covered = [False] * len(text)
    for i, r in enumerate(recs):
        assert text[r["start"]:r["end"]] == r["text"], r
        for k in range(r["start"], r["end"]):
            covered[k] = True
        vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
        per = f" per={r['per']}" if r.get("per") else ""
        print(f"{i:3d} {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
              f"      = {r['value']}{vm} {r['unit']} q={r['qualifier']} y={r['year']} "
              f"cat={r['category']} st={r.get('stance')} ind={r['indicator']}{per}")
    print("--- numerals outside records")
    for m in NUM.finditer(text):
        if not any(covered[m.start():m.end()]):
            print(f"    {m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
    print()

"""Read back the agreement gold: every record in context, then every numeral outside a record.

stdlib only:  python3 tests/heldout82/agreement/readback.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+")


def ctx(text, s, e, w=14):
    left = text[max(0, s - w):s].replace("\n", "⏎")
    right = text[e:e + w].replace("\n", "⏎")
    return f"{left}[{text[s:e]}]{right}"


for gf in sorted((HERE / "gold").glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
    recs = g["records"]
    print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
    covered = [False] * len(text)
    for i, r in enumerate(recs):
        assert text[r["start"]:r["end"]] == r["text"], (i, r)
        for k in range(r["start"], r["end"]):
            covered[k] = True
        print(f"{i:3d} {ctx(text, r['start'], r['end']):44s} v={r['value']} {r['unit']} q={r['qualifier']} "
              f"y={r['year']} c={r['category']} st={r.get('stance')} per={r.get('per')} ind={r['indicator']}")
    print(f"--- numerals outside records ({g['doc_id']})")
    for m in NUM.finditer(text):
        if not any(covered[m.start():m.end()]):
            print(f"    {ctx(text, m.start(), m.end(), 10)}")
    print()

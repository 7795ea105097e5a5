"""List numerals (Arabic, full-width or Chinese) outside gold spans; PARTIAL marks a span that cuts one.

python tests/heldout4/uncovered_numerals.py tests/heldout4/gold/*.json
A regex over the text; no extractor code.
"""
import json, re, sys
from pathlib import Path

NUM = re.compile(r"[0-9０-９][0-9０-９.．]*|[一二两三四五六七八九十百千万亿零〇]+")
for g in sys.argv[1:]:
    g = Path(g)
    d = json.loads(g.read_text(encoding="utf-8"))
    t = (g.parent.parent / "corpus" / f"{d['doc_id']}.txt").read_text(encoding="utf-8")
    cov = [False] * len(t)
    for r in d["records"]:
        for i in range(r["start"], r["end"]):
            cov[i] = True
    print("==", d["doc_id"], len(d["records"]), "records")
    for m in NUM.finditer(t):
        part = cov[m.start():m.end()]
        if any(part) and not all(part):
            print("  PARTIAL", m.group())
        elif not any(part):
            print("  ", t[max(0, m.start() - 6):m.end() + 3].replace("\n", "⏎").replace("\t", "⇥"))

"""Read back the agreement gold of held-out 94 (stdlib only).

For each gold file: every record with its context, then every numeral of the text
that lies outside all records, with its context, so that a missed figure shows.
Run from the repository root or from this folder.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９,，.．]*|[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def ctx(text, s, e, w=14):
    return (text[max(0, s - w):s] + "【" + text[s:e] + "】" + text[e:e + w]).replace("\n", "⏎")


for gf in sorted(GOLD.glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
    recs = g["records"]
    print(f"=== {g['doc_id']}  doc_year {g['doc_year']}  {len(recs)} records")
    stances = {}
    for i, r in enumerate(recs):
        assert text[r["start"]:r["end"]] == r["text"], r
        stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
        vm = f"~{r['value_max']:g}" if r.get("value_max") is not None else ""
        per = f" /{r['per']}" if r.get("per") else ""
        print(f"{i:3d} {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
              f"      = {r['value']:g}{vm} {r['unit']}{per} q={r['qualifier']} y={r['year']} "
              f"cat={r['category']} st={r.get('stance')} ind={r['indicator']}")
    print("stances:", stances)
    covered = [(r["start"], r["end"]) for r in recs]
    print("--- numerals outside records")
    for m in NUM.finditer(text):
        s, e = m.start(), m.end()
        if any(a <= s < b or a < e <= b for a, b in covered):
            continue
        print(f"      {s:5d} {ctx(text, s, e)}")
    print()

"""Read back the second annotation of held-out 96: every record in its context, then every
numeral of the three texts left outside a record. Stdlib only."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿]+")


def ctx(text, a, b, w=14):
    return (text[max(0, a - w):a] + "[" + text[a:b] + "]" + text[b:b + w]).replace("\n", "⏎").replace("\t", "→")


def main(ids):
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        if ids and g["doc_id"] not in ids:
            continue
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        st = {}
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            st[r.get("stance")] = st.get(r.get("stance"), 0) + 1
            vm = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{r['start']:5d} {ctx(text, r['start'], r['end'])}\n      = {r['value']}{vm} {r['unit']} {r['qualifier']} "
                  f"{r['year']} {r['category']} {r.get('stance')} | {r['indicator']}{per}")
        print("stances:", st)
        print(f"--- numerals outside records ({g['doc_id']})")
        cover = [(r["start"], r["end"]) for r in recs]
        for m in NUM.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in cover):
                print(f"{m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main(set(sys.argv[1:]))

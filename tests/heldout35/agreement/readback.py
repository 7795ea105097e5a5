"""Read back agreement gold: every record in context, then every numeral outside a record.

Stdlib only; does not import the minsheng package.
usage: python3 readback.py [gold_dir] [corpus_dir]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold"
CORPUS = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９]+(?:[.,．][0-9０-９]+)*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+")


def one_line(s):
    return s.replace("\n", "⏎").replace("\t", "⇥")


def main():
    for gf in sorted(GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g.get('doc_year')}  records={len(recs)}")
        stances = {}
        for r in recs:
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
        print("    stances:", dict(sorted(stances.items(), key=lambda kv: str(kv[0]))))
        covered = [False] * len(text)
        for i, r in enumerate(recs, 1):
            s, e = r["start"], r["end"]
            ok = "" if text[s:e] == r["text"] else "  !!TEXT MISMATCH"
            for k in range(s, e):
                covered[k] = True
            ctx = one_line(text[max(0, s - 18):s] + "[" + text[s:e] + "]" + text[e:e + 10])
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"{i:3d} {s:5d} {ctx}\n      = {r['value']}{vmax} {r['unit']} q={r['qualifier']}{per}"
                  f" | {r['indicator']} | y={r['year']} cat={r['category']} st={r.get('stance')}{ok}")
        print(f"--- numerals outside a record in {g['doc_id']}")
        for m in NUM.finditer(text):
            if any(covered[m.start():m.end()]):
                if all(covered[m.start():m.end()]):
                    continue
                flag = "  (partly inside a record)"
            else:
                flag = ""
            ctx = one_line(text[max(0, m.start() - 12):m.start()] + "<" + m.group() + ">" + text[m.end():m.end() + 8])
            print(f"    {m.start():5d} {ctx}{flag}")
        print()


if __name__ == "__main__":
    main()

"""Read back the second annotator's gold of held-out 97 (stdlib only).

For each gold file: every record in its context (with its fields), then every
numeral of the text (Arabic or Chinese) that lies outside all records, in context.
Run from the repository root or from this folder.
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
GOLD = HERE / "gold"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+")


def ctx(text, s, e, w=14):
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", "⏎")


def main():
    for gf in sorted(GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        text = (CORPUS / (g["doc_id"] + ".txt")).read_text(encoding="utf-8")
        recs = sorted(g["records"], key=lambda r: r["start"])
        print(f"=== {g['doc_id']}  doc_year={g['doc_year']}  records={len(recs)}")
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"], r
            vm = "" if r.get("value_max") is None else f"~{r['value_max']}"
            per = f" per={r['per']}" if r.get("per") else ""
            print(f"  {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"        = {r['value']}{vm} {r['unit']} {r['qualifier']} {r['year']} "
                  f"{r['category']} {r.get('stance')} «{r['indicator']}»{per}")
        covered = [False] * len(text)
        for r in recs:
            for i in range(r["start"], r["end"]):
                covered[i] = True
        print("  --- numerals outside records")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"  {m.start():5d} {ctx(text, m.start(), m.end())}")
        print()


if __name__ == "__main__":
    main()

"""Read back the second annotation of held-out 87 (stdlib only).

For each gold file under gold/: every record with its context, then every numeral
of the text that no record covers, with its context, so that a missed figure or a
wrong span shows up on reading.

    python3 tests/heldout87/agreement/readback.py   (from the worktree root, or anywhere)
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
NUM = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两三四五六七八九十百千万亿]+")


def ctx(text, start, end, width=14):
    left = text[max(0, start - width):start].replace("\n", "⏎").replace("\t", "⇥")
    right = text[end:end + width].replace("\n", "⏎").replace("\t", "⇥")
    return f"{left}【{text[start:end]}】{right}"


def main():
    for path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (CORPUS / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
        recs = gold["records"]
        print(f"=== {gold['doc_id']}  doc_year {gold['doc_year']}  {len(recs)} records")
        covered = [False] * len(text)
        stances = {}
        for i, r in enumerate(recs):
            assert text[r["start"]:r["end"]] == r["text"], (i, r)
            for k in range(r["start"], r["end"]):
                covered[k] = True
            stances[r.get("stance")] = stances.get(r.get("stance"), 0) + 1
            vmax = f"~{r['value_max']}" if r.get("value_max") is not None else ""
            per = f" /{r['per']}" if r.get("per") else ""
            print(f"{i:3d} {r['start']:5d} {ctx(text, r['start'], r['end'])}\n"
                  f"      = {r['value']}{vmax} {r['unit']}{per} {r['qualifier']} "
                  f"{r['year']} {r['category']} {r.get('stance')} «{r['indicator']}»")
        print(f"--- stances: {stances}")
        print("--- numerals outside records:")
        for m in NUM.finditer(text):
            if not any(covered[m.start():m.end()]):
                print(f"      {m.start():5d} {ctx(text, m.start(), m.end(), 10)}")
        print()


if __name__ == "__main__":
    main()

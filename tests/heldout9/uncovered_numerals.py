"""Print every run of digits (Arabic or Chinese) that no gold record covers, with context.
python tests/heldout9/uncovered_numerals.py tests/heldout9/gold/*.json"""
import json, re, sys, pathlib
for p in sys.argv[1:]:
    g = json.load(open(p)); doc = (pathlib.Path(p).parent.parent / "corpus" / (g["doc_id"] + ".txt")).read_text()
    cov = [(r["start"], r["end"]) for r in g["records"]]
    print("==", g["doc_id"])
    for m in re.finditer(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千万]+", doc):
        s, e = m.span()
        inside = [c for c in cov if c[0] <= s and e <= c[1]]
        part = [c for c in cov if c[0] < e and s < c[1] and not (c[0] <= s and e <= c[1])]
        if not inside:
            print(("PARTIAL " if part else "") + doc[max(0, s - 8):e + 6].replace("\n", "⏎").replace("\t", "→"))

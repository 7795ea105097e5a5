import json, re, sys, pathlib
corp = pathlib.Path("tests/heldout24/corpus")
num = re.compile(r"[0-9０-９][0-9０-９.,:：\-—]*|[一二两三四五六七八九十百千万亿半]+")
for p in sys.argv[1:]:
    g = json.load(open(p, encoding="utf-8"))
    t = (corp / (g["doc_id"] + ".txt")).read_text(encoding="utf-8")
    cov = set()
    for r in g["records"]:
        cov.update(range(r["start"], r["end"]))
    print("==", g["doc_id"])
    for m in num.finditer(t):
        if not any(i in cov for i in range(m.start(), m.end())):
            print("  ", repr(t[max(0,m.start()-8):m.end()+6]))

"""List numerals of each document that no gold record covers (plain Python, this set's files only)."""
import json, pathlib, re, sys
here = pathlib.Path(__file__).parent
NUM = re.compile(r"[0-9０-９lO][0-9０-９.．,，lO ]*[0-9０-９lO]|[0-9０-９]|[一二两三四五六七八九十百千万]+")
for g in sorted((here / "gold").glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    t = (here / "corpus" / f"{d['doc_id']}.txt").read_text(encoding="utf-8")
    cov = [False] * len(t)
    for r in d["records"]:
        for i in range(r["start"], r["end"]):
            cov[i] = True
    out = []
    for m in NUM.finditer(t):
        s = m.group()
        if not re.search(r"[0-9０-９一二两三四五六七八九十百千万]", s):
            continue
        c = cov[m.start():m.end()]
        if all(c):
            continue
        tag = "PARTIAL " if any(c) else ""
        out.append(tag + t[max(0, m.start() - 6):m.end() + 4].replace("\n", "⏎"))
    print("==", d["doc_id"], len(out))
    print("  " + " ┃ ".join(out))

"""Read-back of the agreement gold: each record's span in its context, then every
numeral that no record covers (to check for missed mentions). Stdlib only."""
import json, re, sys, pathlib
here = pathlib.Path(__file__).parent
corpus = here.parent / "corpus"
NUM = re.compile(r"[0-9０-９][0-9０-９,.，]*|[〇零一二两三四五六七八九十百千万亿]+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
for g in sorted((here / "gold").glob("*.json")):
    d = json.loads(g.read_text())
    text = (corpus / f"{d['doc_id']}.txt").read_text()
    print(f"== {d['doc_id']} doc_year {d['doc_year']} records {len(d['records'])}")
    covered = set()
    for r in d["records"]:
        assert text[r["start"]:r["end"]] == r["text"]
        covered.update(range(r["start"], r["end"]))
        ctx = text[max(0, r["start"]-12):r["start"]] + "[" + r["text"] + "]" + text[r["end"]:r["end"]+8]
        print(f"  {ctx.replace(chr(10),' / ')!s:40} {r['value']:>12} {r['unit']:4} {r['qualifier']:8} {r['year']} {r['category']:4} {r.get('stance')} | {r['indicator']} {('per='+r['per']) if r.get('per') else ''}")
    if "-u" in sys.argv:
        for m in NUM.finditer(text):
            if not covered & set(range(m.start(), m.end())):
                print("    not a record:", repr(text[max(0,m.start()-6):m.end()+6]))

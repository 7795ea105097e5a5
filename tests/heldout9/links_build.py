"""Build links.json from hand-chosen pairs (plan 900 → report 901), by record text and
occurrence, checked against the gold files. Plain json, no package import.
python tests/heldout9/links_build.py"""
import json, pathlib
here = pathlib.Path(__file__).parent
T, R = "900_28e89d6aca6b1d29", "901_d5ea6d1477459ca3"
# (target text, occurrence in 900 gold, result text, occurrence in 901 gold)
PAIRS = [("600个", 0, "650个", 0), ("8个", 0, "9个", 0), ("1.2万人次", 0, "1.31万人次", 0),
         ("5所", 0, "5所", 0), ("2700个", 0, "2850个", 0), ("30个", 0, "32个", 0),
         ("15个", 0, "17个", 0), ("20万人次", 0, "23.6万人次", 0), ("800户", 0, "760户", 0),
         ("12个", 0, "12个", 0), ("14个", 0, "14个", 0), ("4600户", 0, "4720户", 0),
         ("50台", 0, "41台", 0), ("1500个", 0, "1630个", 0), ("3.5万人", 0, "3.62万人", 0),
         ("2000户", 0, "2000户", 0), ("1.5万人次", 0, "1.58万人次", 0),
         ("6.8亿元", 0, "7.12亿元", 0), ("1.2亿元", 0, "1.2亿元", 0)]
def recs(d): return json.load(open(here / "gold" / f"{d}.json"))["records"]
def pick(rs, text, k, d):
    hits = [r for r in rs if r["text"] == text]
    r = hits[k]
    return {"doc_id": d, "start": r["start"], "end": r["end"], "text": r["text"]}, r
tr, rr = recs(T), recs(R)
out = []
for tt, tk, rt, rk in PAIRS:
    a, ra = pick(tr, tt, tk, T); b, rb = pick(rr, rt, rk, R)
    assert ra["stance"] == "target" and rb["stance"] == "achieved", (tt, rt)
    print(f'{ra["indicator"]:<16} {tt:>8} → {rt:<10} {rb["indicator"]}  {rb["value"]/ra["value"]:.2f}')
    out.append({"target": a, "result": b})
json.dump({"pairs": out, "target_docs": [T], "result_docs": [R]}, open(here / "links.json", "w"), ensure_ascii=False, indent=1)
print(len(out), "links")

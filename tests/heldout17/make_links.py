"""Write links.json: hand links target -> result for the pair 1700 (plan) / 1701 (report).

Run inside tests/heldout17 (stdlib only). Each pair names a gold record of each document by
its text (the nth record with that text, n from 0; the asserts check stance, unit and category),
chosen by reading the two documents side by side.
"""
import glob
import json

PAIRS = [  # (1700 text, n), (1701 text, n)
    (("800个", 0), ("836个", 0)),          # 普惠性托位
    (("6个", 1), ("6个", 0)),              # 社区嵌入式托育点 (1700's first 6个 counts works projects)
    (("3所", 0), ("3所", 0)),              # 新建改扩建学校
    (("2400个", 0), ("2400个", 0)),        # 学位
    (("4.2万人", 0), ("4.38万人", 0)),     # 老年人免费健康体检
    (("25个", 0), ("27个", 0)),            # 老年助餐点
    (("30万人次", 0), ("32.6万人次", 0)),  # 助餐服务
    (("500户", 0), ("468户", 0)),          # 适老化改造 (short; 32户 carried into 2026)
    (("300张", 0), ("310张", 0)),          # 家庭养老照护床位
    (("18个", 0), ("18个", 0)),            # 老旧小区
    (("6200户", 0), ("6300余户", 0)),      # 惠及居民
    (("40部", 0), ("34部", 0)),            # 加装电梯 (short; 6部 still being built)
    (("600万元", 0), ("652万元", 0)),      # 临时救助资金
    (("1800名", 0), ("1860名", 0)),        # 残疾人康复服务
    (("1.2万人", 0), ("1.31万人", 0)),     # 城镇新增就业
    (("8000人次", 0), ("8240人次", 0)),    # 职业技能培训
    (("1500个", 0), ("1620个", 0)),        # 公共停车泊位
    (("30个", 0), ("30个", 0)),            # 公交候车亭
    (("12条", 0), ("12条", 0)),            # 河道
    (("8个", 0), ("9个", 0)),              # 口袋公园
]


def load(prefix):
    path = glob.glob(f"gold/{prefix}_*.json")[0]
    return json.load(open(path, encoding="utf-8"))


def pick(gold, text, n):
    recs = [r for r in gold["records"] if r["text"] == text]
    r = recs[n]
    return {"doc_id": gold["doc_id"], "start": r["start"], "end": r["end"], "text": r["text"]}


def main():
    plan, report = load("1700"), load("1701")
    pairs = []
    for (t, i), (u, j) in PAIRS:
        a, b = pick(plan, t, i), pick(report, u, j)
        ra = next(r for r in plan["records"] if r["start"] == a["start"])
        rb = next(r for r in report["records"] if r["start"] == b["start"])
        assert ra["stance"] == "target" and rb["stance"] == "achieved", (t, u)
        assert ra["unit"] == rb["unit"] and ra["category"] == rb["category"], (t, u)
        pairs.append({"target": a, "result": b})
    out = {"pairs": pairs, "target_docs": [plan["doc_id"]], "result_docs": [report["doc_id"]]}
    json.dump(out, open("links.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(pairs), "links")


if __name__ == "__main__":
    main()

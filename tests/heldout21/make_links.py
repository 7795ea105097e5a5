"""Rebuild links.json for the pair 2100 (plan: poll page with the voted list) / 2101 (report: completion table).

Hand links, written by reading the two documents side by side: each target of the voted list at the
bottom of 2100 (the ten projects of 2025, not the candidates above it) is linked to the cell of 2101's
完成情况 column that reports it. Stdlib only; run inside tests/heldout21.
"""
import json

PLAN = "2100_21b93415a390304a"
REPORT = "2101_0f890545e0ee0bab"

# (target indicator in 2100's voted list, result indicator in 2101's 完成情况 column), in list order
PAIRS = [
    ("老旧小区", "老旧小区"), ("居民", "居民"), ("供热管网", "供热管网"),
    ("中小学校", "中小学校"), ("学位", "学位"),
    ("社区老年食堂", "社区老年食堂"), ("助餐", "助餐"),
    ("老化燃气管道", "燃气管道"), ("安装燃气报警器用户", "安装燃气报警器用户"),
    ("公办托育综合服务中心", "公办托育综合服务中心"), ("普惠托位", "普惠托位"),
    ("标准化村卫生室", "标准化村卫生室"), ("老年人", "老年人"),
    ("河道", "河道"), ("口袋公园", "口袋公园"),
    ("城镇新增就业", "城镇新增就业"), ("公益性岗位", "公益性岗位"), ("职业技能培训", "职业技能培训"),
    ("城乡低保标准", "城乡低保标准"), ("农村低保标准", "农村低保标准"), ("辅具", "辅具"),
    ("背街小巷", "背街小巷"), ("公共停车泊位", "公共停车泊位"),
]


def load(doc_id):
    gold = json.load(open(f"gold/{doc_id}.json", encoding="utf-8"))
    text = open(f"corpus/{doc_id}.txt", encoding="utf-8").read()
    return gold["records"], text


def ref(doc_id, r):
    return {"doc_id": doc_id, "start": r["start"], "end": r["end"], "text": r["text"]}


def main():
    plan, ptext = load(PLAN)
    report, rtext = load(REPORT)
    voted = ptext.index("（票决结果）")
    notes = rtext.index("说明：")
    targets = [r for r in plan if r["start"] > voted and r["stance"] == "target" and r["category"] != "其他"]
    results = [r for r in report if r["start"] < notes and r["stance"] == "achieved" and r["indicator"] != "完成率"]
    pairs = []
    for t_ind, r_ind in PAIRS:
        t = next(r for r in targets if r["indicator"] == t_ind)
        targets.remove(t)
        res = next(r for r in results if r["indicator"] == r_ind and r["category"] == t["category"])
        results.remove(res)
        pairs.append({"target": ref(PLAN, t), "result": ref(REPORT, res)})
    assert not targets, targets
    out = {"pairs": pairs, "target_docs": [PLAN], "result_docs": [REPORT]}
    with open("links.json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for p in pairs:
        print(p["target"]["text"], "→", p["result"]["text"])
    print(len(pairs), "pairs")


if __name__ == "__main__":
    main()

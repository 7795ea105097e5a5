"""Build links.json from hand-chosen pairs (705 plan target -> 706 report result).

Plain Python over this set's own gold; each pair is named by the span text and the
indicator of the target record (705) and of the result record (706, stance achieved).
"""
import json, pathlib
here = pathlib.Path(__file__).parent
def load(prefix):
    g = next((here / "gold").glob(prefix + "_*.json"))
    return json.loads(g.read_text(encoding="utf-8"))
plan, rep = load("705"), load("706")
PAIRS = [  # (705 text, 705 indicator) -> (706 text, 706 indicator)
    (("73.81亿元", "计划总投资"), ("752,460.50", "完成投资")),
    (("25所", "中小学"), ("26.00", "新建、改扩建中小学")),
    (("3.6万个", "学位"), ("3.85", "新增学位")),
    (("4000个", "普惠托位"), ("4,380.00", "普惠托位")),
    (("60个", "社区托育点"), ("60.00", "社区托育点")),
    (("80万人", "老年人免费健康体检"), ("83.60", "老年人免费健康体检")),
    (("10万人", "适龄妇女两癌筛查"), ("10.42", "宫颈癌、乳腺癌筛查")),
    (("200个", "社区老年助餐点"), ("215.00", "社区老年助餐点")),
    (("5000户", "特殊困难老年人家庭"), ("4,620.00", "特殊困难老年人家庭")),
    (("450个", "老旧小区"), ("452.00", "老旧小区")),
    (("12万户", "居民"), ("12.31", "惠及居民")),
    (("300部", "加装电梯"), ("268.00", "加装电梯")),
    (("10万人", "城镇新增就业"), ("11.26", "城镇新增就业")),
    (("15万人次", "职业技能培训"), ("16.80", "职业技能培训")),
    (("3万个", "公共停车泊位"), ("3.12", "公共停车泊位")),
    (("100个", "口袋公园"), ("108.00", "口袋公园")),
    (("300公里", "绿道"), ("316.50", "绿道")),
    (("2000名", "残疾儿童"), ("2,136.00", "康复救助残疾儿童")),
    (("680元", "城乡低保标准"), ("680.00", "城乡低保标准")),
    (("50个", "城市书房"), ("50.00", "城市书房")),
    (("1000场", "公益演出"), ("1,246.00", "公益演出")),
    (("10万户", "居民"), ("9.35", "燃气自闭阀安装")),
]
def pick(doc, text, ind, stance):
    hits = [r for r in doc["records"] if r["text"] == text and r["indicator"] == ind and r.get("stance") == stance]
    assert len(hits) == 1, (text, ind, len(hits))
    r = hits[0]
    return {"doc_id": doc["doc_id"], "start": r["start"], "end": r["end"], "text": r["text"]}
out = {"pairs": [{"target": pick(plan, *t, "target"), "result": pick(rep, *r, "achieved")} for t, r in PAIRS],
       "target_docs": [plan["doc_id"]], "result_docs": [rep["doc_id"]]}
(here / "links.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(out["pairs"]), "links")

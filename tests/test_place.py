"""Place of a document (extractors/place.py): one case beside each rule of data/place.toml."""
from __future__ import annotations

import pytest

from extractors.place import Place, admin_units, place_of, unit_named
from pipeline.document import DocMeta, Document
from pipeline.run import analyse


@pytest.mark.parametrize("text, units", [
    ("2023年度常州市民生实事项目任务分解表", ["常州市"]),               # a city as jieba cuts it
    ("杭州市余杭区人民政府", ["杭州市", "余杭区"]),                      # city, then district
    ("苏州工业园区2023年民生实事", ["苏州工业园区"]),                   # 园区
    ("内蒙古鄂托克旗", ["鄂托克旗"]),                                   # 旗
    ("天津滨海新区", ["滨海新区"]),                                     # a bare name + 新区
    ("中共常州市委宣传部", ["常州市"]),                                 # a name + an organ (市委)
    ("全市城区社区小区", []),                                           # generic words name no unit
])
def test_admin_units(text, units):
    assert admin_units(text) == units


def test_a_district_is_not_its_city():
    assert place_of(["常州市钟楼区"]) == Place("钟楼区", "常州市")


def test_the_city_of_a_district_may_be_stated_elsewhere():
    assert place_of(["2025年钟楼区十项民生实事项目出炉", None, "常州市钟楼区"]) == Place("钟楼区", "常州市")


def test_the_first_text_that_names_a_place_decides():
    assert place_of(["某某工作纪实", "绍兴市人民政府办公室"]) == Place("绍兴市", "绍兴市")
    assert place_of(["无名文件"]) == Place()


def test_the_manifest_place_comes_first_and_reaches_the_document_info():
    doc = Document("x", "南京市江宁区2025年新增学位2000个。", meta=DocMeta(place="常州市钟楼区"))
    _, info = analyse(doc)
    assert (info.place, info.city) == ("钟楼区", "常州市")
    _, info = analyse(Document("y", "南京市江宁区2025年新增学位2000个。"))
    assert (info.place, info.city) == ("江宁区", "南京市")


def test_documents_jsonl_and_the_documents_table_carry_place(tmp_path):
    import json

    import duckdb

    from pipeline.batch import run_batch

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("2025年钟楼区十项民生实事项目出炉\n\n新增托位400个。\n", encoding="utf-8")
    (folder / "b.txt").write_text("新增学位2000个。\n", encoding="utf-8")
    (folder / "manifest.csv").write_text("doc_id,title,place\nb,某文件,南京市江宁区\n", encoding="utf-8")
    assert run_batch([folder], tmp_path / "out", quiet=True) == 0
    rows = {r["doc_id"]: r for r in map(json.loads, (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines())}
    assert (rows["a"]["place"], rows["a"]["city"]) == ("钟楼区", None)          # no city stated
    assert (rows["b"]["place"], rows["b"]["city"]) == ("江宁区", "南京市")       # the manifest's place
    with duckdb.connect(str(tmp_path / "out" / "minsheng.duckdb")) as con:
        assert con.sql("SELECT place FROM documents ORDER BY doc_id").fetchall() == [("钟楼区",), ("江宁区",)]


@pytest.mark.parametrize("text, unit", [("龙泉区", "龙泉区"), ("  青山县 ", "青山县"), ("合计", None), ("全市", None),
                                        ("社区", None), ("市本级", None), ("龙泉区新增托位", None)])
def test_a_text_that_is_one_unit_and_nothing_else(text, unit):
    assert unit_named(text) == unit


def test_rows_by_county_and_bracketed_county_flashes_carry_their_area():
    table = ("县市区\t新增托位（个）\t助餐点（个）\n龙泉区\t300\t12\n青山县\t200\t8\n合计\t500\t20\n\n"
             "【青山县】5月3日　青山县新增托位210个。全县建成助餐点9个。\n\n"
             "【市本级】5月4日　全市新增托位520个。\n")
    records, _ = analyse(Document("x", table, meta=DocMeta(place="临江市")))
    areas = {r.text: r.area for r in records}
    assert areas["300"] == "龙泉区" and areas["8"] == "青山县" and areas["500"] is None
    assert areas["210个"] == "青山县" and areas["9个"] == "青山县" and areas["520个"] is None

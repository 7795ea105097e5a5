"""A threshold sign before a table cell's figure (`≥4.5` in a 标准值 column): the figure
is read, its span leaves the sign out, and the sign gives its bound (pipeline/tables.py).
Made-up indicator tables."""
from pipeline.document import Document
from pipeline.run import analyse

_TABLE = """某市2030年度城市体检指标
指标\t单位\t2029年\t2030年\t标准值
建成区绿化覆盖率\t%\t36.1\t37.6\t>= 40
每万人拥有公共厕所\t座\t2.7\t3.2\t≥ 3
普惠托育每月收费\t元\t1900\t1750\t≤1800
公共厕所达标率\t%\t91\t93\t≥95%
"""


def _records(text: str) -> dict[str, object]:
    records, _ = analyse(Document("x", text))
    for r in records:
        assert text[r.start:r.end] == r.text
    return {r.text: r for r in records}


def test_a_sign_of_a_bound_opens_a_cell_and_is_no_part_of_its_span():
    found = _records(_TABLE)
    assert (found["40"].value, found["40"].unit, found["40"].qualifier) == (40, "%", "at_least")
    assert (found["1800"].value, found["1800"].qualifier) == (1800, "at_most")
    assert (found["3"].value, found["3"].unit, found["3"].qualifier) == (3, "座", "at_least")
    assert found["3"].stance == "target"


def test_cells_without_a_sign_stay_exact():
    found = _records(_TABLE)
    assert (found["3.2"].value, found["3.2"].unit, found["3.2"].qualifier) == (3.2, "座", "exact")


def test_a_sign_before_a_figure_with_its_unit_gives_one_record():
    records = [r for r in analyse(Document("x", _TABLE))[0] if r.value == 95]
    assert len(records) == 1 and records[0].qualifier == "at_least"


def test_beside_a_standard_column_the_year_columns_are_levels_and_the_standard_a_target():
    found = _records(_TABLE)
    assert (found["2.7"].stance, found["2.7"].year) == ("stock", 2029)
    assert (found["3.2"].stance, found["3.2"].year) == ("stock", 2030)
    assert found["40"].stance == "target"


def test_without_a_standard_column_year_columns_keep_their_reading():
    text = _TABLE.replace("\t标准值", "\t备注").replace(">= 40", "—").replace("≥ 3", "—").replace("≤1800", "—")
    text = text.replace("≥95%", "—")
    assert all(r.stance != "stock" for r in analyse(Document("x", text))[0])


def test_a_title_listing_several_areas_leaves_each_row_its_own_topic():
    text = "表2　教育和医疗、养老服务类指标\n" + _TABLE.split("\n", 1)[1].replace(
        "建成区绿化覆盖率", "社区养老服务设施覆盖率").replace("每万人拥有公共厕所", "每千人口医疗卫生机构床位")
    text = text.replace("\t座\t", "\t张\t")
    found = _records(text)
    assert found["40"].category == "常有颐养"
    assert found["3"].category == "常有健康"


def test_a_title_of_one_area_still_governs_its_rows():
    found = _records("表2　养老服务类指标\n" + _TABLE.split("\n", 1)[1])
    assert found["40"].category == "常有颐养"

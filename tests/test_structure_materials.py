"""An exam paper's given materials are dated by their own year; made-up texts."""
from pipeline.document import Document
from pipeline.run import analyse


def _years(text: str, year: int) -> dict[str, int | None]:
    records, _ = analyse(Document("t", text), doc_year=year)
    return {r.text: r.year for r in records}


def test_a_given_material_dates_its_figures_by_the_year_it_states():
    text = ("2025年某省公务员录用考试申论试卷\n\n给定资料\n\n"
            "材料一\n某县城关镇有5个老旧小区，共42栋楼。2024年，镇里对其实施改造，新增停车位200个。\n\n"
            "作答要求\n一、概括材料一的主要做法。\n")
    found = _years(text, 2025)
    assert (found["5个"], found["42栋"], found["200个"]) == (2024, 2024, 2024)


def test_a_material_under_its_label_as_a_heading_keeps_its_year_over_paragraphs():
    text = ("2024年某市事业单位考试试题\n\n资料2\n\n2023年，某区新建托育园3所。\n\n"
            "该区另有普惠托位600个。\n")
    found = _years(text, 2024)
    assert (found["3所"], found["600个"]) == (2023, 2023)


def test_a_paragraph_that_only_names_a_material_is_no_material():
    text = "2024年工作要点\n\n根据资料1的要求，全区新增托位300个。\n"
    assert _years(text, 2024)["300个"] == 2024


def test_an_explainers_worked_example_is_read_for_no_figure():
    """`算例1：某参保人…` opens a made-up case: its figures and its working are no records; the rule's
    parameters stated before it are (held-out 42)."""
    text = ("住院报销怎么算\n\n一、政策参数\n乡镇卫生院起付线200元，报销比例90%。\n\n二、算例\n"
            "算例1：某参保人在乡镇卫生院住院6天，合规费用3000元。报销＝（3000－200）×90%＝2520元，个人负担480元。\n"
            "举例：刘女士在县医院住院，合规费用9500元。\n")
    found = _years(text, 2031)
    assert sorted(found) == ["200元", "90%"]

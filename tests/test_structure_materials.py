"""An exam paper's given materials are dated by their own year; made-up texts."""
import pytest

from pipeline.document import Document
from pipeline.run import analyse
from pipeline.structure import is_contents_entry


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


def test_a_problem_s_working_is_read_for_no_figure_its_facts_and_answer_are():
    """A pupil's error notebook: the problem's real figures and the answer are records; the lines of
    working (`我的错解：`, `订正：`, `解：`) restate them in sums, no record (gold/README, the maths-problem row)."""
    text = ("某小学四年级错题集（2031年春季）\n\n"
            "第1题\n原题：镇里今年新建了4个社区食堂，每个食堂每天约60位老人就餐。一共约多少位老人就餐？\n"
            "我的错解：60＋4＝64（位）\n错因：没读懂“每个”，外婆说在食堂吃一顿只要5元。\n"
            "订正：60×4＝240（位）\n答：4个食堂每天约有240位老人就餐。\n\n"
            "第2题\n原题：今年计划新修村道12千米，已修好9千米，完成了百分之几？\n"
            "解：9÷12＝0.75＝75%\n答：完成了75%。\n")
    records, _ = analyse(Document("t", text), doc_year=2031)
    found = [r.text for r in sorted(records, key=lambda r: r.start)]
    assert found == ["4个", "60位", "5元", "4个", "240位", "12千米", "9千米", "75%"]


_NEWS_LIST = ("某县融媒体中心　|　民生新闻\n首页 > 列表\n\n"
              "2030年某县为民办实事项目全部完成\n2031-01-09\n……全年新增普惠托位200个，改造农村公路48公里…\n\n"
              "某镇：首家社区食堂开餐 日均就餐90人次\n2030-05-18\n……今年全县计划新建社区食堂6个，每餐补贴3元…\n\n"
              "关于征集2032年为民办实事候选项目的公告\n2031-10-12\n……今年已收到群众建议312条…\n\n"
              "共3页　下一页\n")


def test_a_page_of_dated_entries_dates_each_entry_by_its_own_date():
    # made up: a news list dumped from a portal, read in 2031; each item written on its own date
    found = _years(_NEWS_LIST, 2031)
    assert (found["200个"], found["48公里"]) == (2030, 2030)     # the title's year, not the date line's
    assert (found["6个"], found["3元"], found["90人次"]) == (2030, 2030, 2030)   # 今年 of an item dated 2030
    assert found["312条"] == 2031


def test_one_title_over_a_date_is_a_documents_head_not_a_page_of_entries():
    text = "某县新增托位工作推进会召开\n2030-05-18\n今年全县计划新增普惠托位300个。\n"
    assert _years(text, 2031)["300个"] == 2031


@pytest.mark.parametrize("line,expected", [
    ("预告　2027年民生实事开始征集 …………………… 8", True),
    ("特稿　十二项民生实事年终“晒账单” ……………… 2", True),
    ("第三章　住房保障........................第12页", True),
    ("全年新增托位300个……", False),                     # a sentence trailing off, no page
    ("完成投资3712万元", False),
])
def test_a_contents_page_s_entry_is_told_by_its_leader_and_page(line, expected):
    assert is_contents_entry(line) is expected


def test_an_issues_contents_line_is_neither_title_nor_heading():
    # made up: a weekly's contents line names next year's plan; the week's figures stay in the year written
    text = ("某口岸运行周报\n2030年第52期\n某县口岸办　　　　2030年12月29日\n\n"
            "【本期导读】一周数据｜全年回顾｜2031年惠民计划\n\n一、一周数据\n本周出入境人员2.1万人次。\n")
    assert _years(text, 2030)["2.1万人次"] == 2030

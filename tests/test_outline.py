"""Lightweight markup outlines (pipeline/outline.py, the underlined headings of
pipeline/structure.py): Org-mode, reStructuredText, AsciiDoc, wiki and Textile headings
govern their sections as markdown's do; field lists and property drawers read as labels;
the markup's chrome is no text. Made-up documents; offsets stay in the original."""
import pytest

from pipeline.document import Document, clean_view
from pipeline.outline import outline_edits
from pipeline.run import analyse
from pipeline.structure import structure


def records(text, year=2031):
    found, _ = analyse(Document("t", text), doc_year=year)
    for r in found:
        assert text[r.start:r.end] == r.text       # offsets into the original
    return {r.text: r for r in found}


ORG = ("#+TITLE: 某县2031年民生实事推进台账\n#+AUTHOR: 某县发改局\n#+DATE: <2032-01-08 四>\n"
       "#+TODO: 计划 推进 | 办结 撤销\n\n"
       "* 养老服务\n"
       "** 办结 新建社区老年食堂 [3/3]                  :颐养:\n"
       "   :PROPERTIES:\n   :目标:     30个\n   :完成:     34个\n   :END:\n"
       "   - [X] 城东街道新建8个\n"
       "** DONE 困难老人家庭适老化改造 [75%]\n"
       "   :PROPERTIES:\n   :目标:     400户\n   :完成:     410户\n   :END:\n"
       "   CLOSED: [2031-11-30 日]\n"
       "   - State \"DONE\"       from \"TODO\"       [2031-11-30 日]\n"
       "   完成投资680万元。\n"
       "* 交通出行\n"
       "** 推进 新增公共停车泊位\n"
       "   完成投资2100万元。\n")


def test_org_headlines_read_as_markdown_headings_without_their_chrome():
    view = clean_view(ORG).text
    assert view.startswith("# 某县2031年民生实事推进台账\n")
    assert "# 养老服务" in view and "## 新建社区老年食堂" in view and "## 新增公共停车泊位" in view
    # TODO keywords (the default ones and the document's own), cookies, tags, drawer
    # bounds, planning and log lines, keyword lines: none of it is text
    for chrome in ("办结", "DONE", "推进 ", "[3/3]", "[75%]", ":颐养:", "PROPERTIES", ":END:", "CLOSED",
                   "State", "#+", "某县发改局", "2032-01-08"):
        assert chrome not in view


def test_org_heading_governs_its_section_and_properties_take_its_project():
    found = records(ORG)
    assert found["30个"].category == found["34个"].category == "常有颐养"
    assert found["30个"].indicator == found["34个"].indicator == "社区老年食堂"
    assert (found["30个"].stance, found["34个"].stance) == ("target", "achieved")
    assert found["400户"].stance == "target" and found["410户"].stance == "achieved"
    # a figure that names no topic takes its heading's
    assert found["680万元"].category == "常有颐养"
    assert found["2100万元"].category == "交通畅行"
    # the statistics cookie counts checkbox lines: no record
    assert not any(text.startswith(("3/3", "75%")) for text in found)


def test_a_star_bullet_outside_org_stays_a_bullet():
    text = "某市2031年民生实事\n\n* 新建老年助餐点45个。\n* 城镇新增就业3000人。\n"
    assert outline_edits(text) == []
    assert all(b.kind != "heading" for b in structure(clean_view(text).text))


RST = ("某区2032年民生实事监测说明\n==========================\n\n:版本: v1.4\n\n"
       ".. contents:: 目录\n   :depth: 2\n\n"
       "教育\n====\n\n学前教育\n--------\n\n:目标: 新增公办幼儿园学位900个\n:资金: 2600万元\n\n"
       ".. note::\n\n   口径为全年新增。\n\n"
       "卫生健康\n========\n\n"
       "+--------------+------+------+\n| 项目         | 单位 | 目标 |\n+==============+======+======+\n"
       "| 家庭医生签约 | 万人 | 12   |\n+--------------+------+------+\n"
       "| 村卫生室改造 | 个   | 35   |\n+--------------+------+------+\n")


def test_underlined_headings_rank_by_the_order_of_their_styles():
    blocks = structure(clean_view(RST).text)
    headings = [(b.kind, b.text) for b in blocks if b.kind in ("title", "heading")]
    assert headings == [("title", "某区2032年民生实事监测说明"), ("heading", "教育"), ("heading", "学前教育"),
                        ("heading", "卫生健康")]
    # `----` is the second style: 学前教育 sits under 教育, and 卫生健康 (`====`) closes both
    by_text = {b.text: b for b in blocks}
    assert by_text["学前教育"].context.category == "常有优学"
    assert by_text["卫生健康"].context.category == "常有健康"


def test_rst_fields_directives_and_grid_tables():
    view = clean_view(RST).text
    assert "目标：新增公办幼儿园学位900个" in view and "版本：v1.4" in view
    assert ".." not in view and "depth" not in view and "+---" not in view and "+===" not in view
    found = records(RST, 2032)
    assert found["2600万元"].category == "常有优学"      # a field's money under its section
    # a grid table's cells read as a table's: the unit column, the row's name
    assert (found["12"].value, found["12"].unit, found["12"].indicator) == (120_000, "人", "家庭医生签约")
    assert (found["35"].unit, found["35"].category) == ("个", "常有健康")


@pytest.mark.parametrize("title, heading", [
    ("= 某市2031年民生实事清单", "== {} =="),            # wiki
    ("= 某市2031年民生实事清单", "== {}"),               # AsciiDoc
    ("h1. 某市2031年民生实事清单", "h2. {}"),            # Textile
])
def test_asciidoc_wiki_and_textile_headings_govern_their_sections(title, heading):
    text = (f"{title}\n\n{heading.format('养老服务')}\n\n全年完成投资1200万元。\n\n"
            f"{heading.format('就业创业')}\n\n全年完成投资300万元。\n")
    found = records(text)
    assert found["1200万元"].category == "常有颐养"
    assert found["300万元"].category == "就业创业"
    assert "=" not in clean_view(text).text and "h2." not in clean_view(text).text


def test_a_sentence_over_a_rule_is_no_heading():
    text = "全年新增就业岗位300个，完成投资1200万元。\n-----\n\n养老服务\n--------\n\n完成投资50万元。\n"
    headings = [b.text for b in structure(clean_view(text).text) if b.kind in ("title", "heading")]
    assert headings == ["养老服务"]


def test_a_property_line_names_its_headings_project():
    text = ("# 某市2031年民生实事\n\n## 新建城市书房\n目标：12个\n完成：13个\n\n"
            "## 城镇新增就业\n目标：3000人\n完成：3350人\n")
    found = records(text)
    assert found["12个"].indicator == found["13个"].indicator == "城市书房"
    assert found["3000人"].indicator == found["3350人"].indicator == "城镇新增就业"


def test_a_block_delimiter_under_a_longer_line_underlines_nothing():
    # AsciiDoc's listing block closes with `----` under its last line
    text = "= 某市2031年民生实事\n\n== 养老服务\n\n----\n新建老年助餐点45个\n----\n\n完成投资80万元。\n"
    headings = [b.text for b in structure(clean_view(text).text) if b.kind in ("title", "heading")]
    assert "新建老年助餐点45个" not in headings
    assert records(text)["80万元"].category == "常有颐养"


def test_one_equals_sign_heads_only_the_document():
    text = "某街道2031年民生实事小结\n\n改造投资共计\n= 120万元\n\n完成投资80万元。\n"
    assert outline_edits(text) == []
    assert "120万元" in records(text)


def test_one_rule_under_a_short_line_leaves_the_plain_headings():
    text = ("某街道2031年民生实事小结\n\n养老服务工作\n\n完成投资80万元。\n\n"
            "附：联系人\n------\n\n就业服务工作\n\n完成投资30万元。\n")
    headings = [b.text for b in structure(clean_view(text).text) if b.kind == "heading"]
    assert "养老服务工作" in headings and "就业服务工作" in headings


def test_org_status_keywords_of_common_set_ups():
    text = ("#+TITLE: 某镇2032年为民办实事台账\n#+STARTUP: overview\n"
            "* 教育\n** BLOCKED 新建乡镇幼儿园\n   新增学位180个。\n"
            "** IN-PROGRESS 改造农村学校食堂\n   完成12所。\n** SOMEDAY 新建青少年宫\n")
    view = clean_view(text).text
    assert "## 新建乡镇幼儿园\n" in view and "## 改造农村学校食堂\n" in view and "## 新建青少年宫\n" in view
    for chrome in ("BLOCKED", "IN-PROGRESS", "SOMEDAY", "#+"):
        assert chrome not in view

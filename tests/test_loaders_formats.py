"""PDF, Word, HTML and archive loaders on the committed fixtures (tools/make_fixtures.py).

The expected numbers were counted by hand in the corpus dumps:
- 001's task table: a header row and 32 rows (projects 1–10, project 5 written
  twice, 21 continuation rows whose 序号 and 项目名称 are merged with the row above),
  6 cells each;
- 003's list: a header row, 6 group rows (一、常有善育 … 六、常有众扶) that span the
  table, and 60 projects, 6 cells each: 67 rows.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.loaders import LoadError, iter_documents, load_path

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
TASKS, ARTICLE, LIST, NEWS, DISTRICT = (
    "001_e48e72fc4dd62ba5", "000_19b54a09d50c54de", "003_86fd6de74efdd557",
    "002_4328cf5303d8d476", "004_a97c32f08c31be30")
FORMATS = ("docx", "pdf", "html")


def load(doc_id: str, fmt: str):
    return load_path(FIXTURES / f"{doc_id}.{fmt}")


def table_rows(text: str) -> list[list[str]]:
    """The rows of the dump convention: blocks that start with a tab, one cell per tab line."""
    rows = []
    for block in text.split("\n\n"):
        if block.startswith("\t"):
            rows.append([cell.strip("\n") for cell in block.split("\t")[1:]])
    return rows


# ------------------------------------------------------------------- tables


@pytest.mark.parametrize("fmt", FORMATS)
def test_task_table_has_every_row_and_cell(fmt):
    rows = table_rows(load(TASKS, fmt).text)
    assert len(rows) == 33
    assert all(len(row) == 6 for row in rows)
    assert rows[0] == ["序号", "项目名称", "主要内容", "分管市领导", "牵头单位", "配合单位"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_merged_cells_appear_in_their_first_row_only(fmt):
    rows = table_rows(load(TASKS, fmt).text)
    first, continued = rows[1], rows[2]
    assert first[:2] == ["1", "“常有善育”工程"]
    assert continued[:2] == ["", ""]
    assert continued[2] == "新建改扩建普惠托育机构10家，创建省级普惠（示范性）托育机构、社区示范托育点18家。"
    assert continued[4] == "市卫健委"


@pytest.mark.parametrize("fmt", FORMATS)
def test_cell_of_several_lines_continues_without_a_tab(fmt):
    text = load(TASKS, fmt).text
    assert "\t各辖市、区\n常州经开区\n市发改委\n市资规局\n市住建局\n\n" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_group_rows_span_the_list_as_one_cell(fmt):
    rows = table_rows(load(LIST, fmt).text)
    assert len(rows) == 67
    groups = [row for row in rows if len(row) == 1]
    assert [row[0] for row in groups] == ["一、常有善育", "二、常有优学", "三、常有健康",
                                          "四、常有颐养", "五、常有安居", "六、常有众扶"]
    assert all(len(row) == 6 for row in rows if len(row) != 1)


@pytest.mark.parametrize("fmt", FORMATS)
def test_unit_caption_stays_a_plain_line_above_the_table(fmt):
    text = load(LIST, fmt).text
    caption = text.index("单位：亿元")
    assert text[caption - 1] == "\n" and caption < text.index("\t序号")


def test_docx_marks_vertical_merges_in_the_word_table():
    import docx

    table = docx.Document(str(FIXTURES / f"{TASKS}.docx")).tables[0]
    continuation = table._tbl.tr_lst[2].tc_lst
    assert [tc.vMerge for tc in continuation[:3]] == ["continue", "continue", None]


# ----------------------------------------------------------------- headings


@pytest.mark.parametrize("fmt", FORMATS)
def test_headings_are_marked_with_their_level(fmt):
    article, news, district = load(ARTICLE, fmt).text, load(NEWS, fmt).text, load(DISTRICT, fmt).text
    assert "\n## 打造“六个常有”民生服务品牌 积极探索共同富裕新路径\n\n" in article
    assert "\n### “常有善育”，完善托育供给体系\n\n" in article
    assert "\n## 民生保障：密织保障网，让幸福底色更鲜亮\n\n" in news
    assert "\n### 环境优化工程\n\n" in district
    # Seven headings in 000: one ## and six ###.
    assert len(re.findall(r"^## ", article, re.MULTILINE)) == 1
    assert len(re.findall(r"^### ", article, re.MULTILINE)) == 6


@pytest.mark.parametrize("fmt", FORMATS)
def test_title_is_the_first_line(fmt):
    doc = load(NEWS, fmt)
    assert doc.meta.title == "常州民政：用行动提升民生温度，增加幸福厚度"
    assert doc.text.startswith("常州民政：用行动提升民生温度，增加幸福厚度\n\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_bold_and_wrapped_lines_leave_plain_sentences(fmt):
    text = load(NEWS, fmt).text
    assert "今年，我市新增32个老年助餐点。" in text
    assert "**" not in text


# ---------------------------------------------------------------------- pdf


def test_pdf_drops_running_header_and_page_numbers():
    for doc_id in (ARTICLE, TASKS, LIST):
        text = load(doc_id, "pdf").text
        assert "常州市民生实事项目文件汇编" not in text
        assert not re.search(r"^— \d+ —$", text, re.MULTILINE)


def test_pdf_joins_chinese_lines_without_spaces():
    text = load(ARTICLE, "pdf").text
    # One paragraph of 000 that the PDF wraps over several lines and across a page.
    assert ("截至2023年底，全市共有托育机构378家，托位数2.11万个，每千人口拥有3岁以下婴幼儿托位数达4个；"
            "创建省级普惠托育机构43家") in text


def test_pdf_table_continues_across_pages_without_repeating_its_header():
    doc = load(TASKS, "pdf")
    assert doc.text.count("\t序号\n") == 1
    assert doc.locate(doc.text.index("建成口袋公园28个")) == "page 3 table 1 row 27 cell 3"


# ---------------------------------------------------------------------- html


def test_html_keeps_the_article_and_drops_the_site_around_it():
    doc = load(LIST, "html")
    for boilerplate in ("当前位置", "政务服务", "分享到", "打印本页", "相关链接", "网站标识码", "主办单位", "发布日期"):
        assert boilerplate not in doc.text
    assert "新建、改扩建基础教育学校101所" in doc.text


def test_html_date_comes_from_the_date_line():
    assert load(NEWS, "html").meta.published == "2023-12-20"
    assert load(DISTRICT, "html").meta.published == "2025-01-07"


def test_gbk_page_is_decoded():
    doc = load(NEWS, "html")
    assert doc.encoding == "gb18030"
    assert "为全市1.2万户低收入家庭赠送一次性200度用电" in doc.text


# ---------------------------------------------------------------- source map


@pytest.mark.parametrize(("fmt", "locator"), [
    ("docx", "table 1 row 8 cell 4"),
    ("pdf", "page 1 table 1 row 8 cell 4"),
    ("html", "table 1 row 8 cell 4"),
])
def test_source_map_locates_a_table_cell(fmt, locator):
    # 61.2 is the 当年投资 of project 5, the eighth row (header, 一、, 1–4, 二、, 5).
    doc = load(LIST, fmt)
    assert doc.locate(doc.text.index("\t61.2\n") + 1) == locator


@pytest.mark.parametrize(("fmt", "locator"), [("docx", "paragraph 10"), ("pdf", "page 1"), ("html", "paragraph 10")])
def test_source_map_locates_a_paragraph(fmt, locator):
    doc = load(NEWS, fmt)
    assert doc.locate(doc.text.index("今年，我市新增32个老年助餐点")) == locator


@pytest.mark.parametrize("fmt", FORMATS)
def test_source_spans_are_offsets_into_the_text(fmt):
    doc = load(LIST, fmt)
    spans = doc.source_map
    assert all(0 <= a.start < a.end <= len(doc.text) for a in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    cell = next(s for s in spans if s.locator.endswith("table 1 row 1 cell 2"))
    assert doc.text[cell.start:cell.end] == "重点工作（项目）"


# ------------------------------------------------------------------ archives


def test_zip_with_gbk_names_gives_every_document():
    docs = list(iter_documents(FIXTURES / "民生实事_gbk.zip"))
    assert [d.doc_id for d in docs] == ["2023年度常州市民生实事项目任务分解表", "2022年全市民生建设重点项目清单",
                                        "常州民政：用行动提升民生温度"]
    assert [d.encoding for d in docs] == ["docx", "pdf", "gb18030"]
    assert docs[0].path.endswith("民生实事_gbk.zip:民生实事/2023年度常州市民生实事项目任务分解表.docx")
    assert len(table_rows(docs[1].text)) == 67


def test_tar_gz_gives_every_document():
    docs = list(iter_documents(FIXTURES / "corpus.tar.gz"))
    assert [(d.doc_id, d.encoding) for d in docs] == [(ARTICLE, "docx"), (DISTRICT, "pdf")]


def test_zip_with_a_bad_member_loads_the_others_then_names_it():
    documents = iter_documents(FIXTURES / "with_bad_member.zip")
    loaded = []
    with pytest.raises(LoadError) as raised:
        for doc in documents:
            loaded.append(doc.doc_id)
    assert loaded == ["钟楼区十项民生实事", "常州民政"]
    message = str(raised.value)
    assert "with_bad_member.zip" in message and "损坏的文件.pdf" in message and "\n" not in message


# -------------------------------------------------------------------- errors


@pytest.mark.parametrize(("name", "reason"), [
    ("encrypted.pdf", "encrypted PDF"),
    ("truncated.pdf", "damaged or truncated"),
    ("truncated.docx", "not a readable Word .docx file"),
])
def test_broken_files_give_one_line_naming_the_file(name, reason):
    with pytest.raises(LoadError) as raised:
        load_path(FIXTURES / name)
    message = str(raised.value)
    assert message.startswith(str(FIXTURES / name) + ": ")
    assert reason in message and "\n" not in message


def test_html_page_without_an_article_is_an_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>首页</title></head><body><ul><li><a href='/'>首页</a></li></ul></body></html>",
                    encoding="utf-8")
    with pytest.raises(LoadError, match="empty.html: no article text"):
        load_path(page)


# ------------------------------------------------- pages trafilatura cannot read

DEEP_PARAGRAPH = "2023年，全市新增幼儿园学位6000个，新建托育机构20家，改造老旧小区120个。"


def page_file(tmp_path: Path, body: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(f"<html><head><title>民生实事</title><script>var s = '<p>不是正文</p>';</script></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize("navigation", ["", "<ul><li><a href='/'>首页</a></li></ul>"], ids=["bare", "with-menu"])
def test_deeply_nested_paragraph_is_read_as_visible_text_with_a_warning(tmp_path, navigation):
    # 10,000 nested <div>s: deeper than a tree parser keeps, so trafilatura sees nothing (or only the menu)
    doc = load_path(page_file(tmp_path, navigation + "<div>" * 10_000 + f"<p>{DEEP_PARAGRAPH}</p>" + "</div>" * 10_000))
    assert doc.text == f"民生实事\n\n{DEEP_PARAGRAPH}\n\n"      # the menu (all link text) and the script left out
    assert doc.meta.title == "民生实事"
    assert doc.warnings == ["markup nested too deep to read as a tree; read the page's visible text instead"]
    assert doc.locate(doc.text.index("6000")) == "paragraph 2"


def test_page_without_an_article_falls_back_to_its_visible_text(tmp_path):
    # a CMS that wraps its text in class="comments": trafilatura leaves it out as a comment section
    doc = load_path(page_file(tmp_path, f"<div class='comments'>{DEEP_PARAGRAPH}</div>"))
    assert DEEP_PARAGRAPH in doc.text
    assert doc.warnings == ["no article found by trafilatura; read the page's visible text instead"]


def test_a_readable_article_has_no_warning():
    assert load(NEWS, "html").warnings == []


def test_tar_gz_cut_short_gives_the_members_before_the_cut_then_names_the_damage(tmp_path):
    import io
    import random
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for number, data in enumerate(["2023年新增幼儿园学位6000个。".encode(),
                                       random.Random(0).randbytes(200_000)]):   # incompressible: the cut lands here
            info = tarfile.TarInfo(f"{number}.txt")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    path = tmp_path / "cut.tar.gz"
    path.write_bytes(buffer.getvalue()[:100_000])
    loaded = []
    with pytest.raises(LoadError) as raised:
        for doc in iter_documents(path):
            loaded.append(doc.doc_id)
    assert loaded == ["0"]
    assert str(raised.value).startswith(f"{path}: ") and "\n" not in str(raised.value)
    assert "damaged" in str(raised.value)

"""Fuzzing the text surface with hypothesis: random strings over the alphabet of the
documents (digits in three scripts, numerals, magnitudes, units, qualifiers, punctuation,
whitespace, table tabs, page-break lines). Whatever the input, no stage raises or hangs,
and every span it returns lies inside the text and is `text[start:end]`.

No example has a wall-clock deadline: on a shared or slow machine a first call that loads a
table, or a busy neighbour, would fail a test that found nothing wrong. Speed is measured by
the linear-time tests (a ratio of two sizes, test_linear_time.py) and by `make bench`.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.numerals import parse_number
from extractors.quantities import find_quantities
from extractors.times import find_times
from pipeline import extract
from pipeline.loaders import LoadError, load_bytes
from pipeline.structure import structure

#: Pieces the documents are made of; hypothesis joins them at random.
PIECES = [
    *"0123456789", *"０１２３４５６７８９", *"零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟",
    ".", ",", "，", "。", "、", "；", "：", "%", "％", "‰", "—", "-", "~", "～", "至", "/", "(", ")", "（", "）",
    "《", "》", "“", "”", "·", "…", "*", "**", "#", "## ", "\t", "\n", "\n\n", " ", "\u3000", "\r\n",
    "个", "家", "人", "人次", "元", "万元", "亿元", "平方米", "㎡", "公里", "亩", "张", "套（间）", "户", "名", "所",
    "年", "月", "日", "年底", "今年", "去年", "明年", "第", "期", "级", "岁", "周岁", "小时", "次",
    "约", "近", "超", "余", "多", "以上", "以下", "左右", "不少于", "不超过", "每", "每人每月", "百分之", "个百分点",
    "新增", "建成", "完成", "投资", "单位：万元", "序号", "项目名称", "牵头单位", "一、", "（一）", "1.",
    "|", " | ", "   ", "投资（万元）", "完成率", "目标任务", "合计", "\t\t",
    "常有善育", "幼儿园学位", "老年助餐点", "托育机构", "— 3 —", "第3页", "\ufffd", "𠮷",
    *"OolI", "O2O", "ICP", "-l", ".l", "www.",
]

document_text = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
#: raw characters too, to reach what the pieces do not
mixed_text = st.one_of(document_text, st.text(max_size=80),
                       st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=40).map("".join))

# Load the tables and jieba's dictionary once, before the examples.
extract("2023年新增幼儿园学位6000个，每人每月1020元。")

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_spans_inside(text: str, spans) -> None:
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start:span.end] == span.text, span


@FUZZ
@given(mixed_text)
def test_parse_number_returns_a_number_or_none(text):
    value = parse_number(text)
    assert value is None or isinstance(value, float)


@FUZZ
@given(mixed_text)
def test_find_quantities_spans_are_in_the_text(text):
    assert_spans_inside(text, find_quantities(text))


@FUZZ
@given(mixed_text)
def test_find_times_spans_are_in_the_text(text):
    assert_spans_inside(text, find_times(text))


@FUZZ
@given(mixed_text)
def test_structure_blocks_and_regions_are_in_the_text(text):
    for block in structure(text):
        assert 0 <= block.start <= block.end <= len(text)
        assert text[block.start:block.end] == block.text
        assert all(block.start <= start <= end <= block.end for start, end in block.regions)


@pytest.mark.filterwarnings("ignore:extract\\(\\) reads its argument as text")   # fuzz text may end in .txt
@FUZZ
@given(mixed_text)
def test_extract_records_point_into_the_text(text):
    for record in extract(text):
        assert 0 <= record.start <= record.end <= len(text)
        assert text[record.start:record.end] == record.text


@FUZZ
@given(mixed_text, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5"]),
       st.integers(min_value=0, max_value=3))
def test_txt_loader_keeps_or_refuses_in_one_line(text, encoding, cut):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    _loads_or_one_line_error(data[:len(data) - cut] if cut < len(data) else data, "fuzz.txt")


@FUZZ
@given(mixed_text, st.sampled_from(["<p>{}</p>", "<div>{}</div>", "<table><tr><td>{}</td></tr></table>",
                                    "<ul><li><a href='/'>{}</a></li></ul>", "{}"]))
def test_html_loader_keeps_or_refuses_in_one_line(text, markup):
    page = f"<html><head><title>民生</title></head><body>{markup.format(text)}</body></html>"
    _loads_or_one_line_error(page.encode("utf-8"), "fuzz.html")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(document_text, min_size=1, max_size=6))
def test_docx_loader_keeps_or_refuses_in_one_line(paragraphs):
    import io

    import docx

    word = docx.Document()
    for paragraph in paragraphs:
        word.add_paragraph(_xml_safe(paragraph))
    table = word.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = _xml_safe(paragraphs[0]), "100"
    buffer = io.BytesIO()
    word.save(buffer)
    _loads_or_one_line_error(buffer.getvalue(), "fuzz.docx")


#: What the PDF's standard font (Helvetica, no CJK glyphs) can carry: digits, Latin, punctuation.
ascii_line = st.text(alphabet=st.sampled_from(list("0123456789.,%-/:;() abcdefgxyz万元个")), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ascii_line, min_size=1, max_size=8))
def test_pdf_loader_keeps_or_refuses_in_one_line(lines):
    _loads_or_one_line_error(_text_pdf(lines), "fuzz.pdf")


def _text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a text layer: each line a Helvetica text object (pypdfium2)."""
    import ctypes
    import io

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    for number, line in enumerate(lines):
        text = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", 12.0)
        utf16 = (line + "\x00").encode("utf-16-le")
        raw.FPDFText_SetText(text, ctypes.cast(ctypes.c_char_p(utf16), ctypes.POINTER(raw.FPDF_WCHAR)))
        raw.FPDFPageObj_Transform(text, 1, 0, 0, 1, 50, 800 - 20 * number)
        raw.FPDFPage_InsertObject(page.raw, text)
    raw.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def _xml_safe(text: str) -> str:
    """python-docx refuses control characters XML cannot hold; a Word file never has them."""
    return "".join(c for c in text if c in "\t\n" or (c >= " " and c not in "\ufffe\uffff"))


def _loads_or_one_line_error(data: bytes, name: str) -> None:
    try:
        doc = load_bytes(data, name)
    except LoadError as exc:
        assert str(exc).startswith(f"{name}: ") and "\n" not in str(exc)
        return
    for record in extract(doc):
        assert doc.text[record.start:record.end] == record.text

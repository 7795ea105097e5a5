"""HTML news pages: the article body with trafilatura, title and date from the page.

trafilatura finds the article and leaves navigation, breadcrumbs, share links and
footers behind; its XML keeps headings, paragraphs and line breaks, written here in
the dump conventions. Its tables lose their row and column spans, so each table it
kept is read again from the page itself, where the spans are. The page's title is
the first line; the date comes from the `发布日期` line, else from the meta tags
(trafilatura's reading of them).
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

from ..document import Document
from . import LoadError, doc_id_for, register
from .render import Cell, Row, TextBuilder
from .txt import Decoded, decode

#: A charset declared in the first bytes of the page (<meta charset> or http-equiv).
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096
#: Declared charsets decoded with a superset, as browsers do: GB2312 and GBK pages
#: routinely contain characters outside what they declare.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-1": "cp1252"}
#: The date line of a Chinese government page, and how its date is written.
_DATE_LINE = re.compile(r"(?:发布日期|发布时间|发文日期|日期)\s*[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
_HEADING_LEVEL = re.compile(r"h([1-6])")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class _Markup:
    """Tag names of one kind of tree: trafilatura's XML or the page's HTML."""
    row: str
    cells: tuple[str, ...]
    line_break: str
    line_starts: tuple[str, ...]   # elements that begin a new line inside a block


_EXTRACTED = _Markup("row", ("cell",), "lb", ("item", "p", "head"))
_PAGE = _Markup("tr", ("td", "th"), "br", ("p", "div", "li"))


@register(".html", ".htm")
def read_html(data: bytes, name: str) -> Document:
    decoded = _decode(data, name)
    page = decoded.text
    tree = _tree(page)
    visible = _visible_lines(page)
    extracted = None
    if visible.characters > _characters(tree):   # a tree cannot hold this markup (nested too deep)
        decoded.warnings.append("markup nested too deep to read as a tree; read the page's visible text instead")
    else:
        extracted = trafilatura.bare_extraction(
            page, with_metadata=True, include_tables=True, include_formatting=True,
            include_comments=False, include_images=False, favor_recall=True)
    title = ((extracted.title if extracted is not None else None) or "").strip() or None
    builder = TextBuilder()
    if extracted is None or extracted.body is None or not _write_body(extracted.body, title, _page_tables(tree),
                                                                       builder):
        if not decoded.warnings:
            decoded.warnings.append("no article found by trafilatura; read the page's visible text instead")
        builder, title = _visible_text(visible, name)
    doc = Document(doc_id=doc_id_for(name), text=builder.text, encoding=decoded.encoding,
                   source_map=builder.source_map, warnings=decoded.warnings)
    doc.meta.title = title
    doc.meta.published = _published(page) or (extracted.date if extracted is not None else None)
    return doc


def _decode(data: bytes, name: str) -> Decoded:
    declared = _DECLARED.search(data[:_SNIFF_BYTES])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        label = declared.group(1).decode("ascii").lower()
        encoding = _SUPERSETS.get(label, label)
        try:
            return Decoded(data.decode(encoding), codecs.lookup(encoding).name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: go by what the bytes say
    return decode(data, name)


def _published(page: str) -> str | None:
    match = _DATE_LINE.search(re.sub(r"<[^>]+>|&nbsp;", " ", page))
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def _tree(page: str) -> etree._Element | None:
    try:
        return lxml.html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return None


def _characters(tree: etree._Element | None) -> int:
    """Characters of text in the tree, whitespace aside."""
    return 0 if tree is None else len(_WHITESPACE.sub("", tree.text_content()))


def _page_tables(tree: etree._Element | None) -> list[etree._Element]:
    return [] if tree is None else list(tree.iter("table"))


# ------------------------------------------------------------------- body


def _write_body(body: etree._Element, title: str | None, page_tables: list[etree._Element],
                builder: TextBuilder) -> int:
    """Write the title and the body's blocks; return how many blocks the body had."""
    if title:
        builder.paragraph(title, "paragraph 1")
    paragraphs, tables = int(bool(title)), 0
    for element in _blocks(body):
        if element.tag == "table":
            tables += 1
            builder.table(_table_rows(element, page_tables, tables))
            continue
        text = _text(element, _EXTRACTED)
        if not text or text == title or _DATE_LINE.search(text):
            continue  # the title is already the first line; the date line is page metadata
        paragraphs += 1
        locator = f"paragraph {paragraphs}"
        if element.tag == "head":
            level = _HEADING_LEVEL.fullmatch(element.get("rend", ""))
            builder.heading(int(level.group(1)) if level else 2, text, locator)
        else:
            builder.paragraph(text, locator)
    return paragraphs - int(bool(title)) + tables


def _blocks(body: etree._Element) -> Iterator[etree._Element]:
    """Top-level blocks in order; what is inside a table, list or quote goes with it."""
    for element in body.iter("head", "p", "list", "table", "quote"):
        if not any(parent.tag in ("table", "list", "quote") for parent in element.iterancestors()):
            yield element


def _text(element: etree._Element, markup: _Markup) -> str:
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        parts.append(node.text or "")
        for child in node:
            if not isinstance(child.tag, str):  # comments, processing instructions
                parts.append(child.tail or "")
                continue
            if child.tag == markup.line_break or (child.tag in markup.line_starts and "".join(parts).strip()):
                parts.append("\n")
            walk(child)
            parts.append(child.tail or "")

    walk(element)
    return "".join(parts).strip()


# ------------------------------------------------------------ visible text

#: Elements whose text a browser does not show as the page's content.
_HIDDEN = frozenset({"head", "script", "style", "noscript", "template", "select", "button"})
#: Elements that begin and end a line of visible text.
_LINE_ELEMENTS = frozenset({"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "br", "tr", "td", "th", "table",
                            "section", "article", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
                            "header", "footer", "nav", "aside", "main", "form", "hr"})


class _VisibleLines:
    """lxml parser target: the page's visible text, line by line, read from the parser's
    events rather than a tree, so that markup nested deeper than a tree may be (10,000
    `<div>`s) still gives its text. A line that is all link text is navigation, dropped."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.title: list[str] = []
        self._parts: list[str] = []
        self._unlinked = False        # the current line has text outside links
        self._open = {"hidden": 0, "a": 0, "title": 0}
        self.characters = 0           # of all text, hidden or not, whitespace aside

    def start(self, tag: str, attrib) -> None:
        self._count(tag, +1)
        if tag in _LINE_ELEMENTS:
            self._end_line()

    def end(self, tag: str) -> None:
        self._count(tag, -1)
        if tag in _LINE_ELEMENTS:
            self._end_line()

    def data(self, data: str) -> None:
        self.characters += len(_WHITESPACE.sub("", data))
        if self._open["title"]:
            self.title.append(data)
        elif not self._open["hidden"]:
            self._parts.append(data)
            self._unlinked = self._unlinked or (not self._open["a"] and bool(data.strip()))

    def close(self) -> "_VisibleLines":
        self._end_line()
        return self

    def _count(self, tag: str, step: int) -> None:
        key = "hidden" if tag in _HIDDEN else tag
        if key in self._open:
            self._open[key] = max(0, self._open[key] + step)

    def _end_line(self) -> None:
        line = _WHITESPACE.sub(" ", "".join(self._parts)).strip()
        if line and self._unlinked:
            self.lines.append(line)
        self._parts, self._unlinked = [], False


def _visible_lines(page: str) -> _VisibleLines:
    try:
        return etree.fromstring(page, etree.HTMLParser(target=_VisibleLines(), huge_tree=True))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return _VisibleLines()


def _visible_text(found: _VisibleLines, name: str) -> tuple[TextBuilder, str | None]:
    """The page's visible text as paragraphs, its title first; LoadError when there is none."""
    title = _WHITESPACE.sub(" ", "".join(found.title)).strip() or None
    lines = [line for line in found.lines if line != title and not _DATE_LINE.search(line)]
    if not lines:
        raise LoadError(name, "no article text found in the HTML page")
    builder = TextBuilder()
    if title:
        builder.paragraph(title, "paragraph 1")
    for number, line in enumerate(lines, start=1 + bool(title)):
        builder.paragraph(line, f"paragraph {number}")
    return builder, title


# ------------------------------------------------------------------ tables


def _table_rows(extracted: etree._Element, page_tables: list[etree._Element], number: int) -> list[Row]:
    """The table as the page has it (with its spans), found by its text; else as
    trafilatura kept it."""
    key = _WHITESPACE.sub("", "".join(extracted.itertext()))
    for position, original in enumerate(page_tables):
        if _WHITESPACE.sub("", original.text_content()) == key:
            del page_tables[: position + 1]
            return _rows(original, _PAGE, number)
    return _rows(extracted, _EXTRACTED, number)


def _rows(table: etree._Element, markup: _Markup, number: int) -> list[Row]:
    """Rows on the table's grid: a cell spanning rows leaves an empty cell in the
    rows below (a vertical merge, as the dumps show it); a cell spanning columns
    is one cell."""
    rows: list[Row] = []
    covered: dict[int, int] = {}   # grid column → rows below still covered by a rowspan
    for row_number, row in enumerate(table.iter(markup.row), start=1):
        cells: list[Cell] = []
        column = 0
        for cell in (child for child in row if child.tag in markup.cells):
            column = _fill_covered(column, covered, cells, f"table {number} row {row_number}")
            cells.append(Cell(_text(cell, markup).split("\n"), f"table {number} row {row_number} cell {column + 1}"))
            width, height = _span(cell, "colspan"), _span(cell, "rowspan")
            for spanned in range(column, column + width):
                if height > 1:
                    covered[spanned] = height - 1
            column += width
        _fill_covered(column, covered, cells, f"table {number} row {row_number}", to_end=True)
        rows.append(Row(cells))
    return rows


def _fill_covered(column: int, covered: dict[int, int], cells: list[Cell], where: str,
                  to_end: bool = False) -> int:
    """An empty cell for each grid column from `column` on that a rowspan covers;
    the next free column."""
    while column in covered or (to_end and any(c > column for c in covered)):
        if column in covered:
            cells.append(Cell([], f"{where} cell {column + 1}"))
            covered[column] -= 1
            if not covered[column]:
                del covered[column]
        column += 1
    return column


def _span(cell: etree._Element, attribute: str) -> int:
    try:
        return max(1, int(cell.get(attribute, "1")))
    except ValueError:
        return 1

"""PDF with pdfplumber: text in reading order, tables as tables, page furniture dropped.

Each page gives text lines (outside tables) and table parts (pdfplumber's table
finder). Running headers, footers and page numbers are dropped; lines are joined
into paragraphs (Chinese lines close up without a space); a paragraph in a clearly
larger font is a heading (the largest, on page 1, is the title); a table that runs
onto the next page is one table, its repeated header row dropped. The result is
written in the dump conventions by `render.TextBuilder`.
"""
from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.text import chars_to_textmap

from ..document import Document
from . import LoadError, doc_id_for, register
from .render import Cell, Row, TextBuilder, join_wrapped

#: Page furniture: the text of a line that is only a page number.
PAGE_NUMBER_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"[-—–\s]*\d{1,4}[-—–\s]*",                             # 3, - 3 -, — 3 —
    r"第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?",    # 第3页 共10页
    r"\d{1,4}\s*/\s*\d{1,4}",                                # 3/10
    r"page\s*\d{1,4}(\s*of\s*\d{1,4})?",                     # Page 3 of 10
))
#: Headers and footers sit in this top and bottom share of the page.
MARGIN_BAND = 0.1
#: A paragraph is a heading at this multiple of the body font size, the title at the second.
HEADING_RATIO, TITLE_RATIO = 1.15, 1.6
#: Characters closer than this share of their size belong to one word (CJK/Latin
#: autospacing is not a space; a real space is a character of its own).
X_TOLERANCE_RATIO = 0.5
#: What a line break never separates: a Latin word or number; a character with the
#: opening punctuation before it and the closing punctuation after it (kinsoku); and
#: the characters on both sides of a quotation mark (Unicode line breaking, LB19).
_CLOSING = "，。、；：？！”’）》」』〕】…—·%‰)\\]"
LATIN_PIECE = re.compile(rf"[A-Za-z0-9.%‰+\-/]+[{_CLOSING}]*")
CJK_PIECE = re.compile(rf"[“‘（《「『〔【(\[]*.[{_CLOSING}]*(?:[“‘].)?")
#: The space (in ems) a typesetter adds between Chinese and Latin text.
LATIN_AUTOSPACE = 0.25
#: A gap this many font sizes above the usual line gap starts a new paragraph.
PARAGRAPH_GAP = 0.4
#: Column edges of two table parts that are the same table differ by less than this (pt).
COLUMN_TOLERANCE = 2.0
#: Headings are numbered from this level: level 1 is the document's title.
FIRST_HEADING_LEVEL = 2

Box = tuple[float, float, float, float]


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    lead: float = 0.0   # width of the first unbreakable piece: would it have fit on the line before?


@dataclass(slots=True)
class _TablePart:
    page: int
    top: float
    columns: list[float]
    rows: list[list[Cell | None]]   # None: covered by a cell to its left (a horizontal span)


@dataclass(slots=True)
class _Page:
    number: int
    height: float
    lines: list[_Line]
    tables: list[_TablePart]
    images: int = 0   # a page of images and no text is a scan


@dataclass
class _Paragraph:
    lines: list[_Line]

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def text(self) -> str:
        return join_wrapped(line.text for line in self.lines)


@dataclass
class _Table:
    parts: list[_TablePart] = field(default_factory=list)


Block = _Paragraph | _Table


@dataclass(slots=True)
class _Geometry:
    """The text column of the document, learned from its body lines."""
    body_size: float
    left: float
    right: float
    line_gap: float


@register(".pdf")
def read_pdf(data: bytes, name: str) -> Document:
    pages = _read_pages(data, name)
    _drop_page_furniture(pages)
    lines = [line for page in pages for line in page.lines]
    if not lines and not any(page.tables for page in pages):
        raise LoadError(name, _no_text(pages))
    geometry = _geometry(lines)
    builder = TextBuilder()
    title = _write(_blocks(pages, geometry), geometry, builder)
    doc = Document(doc_id=doc_id_for(name), text=builder.text, encoding="pdf", source_map=builder.source_map)
    doc.meta.title = title
    return doc


def _no_text(pages: list[_Page]) -> str:
    scanned = sum(1 for page in pages if page.images)
    if scanned:
        return (f"no text layer: {scanned} of {len(pages)} page(s) are images (a scan); "
                "it needs OCR (e.g. ocrmypdf) before its text can be read")
    return "no text in the PDF (no text layer; if it is a scan, it needs OCR)"


# ------------------------------------------------------------------ reading


def _read_pages(data: bytes, name: str) -> list[_Page]:
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [_read_page(page.dedupe_chars(), number) for number, page in enumerate(pdf.pages, start=1)]
    except PdfminerException as exc:
        raise LoadError(name, _pdf_problem(exc)) from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # pdfminer on a damaged file
        raise LoadError(name, f"damaged PDF ({type(exc).__name__}: {exc})") from exc


def _pdf_problem(exc: PdfminerException) -> str:
    cause = exc.args[0] if exc.args else exc
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return "encrypted PDF: it needs a password to open"
    detail = str(cause).strip()
    return f"not a readable PDF, damaged or truncated ({type(cause).__name__}{': ' + detail if detail else ''})"


def _read_page(page, number: int) -> _Page:
    found = page.find_tables()
    boxes = [table.bbox for table in found]
    outside = [c for c in page.chars if not any(_inside(c, box) for box in boxes)]
    return _Page(number, float(page.height), _text_lines(outside, number),
                 [_table_part(table, page.chars, number) for table in found], len(page.images))


def _inside(char: dict, box: Box) -> bool:
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def _text_lines(chars: list[dict], page: int) -> list[_Line]:
    if not chars:
        return []
    textmap = chars_to_textmap(chars, x_tolerance_ratio=X_TOLERANCE_RATIO, keep_blank_chars=True)
    lines = []
    for found in textmap.extract_text_lines(strip=True, return_chars=True):
        visible = [c for c in found["chars"] if c["text"].strip()]
        if visible:
            size = Counter(round(c["size"], 1) for c in visible).most_common(1)[0][0]
            lines.append(_Line(found["text"].strip(), found["x0"], found["x1"], found["top"], found["bottom"],
                               size, page, _lead_width(visible)))
    return lines


def _lead_width(visible: list[dict]) -> float:
    text = "".join(c["text"] for c in visible)
    piece = LATIN_PIECE.match(text) or CJK_PIECE.match(text)
    return visible[piece.end() - 1]["x1"] - visible[0]["x0"] if piece else 0.0


def _table_part(table, chars: list[dict], page: int) -> _TablePart:
    rows = table.rows
    columns = sorted({box[0] for row in rows for box in row.cells if box is not None})
    parsed = []
    for row in rows:
        cells = [None if box is None else _cell(box, chars, page) for box in row.cells]
        parsed.append(_mark_vertical_merges(cells, row.cells, columns))
    return _TablePart(page, table.bbox[1], columns, parsed)


def _cell(box: Box, chars: list[dict], page: int) -> Cell:
    lines = _text_lines([c for c in chars if _inside(c, box)], page)
    return Cell(_cell_paragraphs(lines, box))


def _mark_vertical_merges(cells: list[Cell | None], boxes: list, columns: list[float]) -> list[Cell | None]:
    """A grid position with no cell of its own is covered either by a cell to its
    left (a horizontal span: nothing to write) or by a cell above (a vertical
    merge: written as an empty cell, as the dumps do)."""
    marked = []
    for position, (cell, x) in enumerate(zip(cells, columns)):
        spanned = any(box is not None and box[0] < x < box[2] for box in boxes[:position])
        marked.append(cell if cell is not None or spanned else Cell([]))
    return marked


def _cell_paragraphs(lines: list[_Line], box: Box) -> list[str]:
    if not lines:
        return []
    padding = max(0.0, min(line.x0 for line in lines) - box[0])
    right = box[2] - padding
    paragraphs = [[lines[0]]]
    for before, line in zip(lines, lines[1:]):
        if _wrapped(before, line, right):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [join_wrapped(line.text for line in paragraph) for paragraph in paragraphs]


def _wrapped(before: _Line, line: _Line, right: float) -> bool:
    """The text wrapped from `before` onto `line` rather than ending there: the
    first piece of `line` would not have fit in the room left after `before`."""
    autospace = LATIN_AUTOSPACE * line.size if _is_latin(before.text[-1]) != _is_latin(line.text[0]) else 0.0
    return line.lead + autospace > right - before.x1


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


# --------------------------------------------------------------- furniture


def _drop_page_furniture(pages: list[_Page]) -> None:
    """Drop page numbers and running headers/footers: lines in the top or bottom
    band of a page that are a page number or recur on another page."""
    recurring = Counter(_furniture_key(line) for page in pages for line in page.lines if _in_margin(line, page))
    for page in pages:
        page.lines = [line for line in page.lines if not (_in_margin(line, page) and (
            _is_page_number(line.text) or recurring[_furniture_key(line)] >= 2))]


def _in_margin(line: _Line, page: _Page) -> bool:
    return line.bottom < page.height * MARGIN_BAND or line.top > page.height * (1 - MARGIN_BAND)


def _furniture_key(line: _Line) -> str:
    return re.sub(r"\d+", "#", line.text)


def _is_page_number(text: str) -> bool:
    return any(pattern.fullmatch(text.strip()) for pattern in PAGE_NUMBER_PATTERNS)


# ------------------------------------------------------------------ blocks


def _geometry(lines: list[_Line]) -> _Geometry:
    body_size = _body_size(lines)
    body = [line for line in lines if line.size == body_size]
    if not body:
        return _Geometry(body_size, 0.0, 0.0, body_size / 2)
    gaps = [b.top - a.bottom for a, b in zip(body, body[1:]) if a.page == b.page and b.top > a.bottom]
    left = Counter(round(line.x0) for line in body).most_common(1)[0][0]
    return _Geometry(body_size, left, max(line.x1 for line in body),
                     statistics.median(gaps) if gaps else body_size / 2)


def _body_size(lines: list[_Line]) -> float:
    """The size most of the text is in, not counting the largest size: on a page
    that is mostly a table, the title can outweigh the few lines of body text."""
    largest = max((line.size for line in lines), default=10.0)
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.size < largest:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else largest


def _blocks(pages: list[_Page], geometry: _Geometry) -> list[Block]:
    blocks: list[Block] = []
    for page in pages:
        items = sorted([*page.lines, *page.tables], key=lambda item: item.top)
        for position, item in enumerate(items):
            previous = blocks[-1] if blocks else None
            if isinstance(item, _TablePart):
                if isinstance(previous, _Table) and position == 0 and _same_columns(previous.parts[-1], item):
                    previous.parts.append(_without_repeated_header(item, previous.parts[0]))
                else:
                    blocks.append(_Table([item]))
            elif isinstance(previous, _Paragraph) and _continues(previous.lines[-1], item, geometry, position):
                previous.lines.append(item)
            else:
                blocks.append(_Paragraph([item]))
    return blocks


def _same_columns(a: _TablePart, b: _TablePart) -> bool:
    return len(a.columns) == len(b.columns) and all(
        abs(x - y) < COLUMN_TOLERANCE for x, y in zip(a.columns, b.columns))


def _without_repeated_header(part: _TablePart, first: _TablePart) -> _TablePart:
    if part.rows and first.rows and _row_texts(part.rows[0]) == _row_texts(first.rows[0]):
        part.rows = part.rows[1:]
    return part


def _row_texts(row: list[Cell | None]) -> list[str | None]:
    return [None if cell is None else "\n".join(cell.lines) for cell in row]


def _continues(before: _Line, line: _Line, geometry: _Geometry, position: int) -> bool:
    """Does `line` go on with the paragraph that `before` ends?"""
    if abs(before.size - line.size) > 0.5 or not _wrapped(before, line, geometry.right):
        return False
    if line.x0 > geometry.left + line.size:  # a first-line indent starts a paragraph
        return False
    if line.page != before.page:
        return position == 0
    return line.top - before.bottom <= geometry.line_gap + PARAGRAPH_GAP * line.size


# ------------------------------------------------------------------- write


def _write(blocks: list[Block], geometry: _Geometry, builder: TextBuilder) -> str | None:
    """Write the blocks; return the title if there is one."""
    title = _title(blocks, geometry)
    levels = _heading_levels(blocks, geometry, title)
    table_number = 0
    for block in blocks:
        if isinstance(block, _Table):
            table_number += 1
            builder.table(_rows(block, table_number))
        elif block is not title and block.size in levels:
            builder.heading(levels[block.size], block.text, f"page {block.page}")
        else:
            builder.paragraph(block.text, f"page {block.page}")
    return title.text if title else None


def _title(blocks: list[Block], geometry: _Geometry) -> _Paragraph | None:
    """The first paragraph in the document's largest font, if it is on page 1 and
    that font is well above the body size."""
    paragraphs = [b for b in blocks if isinstance(b, _Paragraph)]
    if not paragraphs:
        return None
    largest = max(p.size for p in paragraphs)
    first = next(p for p in paragraphs if p.size == largest)
    return first if first.page == 1 and largest >= TITLE_RATIO * geometry.body_size else None


def _heading_levels(blocks: list[Block], geometry: _Geometry, title: _Paragraph | None) -> dict[float, int]:
    sizes = sorted({b.size for b in blocks if isinstance(b, _Paragraph) and b is not title
                    and b.size >= HEADING_RATIO * geometry.body_size}, reverse=True)
    return {size: FIRST_HEADING_LEVEL + rank for rank, size in enumerate(sizes)}


def _rows(table: _Table, number: int) -> list[Row]:
    rows: list[Row] = []
    for part in table.parts:
        for cells in part.rows:
            row_number = len(rows) + 1
            kept = []
            for column, cell in enumerate(cells, start=1):
                if cell is not None:
                    cell.locator = f"page {part.page} table {number} row {row_number} cell {column}"
                    kept.append(cell)
            rows.append(Row(kept))
    return rows

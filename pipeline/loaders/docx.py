"""Word .docx with python-docx: paragraphs, headings by style, tables as rows.

The body is read in document order. The Title paragraph is a plain line (and the
document's title); `Heading N` becomes `#`×N; a table becomes tab-cell rows in
the dump convention, a vertically merged cell written in its first row only.
Page headers and footers are not part of the body and are left out.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from docx import Document as open_docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ..document import Document
from . import LoadError, doc_id_for, register
from .render import Cell, Row, TextBuilder

_HEADING_STYLE = re.compile(r"heading\s*(\d)", re.IGNORECASE)
_TITLE_STYLE = "title"
#: A `w:vMerge` without val (or val="continue") marks a cell covered by the one above.
_VMERGE_CONTINUE = "continue"


@dataclass(slots=True)
class _Counters:
    paragraph: int = 0
    table: int = 0


@register(".docx")
def read_docx(data: bytes, name: str) -> Document:
    word = _open(data, name)
    builder = TextBuilder()
    counters = _Counters()
    title: str | None = None
    for block in word.iter_inner_content():
        if isinstance(block, Paragraph):
            counters.paragraph += 1
            is_title = _add_paragraph(builder, block, f"paragraph {counters.paragraph}")
            if is_title and title is None:
                title = block.text.strip() or None
        else:
            counters.table += 1
            builder.table(_rows(block, counters.table))
    doc = Document(doc_id=doc_id_for(name), text=builder.text, encoding="docx",
                   source_map=builder.source_map)
    doc.meta.title = title or (word.core_properties.title or "").strip() or None
    return doc


#: The first bytes of an OLE2 compound file: an old Word .doc, or a .docx Word has encrypted.
_OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _open(data: bytes, name: str):
    if data.startswith(_OLE2_SIGNATURE):
        raise LoadError(name, "an old-format Word .doc (or a password-protected .docx), not a .docx: "
                              "open it in Word or LibreOffice and save it as .docx")
    try:
        return open_docx(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        hint = " (damaged, encrypted, or an old-format .doc?)" if not zipfile.is_zipfile(io.BytesIO(data)) else ""
        raise LoadError(name, f"not a readable Word .docx file{hint}: {exc}") from exc


def _add_paragraph(builder: TextBuilder, paragraph: Paragraph, locator: str) -> bool:
    """Write one body paragraph; True when it is the document's Title."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    level = _heading_level(style)
    if level is not None:
        builder.heading(level, paragraph.text, locator)
        return False
    builder.paragraph(paragraph.text, locator)
    return style.strip().lower() == _TITLE_STYLE


def _heading_level(style: str) -> int | None:
    match = _HEADING_STYLE.fullmatch(style.strip())
    return int(match.group(1)) if match else None


def _rows(table: Table, number: int) -> list[Row]:
    rows = []
    for row_number, tr in enumerate(table._tbl.tr_lst, start=1):
        cells, column = [], 0
        for tc in tr.tc_lst:
            column += 1
            locator = f"table {number} row {row_number} cell {column}"
            if tc.vMerge == _VMERGE_CONTINUE:
                cells.append(Cell([], locator))
            else:
                cells.append(Cell(_cell_lines(_Cell(tc, table)), locator))
            column += tc.grid_span - 1
        rows.append(Row(cells))
    return rows


def _cell_lines(cell: _Cell) -> list[str]:
    return [line for paragraph in cell.paragraphs for line in paragraph.text.split("\n")]

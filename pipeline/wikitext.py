"""MediaWiki source (a local wiki's or an encyclopedia's page as wikitext) read as what the
page shows, mapped back to the original piece by piece (pipeline/columns.py):

- a table (`{| class="wikitable"` … `|}`) becomes a TAB table: its caption (`|+ …`) a
  line of its own above it, each row (`|-`) one line, its cells (`! a !! b` header cells,
  `| a || b` data cells, or one cell a line) split at their marks, so that the table
  reader (pipeline/tables.py) gives each figure its column's unit (`新增学位（个）`) and
  its row's year, as in any table. A cell's attributes (`style="…" | 42`) and its
  citations (`<ref>…</ref>`, `<ref name="x" />`) are no part of it;
- a template's parameters (`{{Infobox … | 面积 = 1162平方公里 | …}}`) become one line
  each, `key：value。`, so that each figure stands in its own sentence beside the word
  that says what it measures, not in one run-on line with its neighbours'.

The marks are read here by lines, not by a wiki parser: a parser gives the rendered text
without offsets into the source.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.tables import read_table

from .spans import Piece, Region, Span, text_lines, trimmed
from .sqldump import tab_row


@dataclass(frozen=True, slots=True)
class _Spec:
    table_open: regex.Pattern
    table_close: regex.Pattern
    cell_attributes: regex.Pattern
    citation: regex.Pattern
    template_open: regex.Pattern
    parameter: regex.Pattern
    template_close: regex.Pattern


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    spec = read_table("wikitext.toml")
    return _Spec(*(regex.compile(spec[name]) for name in
                   ("table_open", "table_close", "cell_attributes", "citation", "template_open", "parameter",
                    "template_close")))


#: a table or a template needs this many rows (parameters) with figures to be read so
_MIN_ROWS = 2


def _cell(text: str, start: int, end: int) -> list[Piece]:
    """A cell's content: without its attributes and citations, trimmed; `/` where empty."""
    spec = _spec()
    if found := spec.cell_attributes.match(text, start, end):
        start = found.end()
    if found := spec.citation.search(text, start, end):
        end = found.start()
    start, end = trimmed(text, start, end)
    return [(start, end)] if end > start else ["/"]


def _split_cells(text: str, start: int, end: int, mark: str) -> list[list[Piece]]:
    """The cells of a row line written on one line (`a || b`, `a !! b`)."""
    cells, begin = [], start
    while (found := text.find(mark, begin, end)) >= 0:
        cells.append(_cell(text, begin, found))
        begin = found + len(mark)
    cells.append(_cell(text, begin, end))
    return cells


def _table(text: str, lines: list, first: int) -> tuple[Region, int] | None:
    """The table opening at line `first`: its region and the index of its closing line."""
    close = _spec().table_close
    caption: list[Piece] = []
    rows: list[list[list[Piece]]] = []
    row: list[list[Piece]] = []
    for k in range(first + 1, len(lines)):
        line = lines[k]
        body = line.text.lstrip()
        at = line.start + len(line.text) - len(body)
        end = line.start + len(line.text)
        if close.match(body):
            if row:
                rows.append(row)
            if len(rows) < _MIN_ROWS + 1:        # a header and the rows
                return None
            pieces: list[Piece] = ["\n"] + caption + [piece for cells in rows for piece in tab_row(cells)]
            return (lines[first].start, end, pieces), k
        if body.startswith("|+"):
            caption = ["\n", *_cell(text, at + 2, end), "\n\n"]
        elif body.startswith("|-"):
            if row:
                rows.append(row)
            row = []
        elif body.startswith("!"):
            row += _split_cells(text, at + 1, end, "!!")
        elif body.startswith("|"):
            row += _split_cells(text, at + 1, end, "||")
        elif row and body:
            return None                  # a cell's text running on to the next line: read as it stands
    return None


def _table_regions(text: str) -> list[Region]:
    lines = text_lines(text)
    opening = _spec().table_open
    regions: list[Region] = []
    k = 0
    while k < len(lines):
        if opening.match(lines[k].text) and (found := _table(text, lines, k)):
            regions.append(found[0])
            k = found[1] + 1
            continue
        k += 1
    return regions


def _template_regions(text: str) -> list[Region]:
    """Each template whose parameters stand one a line (`| 面积 = 1162平方公里`) with figures
    in several of them, read as `key：value。` lines."""
    spec = _spec()
    lines = text_lines(text)
    regions: list[Region] = []
    k = 0
    while k < len(lines):
        if not spec.template_open.match(lines[k].text):
            k += 1
            continue
        pieces: list[Piece] = ["\n"]
        j, figures = k + 1, 0
        while j < len(lines) and (found := spec.parameter.match(lines[j].text)):
            start = lines[j].start
            key: Span = (start + found.start("key"), start + found.end("key"))
            value = _cell(text, start + found.start("value"), start + found.end("value"))
            figures += any(ch.isdigit() for ch in found.group("value"))
            pieces += [key, "：", *value, "。\n"]
            j += 1
        if j < len(lines) and spec.template_close.match(lines[j].text):
            j += 1                       # the closing `}}` line is no part of what the page shows
        if figures >= _MIN_ROWS:
            regions.append((lines[k].start, lines[j - 1].start + len(lines[j - 1].text), pieces))
        k = max(j, k + 1)
    return regions


def wikitext_regions(text: str) -> list[Region]:
    """Each wiki table and each template of parameters a line, and the pieces it reads as
    (pipeline/columns.py's regions). A text with neither mark pays one search."""
    if "{|" not in text and "{{" not in text:
        return []
    return sorted(_table_regions(text) + _template_regions(text))

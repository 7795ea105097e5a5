"""Render the blocks of a structured document into the corpus text-dump conventions.

The rest of the pipeline parses text in the shape of the corpus dumps, so every
structured format (PDF, Word, HTML) is written out the same way:

- a paragraph on its own line, followed by a blank line;
- a heading as `#`×level, a space and the text, followed by a blank line;
- a table row as one line per cell, each starting with a TAB; a cell of several
  lines continues on the next lines without a tab; the row ends with a blank line.

`TextBuilder` appends blocks and records, for each one, a `SourceSpan` giving
where its characters came from (page, paragraph, table cell).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..document import SourceSpan

BLOCK_END = "\n\n"
CELL_START = "\t"
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(slots=True)
class Cell:
    """One table cell: its lines (paragraphs inside the cell) and where it came from.

    A vertically merged cell below its first row is a `Cell` with no lines: it is
    written as an empty tab line, as the dumps show it.
    """
    lines: list[str] = field(default_factory=list)
    locator: str = ""


@dataclass(slots=True)
class Row:
    cells: list[Cell]


class TextBuilder:
    """Accumulates the text of a document block by block, with its source map."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.source_map: list[SourceSpan] = []

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def paragraph(self, text: str, locator: str) -> None:
        text = _one_block(text)
        if text:
            self._mapped(text, locator)
            self._write(BLOCK_END)

    def heading(self, level: int, text: str, locator: str) -> None:
        text = _one_line(text)
        if text:
            self._write("#" * level + " ")
            self._mapped(text, locator)
            self._write(BLOCK_END)

    def row(self, row: Row) -> None:
        for cell in row.cells:
            self._write(CELL_START)
            lines = [_one_line(line) for line in cell.lines]
            # An empty line inside a cell would read as the end of the row.
            text = "\n".join(line for line in lines if line)
            if text:
                self._mapped(text, cell.locator)
            self._write("\n")
        self._write("\n")

    def table(self, rows: list[Row]) -> None:
        for row in rows:
            self.row(row)

    def _mapped(self, text: str, locator: str) -> None:
        self.source_map.append(SourceSpan(self._length, self._length + len(text), locator))
        self._write(text)

    def _write(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)


def join_wrapped(lines: Iterable[str]) -> str:
    """Join the lines of one wrapped paragraph: Chinese lines close up without a
    space; only a Latin word broken at the line end gets one."""
    joined = ""
    for line in (line.strip() for line in lines):
        if joined and line and _LATIN.match(joined[-1]) and _LATIN.match(line[0]):
            joined += " "
        joined += line
    return joined


def _one_line(text: str) -> str:
    return join_wrapped(text.split("\n"))


def _one_block(text: str) -> str:
    """A paragraph keeps its line breaks but never a blank line or a leading tab,
    which would split it or turn it into a table cell."""
    lines = (line.replace("\t", " ").rstrip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line.strip()).strip()

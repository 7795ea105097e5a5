"""Tables whose columns are named by codes that a legend above them glosses (a GIS layer's
attribute table exported as TSV, a database export): `字段说明：MBZ 年度目标值；WCZ 实际完成值；
DW 计量单位；TZ 完成投资（万元）` over `FID	XMMC	LB	MBZ	WCZ	DW	WCL	TZ`. Read as they stand, the
header names nothing the table reader knows, and no figure is read.

The view (pipeline/columns.py's regions) reads the header row with each coded cell as the
legend's name for it, the span of the legend line that says it (`MBZ` → `年度目标值`); a code
the legend leaves out that a data file's columns name (extractors/data/codebook.toml:
`xmmc` → 项目名称) reads as that role's word, a row number the export adds (`FID`) as `序号`;
any other cell as it stands. The rows are read as
they stand, under that header."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.tables import read_table

from .codebook import column_words
from .spans import Line, Piece, Region, Span, text_lines
from .sqldump import tab_row


@dataclass(frozen=True, slots=True)
class _Spec:
    line: regex.Pattern
    entry: regex.Pattern
    min_entries: int
    min_cells: int
    min_named: int
    reach: int
    numbers: dict[str, str]          # a row-number column's code, casefolded → the word it reads as


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    table = read_table("legend.toml")
    return _Spec(regex.compile(table["line"], regex.MULTILINE), regex.compile(table["entry"]), int(table["min_entries"]),
                 int(table["min_cells"]), int(table["min_named"]), int(table["reach"]),
                 {code: table["number_word"] for code in table["numbers"]})


def _legend(line: Line) -> dict[str, Span]:
    """The codes a legend line names, casefolded, each → the span of its name."""
    spec = _spec()
    match = spec.line.match(line.text)
    if match is None:
        return {}
    return {code.casefold(): (line.start + entry.start("name"), line.start + entry.end("name"))
            for entry in spec.entry.finditer(line.text, *match.span("entries"))
            for code in entry.group("codes").split("/")}


def _header(line: Line, legend: dict[str, Span]) -> list[list[Piece]] | None:
    """The header row's cells as the legend names them, if the line is a TAB row of
    `min_cells` cells naming `min_named` of the legend's codes."""
    spec = _spec()
    cells, start = [], line.start
    for cell in line.text.split("\t"):
        cells.append((start, start + len(cell), cell.strip()))
        start += len(cell) + 1
    if len(cells) < spec.min_cells or sum(name.casefold() in legend for _, _, name in cells) < spec.min_named:
        return None
    words = column_words() | spec.numbers
    return [[legend[name.casefold()]] if name.casefold() in legend
            else [words[name.casefold()]] if name.casefold() in words else [(s, e)]
            for s, e, name in cells]


def legend_regions(text: str) -> list[Region]:
    """Each header row of codes under a legend that glosses them, read as the legend names
    its columns; none for a text without such a legend (one search screens the rest)."""
    spec = _spec()
    if spec.line.search(text) is None:
        return []
    lines = text_lines(text)
    regions: list[Region] = []
    for i, line in enumerate(lines):
        legend = _legend(line)
        if len(legend) < spec.min_entries:
            continue
        for below in lines[i + 1:i + 1 + spec.reach]:
            if "\t" in below.text and (header := _header(below, legend)) is not None:
                regions.append((below.start, below.start + len(below.text), tab_row(header)[:-1]))
                break
    return regions

"""Data dashboards (数据大屏) dumped as text, their KPI tiles read as labelled figures: a
tile puts its value on one line and its label, with the unit in brackets, on the next
(`1,286` / `新增普惠托位（个）`), so that the figure comes before the words that say what
it counts, and a line apart. Each tile is read as the labelled figure a column header
gives (`新增普惠托位（个）：1,286`), with the lines under it that belong to it in the same
sentence: a goal (`年度目标 1,200`, whose unit the sentence's paired figures give) and a
ring chart's rate (`完成率` / `107.2%` → `完成率 107.2%`), so that the tile's words give
them their indicator and category too (and a news ticker's items, one line each, so that
one item's words give no other item's figures their category):

    新增普惠托位（个）：1,286，年度目标 1,200，完成率 107.2%。

Some screens put the label over the value (`新增普惠托位（个）` / `1,286`): the lines are read
top-down, and a tile is whichever pair comes first, so that a run of tiles is read in the
order it opens with. A label over two values or more is a table dumped one cell a line
(`新增托位（个）` / `300` / `280`), no tile, and so is a value after another over a label (`2856` /
`2731` / `其中：再婚（对）`: the end of a row, the next row's label) and a value over a label over two
values (`1` / `护理型床位（张）` / `40` / `42`: a row's number, its label and its figures). A text needs `min_tiles` tiles (extractors/data/dashboard.toml) to be read so; a
cheap screen (one search of the text) lets every other document pass at once.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.tables import read_table

from .spans import Line, Piece, Region, Span, text_lines
from .tables import header_unit

#: how a tile's parts are joined in the view, and how its sentence ends
_JOIN, _END = "，", "。\n"


@dataclass(frozen=True, slots=True)
class _Spec:
    figure_line: regex.Pattern
    label_line: regex.Pattern
    goal_line: regex.Pattern
    ring_label: regex.Pattern
    tile: regex.Pattern             # a value line, then a label line: the screen
    label_first: regex.Pattern      # a label line, then a value line: the screen of the other order
    min_tiles: int
    ticker_separator: regex.Pattern
    min_ticker_items: int


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    table = read_table("dashboard.toml")
    figure, label = table["figure_line"], table["label_line"]
    # a value line and a label line one after the other, as one search of the whole text; led
    # by the newline before them (the search finds that character fast, where a `^` is tried
    # at every offset), so that the text is searched with a newline put before it
    tile = regex.compile(r"\n" + figure.strip("^$") + r"\n" + label.lstrip("^"), regex.MULTILINE)
    label_first = regex.compile(r"\n" + label.strip("^$") + r"\n" + figure.lstrip("^"), regex.MULTILINE)
    return _Spec(regex.compile(figure), regex.compile(label), regex.compile(table["goal_line"]),
                 regex.compile(table["ring_label"]), tile, label_first, int(table["min_tiles"]),
                 regex.compile(table["ticker_separator"]), int(table["min_ticker_items"]))


@dataclass
class _Tile:
    start: int                       # offset of the value line
    end: int                         # end of the tile's last line
    pieces: list[Piece]


def _group_span(line: Line, match: regex.Match, group: str) -> Span:
    start, end = match.span(group)
    return line.start + start, line.start + len(match.group(group).rstrip()) + start


def _label(line: Line) -> Span | None:
    """The label of a tile, if the line is one and its bracket names a unit."""
    match = _spec().label_line.match(line.text)
    if match is None or header_unit(match.group("label")) is None:
        return None
    return _group_span(line, match, "label")


def _figure(line: Line) -> Span | None:
    match = _spec().figure_line.match(line.text)
    return None if match is None else _group_span(line, match, "figure")


def _extra(lines: list[Line], i: int) -> tuple[list[Piece], int] | None:
    """The pieces of a goal line or a ring chart (title and rate lines) at line `i` that
    belong to the tile above, and the index of the line after them; None if line `i`
    is neither."""
    spec = _spec()
    if goal := spec.goal_line.match(lines[i].text):
        return [_JOIN, _group_span(lines[i], goal, "words"), " ", _group_span(lines[i], goal, "figure")], i + 1
    ring = spec.ring_label.match(lines[i].text)
    if ring and i + 1 < len(lines) and (rate := _figure(lines[i + 1])) is not None:
        return [_JOIN, _group_span(lines[i], ring, "words"), " ", rate], i + 2
    return None


def _tiles(lines: list[Line]) -> list[_Tile]:
    tiles: list[_Tile] = []
    i = told = 0                     # `told`: the line after the last tile's (a ring's rate ends a tile)
    while i + 1 < len(lines):
        value, label = _figure(lines[i]), _label(lines[i + 1])
        if value is not None and i > told and _figure(lines[i - 1]) is not None:
            value = None             # the last of a row of values (a table one cell a line), no tile's
        if value is not None and label is not None and _figures_follow(lines, i + 2):
            value = None             # a row's number over its label and its values (a table one cell a line)
        if value is None or label is None:
            label, value = _label(lines[i]), _figure(lines[i + 1])
            if label is None or value is None or (i + 2 < len(lines) and _figure(lines[i + 2]) is not None):
                i += 1               # no tile; nor a label over a row of values (a table one cell a line)
                continue
        pieces: list[Piece] = [label, "：", value]
        j = i + 2
        while j < len(lines) and (extra := _extra(lines, j)) is not None:
            part, j = extra
            pieces += part
        tiles.append(_Tile(lines[i].start, lines[j - 1].start + len(lines[j - 1].text), pieces + [_END]))
        i = told = j
    return tiles


def _figures_follow(lines: list[Line], i: int) -> bool:
    """Lines `i` and `i + 1` are both values: a row of a table one cell a line, where a tile's
    label is followed by the next tile's value and label, or a goal or ring of its own."""
    return i + 1 < len(lines) and _figure(lines[i]) is not None and _figure(lines[i + 1]) is not None


def dashboard_regions(text: str) -> list[Region]:
    """Each KPI tile of a dashboard dump and the labelled figure it reads as
    (pipeline/columns.py's regions); none for a text with fewer than `min_tiles` tiles."""
    spec = _spec()
    led = "\n" + text
    screened = sum(sum(1 for _ in zip(pattern.finditer(led), range(spec.min_tiles)))
                   for pattern in (spec.tile, spec.label_first))
    if screened < spec.min_tiles:
        return []
    lines = text_lines(text)
    tiles = _tiles(lines)
    if len(tiles) < spec.min_tiles:
        return []
    return sorted([(tile.start, tile.end, tile.pieces) for tile in tiles] + _tickers(lines))


def _tickers(lines: list[Line]) -> list[Region]:
    """Each ticker line of the dashboard, read one item a line."""
    spec = _spec()
    regions: list[Region] = []
    for line in lines:
        bars = list(spec.ticker_separator.finditer(line.text))
        if len(bars) < spec.min_ticker_items:
            continue
        pieces: list[Piece] = []
        last = 0
        for bar in bars:
            pieces += [(line.start + last, line.start + bar.start()), "\n"]
            last = bar.end()
        pieces.append((line.start + last, line.start + len(line.text)))
        regions.append((line.start, line.start + len(line.text), pieces))
    return regions

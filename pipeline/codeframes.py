"""Data frames in an analyst's notebook (R Markdown, a Jupyter notebook exported as text)
read as tables, so that the table reader (pipeline/tables.py) gives each cell its row's
indicator and unit and its column's stance, as it does for any table:

- a frame built in code from named columns (`tibble(项目 = c("…", …), 目标 = c(800, 30))`,
  `data.frame(…)`, pandas' `pd.DataFrame({"项目": […], "目标": […]})`) or row by row
  (`tribble(~项目, ~目标, "…", 800, …)`): the column names are the header, the vectors'
  elements the cells, row by row; the first column of text leads each row (its label);
- a frame printed under a chunk (`## # A tibble: 6 × 5`, the `<chr> <dbl>` type row,
  the row numbers, knitr's `## ` prefix): the header and the cells, without the row
  numbers, the type row and the title. In a Jupyter notebook's own JSON (`.ipynb`) each
  printed line is a string of an output's `text/plain` array (`"0  新增托位  个  500\n",`):
  the quotes, the escaped newline and the comma are no cells.

Code is tokenised (pipeline/codetokens.py), not parsed: a parser gives values without
their offsets into the original text. Each call is read once from its name to its
closing bracket, so the pass is linear in the length of the text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from extractors.tables import read_table

from .codetokens import token_pattern
from .spans import Piece, Region, Span, matches_at_least, text_lines
from .sqldump import Token, tab_row


#: a frame of fewer columns or rows is no table
_MIN_COLUMNS, _MIN_ROWS = 2, 2


@dataclass(frozen=True)
class _Spec:
    frames: frozenset[str]
    row_frames: frozenset[str]
    vectors: frozenset[str]
    missing: frozenset[str]
    calls: regex.Pattern
    output_prefix: regex.Pattern
    string_line: regex.Pattern      # a line that is one string of a JSON array: its `body`
    type_cell: regex.Pattern
    chrome: regex.Pattern
    numbered_row: regex.Pattern     # a line that may be a printed frame's row (`_may_hold_printed_frame`)


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    table = read_table("codeframes.toml")
    names = sorted(set(table["frames"]) | set(table["row_frames"]), key=len, reverse=True)
    calls = regex.compile(r"(?<![\p{L}\p{N}_.$])(?:[\p{L}_][\p{L}\p{N}_]*(?:::|\.))?(?P<fn>"
                          + "|".join(regex.escape(n) for n in names) + r")\s*\(")
    # what `_is_numbered_row` asks of a line: after the output prefix, a first cell of digits
    # and at least two cells more (a frame has `_MIN_COLUMNS`); no part of it crosses a line
    numbered_row = regex.compile(
        rf"^(?:{table['output_prefix']}|{table['string_prefix']})?[^\S\n]*\d+(?:[^\S\n]+\S+){{{_MIN_COLUMNS}}}",
        regex.MULTILINE)
    return _Spec(frozenset(table["frames"]), frozenset(table["row_frames"]), frozenset(table["vectors"]),
                 frozenset(table["missing"]), calls, regex.compile(table["output_prefix"]),
                 regex.compile(table["string_line"]), regex.compile(table["type_cell"]), regex.compile(table["chrome"]), numbered_row)


@dataclass
class _Node:
    """A value of the call: a scalar token, or a bracketed group of (key, value) items."""
    token: Token | None = None
    head: str = ""                                  # the group's call name (`c`), "" for a bare `[…]`/`{…}`
    items: list[tuple[Token | None, _Node]] = field(default_factory=list)
    tilde: bool = False                             # a `~name` item of a tribble


@dataclass
class _Open:
    """A bracketed group being read: its items so far, and the item being built."""
    head: str = ""                                  # the call name before the bracket (`c`), or ""
    items: list[tuple[Token | None, _Node]] = field(default_factory=list)
    key: Token | None = None
    value: _Node | None = None
    tilde: bool = False

    def flush(self) -> None:
        """The item being built, if any, joins the items."""
        if self.value is not None:
            self.value.tilde = self.tilde
            self.items.append((self.key, self.value))
        self.key, self.value, self.tilde = None, None, False


def _group(text: str, start: int) -> tuple[list[tuple[Token | None, _Node]], int]:
    """The items of the group whose opening bracket ends just before `start`, and the
    offset after its closing bracket. Nested groups are parsed with an explicit stack."""
    stack = [_Open()]
    pos = start
    for m in token_pattern("r_python").finditer(text, start):
        kind, token = m.lastgroup, Token(m.lastgroup, m.start(), m.end(), m.group())
        pos = m.end()
        group = stack[-1]
        if kind in ("space", "comment"):
            continue
        if kind == "open":
            value = group.value
            head = value.token.text if value is not None and value.token and value.token.kind == "word" else ""
            group.value = None
            stack.append(_Open(head=head))
            continue
        if kind == "close":
            group.flush()
            done = stack.pop()
            if not stack:
                return done.items, pos
            stack[-1].value = _Node(head=done.head, items=done.items)
            continue
        if kind == "sep":
            group.flush()
            continue
        if kind == "key" and group.value is not None and group.value.token is not None:
            group.key, group.value = group.value.token, None
            continue
        if kind == "tilde":
            group.tilde = True
            continue
        group.value = _Node(token=token)
    return [], pos


def _is_scalar(node: _Node) -> bool:
    return node.token is not None and node.token.kind in ("string", "number", "word", "name")


def _vector(node: _Node) -> list[_Node] | None:
    """The elements of a column (`c(…)`, `[…]`), or None if the value is no vector of scalars."""
    if node.token is not None or (node.head and node.head not in _spec().vectors):
        return None
    elements = [value for key, value in node.items]
    return elements if elements and all(_is_scalar(e) for e in elements) else None


def _columns(items: list[tuple[Token | None, _Node]]) -> list[tuple[Token, list[_Node]]]:
    """Named columns of a frame call; a single dict argument (pandas) holds them."""
    if len(items) == 1 and items[0][0] is None and items[0][1].token is None and not items[0][1].head:
        items = items[0][1].items
    columns = []
    for key, value in items:
        elements = _vector(value)
        if key is not None and elements is not None:
            columns.append((key, elements))
    lengths = {len(elements) for _, elements in columns}
    return columns if len(lengths) == 1 else []


def _row_columns(items: list[tuple[Token | None, _Node]]) -> list[tuple[Token, list[_Node]]]:
    """The columns of a `tribble(~a, ~b, 1, 2, …)`: the `~` names, then the cells row by row."""
    names = [value.token for key, value in items if value.tilde and value.token is not None]
    cells = [value for key, value in items if not value.tilde]
    if not names or len(cells) % len(names) or not all(_is_scalar(c) for c in cells):
        return []
    return [(name, cells[k::len(names)]) for k, name in enumerate(names)]


def _label_first(columns: list[tuple[Token, list[_Node]]]) -> list[tuple[Token, list[_Node]]]:
    """The first column of text leads each row: the table reader takes a row's label there."""
    for k, (_, elements) in enumerate(columns):
        if all(e.token.kind == "string" for e in elements):
            return [columns[k]] + columns[:k] + columns[k + 1:]
    return columns


def _cell(node: _Node) -> list[Piece]:
    token = node.token
    if token is None or token.text in _spec().missing or token.kind not in ("string", "number"):
        return ["/"]
    start, end = token.inner
    if token.kind == "number" and token.text[-1] in "Ll":
        end -= 1                                     # R's integer suffix `800L`
    return [(start, end)] if end > start else ["/"]


def _frame_view(columns: list[tuple[Token, list[_Node]]]) -> list[Piece]:
    columns = _label_first(columns)
    pieces: list[Piece] = ["\n"] + tab_row([[key.inner] for key, _ in columns])
    for r in range(len(columns[0][1])):
        pieces += tab_row([_cell(elements[r]) for _, elements in columns])
    return pieces


def _call_regions(text: str) -> list[Region]:
    spec = _spec()
    regions: list[Region] = []
    pos = 0
    while (m := spec.calls.search(text, pos)) is not None:
        items, end = _group(text, m.end())
        pos = max(end, m.end())
        row_wise = m.group("fn") in spec.row_frames
        columns = _row_columns(items) if row_wise else _columns(items)
        if len(columns) >= _MIN_COLUMNS and len(columns[0][1]) >= _MIN_ROWS:
            regions.append((m.start(), end, _frame_view(columns)))
    return regions


# -- printed frames ------------------------------------------------------------------

_CELL = regex.compile(r"\S+")
_ROW_NUMBER = regex.compile(r"^\d+$")


@dataclass
class _Printed:
    start: int                      # offset of the line
    end: int
    cells: list[Span]               # the line's cells, after the output prefix
    body: str                       # the line without its output prefix (or JSON quotes)


def _line_body(line: str) -> Span:
    """Where a printed line's own text lies: after knitr's prefix, or inside the quotes of
    a notebook's JSON string (without its escaped newline)."""
    spec = _spec()
    if found := spec.string_line.match(line):
        return found.span("body")
    prefix = spec.output_prefix.match(line)
    return (prefix.end() if prefix else 0), len(line)


def _printed_lines(text: str) -> list[_Printed]:
    lines = []
    for line in text_lines(text):
        begin, finish = _line_body(line.text)
        cells = [(line.start + c.start(), line.start + c.end()) for c in _CELL.finditer(line.text, begin, finish)]
        lines.append(_Printed(line.start, line.start + len(line.text), cells, line.text[begin:finish]))
    return lines


def _is_type_row(text: str, line: _Printed) -> bool:
    return bool(line.cells) and all(_spec().type_cell.match(text[a:b]) for a, b in line.cells)


def _is_numbered_row(text: str, line: _Printed, width: int) -> bool:
    """A row of a printed frame: its row number, then one cell per header cell."""
    return len(line.cells) == width + 1 and bool(_ROW_NUMBER.match(text[slice(*line.cells[0])]))


def _printed_header(header: _Printed, rows: list[_Printed], text: str) -> bool:
    """A printed frame's header: over the row numbers' column, which has no name, it
    opens with spaces (`##   项目`, `        项目`), and R and pandas align with spaces,
    never tabs (a TAB table's `序号` column is named, its cells may hold spaces)."""
    return (header.body[:1].isspace() and "\t" not in text[header.start:header.end]
            and not any("\t" in text[r.start:r.end] for r in rows))


def _may_hold_printed_frame(text: str) -> bool:
    """At least `_MIN_ROWS` lines could be a printed frame's numbered rows: one scan of the
    text, where reading every line into cells (`_printed_lines`) cost 3 % of the extraction
    and almost no text (no document of the bench archive) holds a printed frame."""
    return matches_at_least(_spec().numbered_row, text, _MIN_ROWS)


def _printed_regions(text: str) -> list[Region]:
    if not _may_hold_printed_frame(text):
        return []
    spec = _spec()
    lines = _printed_lines(text)
    regions: list[Region] = []
    i = 0
    while i < len(lines):
        header = lines[i]
        j = i + 1
        if j < len(lines) and _is_type_row(text, lines[j]):
            j += 1
        width = len(header.cells)
        rows = []
        while width >= _MIN_COLUMNS and j < len(lines) and _is_numbered_row(text, lines[j], width):
            rows.append(lines[j])
            j += 1
        if len(rows) < _MIN_ROWS or spec.chrome.match(header.body) or not _printed_header(header, rows, text):
            i += 1 if not rows else j - i
            continue
        pieces: list[Piece] = ["\n"] + tab_row([[cell] for cell in header.cells])
        for row in rows:
            pieces += tab_row([[cell] for cell in row.cells[1:]])
        regions.append((header.start, rows[-1].end, pieces))
        i = j
    return regions


def frame_regions(text: str) -> list[Region]:
    """Each data frame written in code or printed, and the table it reads as
    (pipeline/columns.py's regions)."""
    return sorted(_call_regions(text) + _printed_regions(text))

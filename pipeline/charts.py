"""Chart sources in a web page (an ECharts `option = {…}` scraped with the page's
scripts) read as a table, so that the table reader (pipeline/tables.py) gives each figure
its row's indicator, unit and category and its column's year, as it does for any table:

    option = { title: { text: '…', subtext: '单位：万人' },
               xAxis: { type: 'category', data: ['2021', '2022', '2023'] },
               series: [{ name: '新增学位(个)', data: [2400, 3150, 3600] }, …] }

reads as

    …
    指标	2021	2022	2023
    新增学位(个)	2400	3150	3600

A category axis of years names the columns, one row per series (whose name says what it
counts, with its unit in brackets, or the unit of the subtitle or the value axis added);
any other category axis (a horizontal bar chart's project names) names the rows, one
column per series; a pie's slices name the rows themselves (`{ value: 36, name: '…' }`), and a
`dataset.source` holds the table's rows as they are. Only the title and the figures are read: the rest of the option
(sizes, colours, `min`/`max`, `markLine`, formatters such as `'{c}%'`) holds numbers that
are no figures, and so does the code around it in its `<script>` element, which the view
replaces whole (the markup reader would hide the script, table and all).

The script is tokenised (pipeline/codetokens.py), not parsed: a parser gives values
without their offsets into the original text. Each option is read once, so the pass is linear.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from extractors.tables import read_table

from .codetokens import token_pattern
from .spans import Piece, Region, Span
from .sqldump import Token, tab_row
from .tables import header_unit, unit_word

#: a script element around an option: its opening tag before, its closing tag after
_SCRIPT_OPEN = regex.compile(r"<script\b[^<>]*>", regex.IGNORECASE)
_SCRIPT_CLOSE = regex.compile(r"</script\s*>", regex.IGNORECASE)


@dataclass(frozen=True)
class _Spec:
    option_start: regex.Pattern
    keys: dict[str, str]
    axes: tuple[str, ...]
    year_label: regex.Pattern
    corner_by_year: str
    corner_by_category: str
    unit_declaration: regex.Pattern
    min_figures: int


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    table = read_table("charts.toml")
    keys = {name: table[name] for name in ("title", "title_text", "title_subtext", "axis_name", "series",
                                           "series_name", "data", "value", "dataset", "dataset_source")}
    return _Spec(regex.compile(table["option_start"]), keys, tuple(table["axes"]), regex.compile(table["year_label"]),
                 table["corner_by_year"], table["corner_by_category"], regex.compile(table["unit_declaration"]),
                 int(table["min_figures"]))


@dataclass
class _Node:
    """A value of the option: a scalar token, an object's keyed items or an array's items."""
    token: Token | None = None
    items: list[tuple[str | None, _Node]] = field(default_factory=list)

    def get(self, key: str) -> _Node | None:
        return next((value for name, value in self.items if name == key), None)

    def text(self, source: str) -> str | None:
        if self.token is None or self.token.kind != "string":
            return None
        return source[slice(*self.token.inner)]


@dataclass
class _Open:
    """An object or array being read: its items so far, and the item being built."""
    items: list[tuple[str | None, _Node]] = field(default_factory=list)
    key: str | None = None
    value: _Node | None = None
    spoilt: bool = False             # the item is an expression (`a + b`, a function): no value

    def flush(self) -> None:
        if self.value is not None and not self.spoilt:
            self.items.append((self.key, self.value))
        self.key, self.value, self.spoilt = None, None, False


def _object(text: str, start: int) -> tuple[_Node, int]:
    """The object or array whose opening bracket ends just before `start`, and the offset
    after its closing bracket; nested groups are read with an explicit stack."""
    stack = [_Open()]
    for m in token_pattern("javascript").finditer(text, start):
        kind = m.lastgroup
        group = stack[-1]
        if kind in ("space", "comment"):
            continue
        if kind == "open":
            group.spoilt = group.spoilt or group.value is not None     # a call: `f(…)`
            stack.append(_Open())
        elif kind == "close":
            group.flush()
            done = stack.pop()
            if not stack:
                return _Node(items=done.items), m.end()
            stack[-1].value = _Node(items=done.items)
        elif kind == "sep":
            group.flush()
        elif kind == "colon" and group.value is not None and group.value.token is not None and group.key is None:
            token = group.value.token
            group.key, group.value = text[slice(*token.inner)], None
        elif kind in ("string", "number", "word") and group.value is None:
            group.value = _Node(token=Token(kind, m.start(), m.end(), m.group()))
        else:
            group.spoilt = True
    return _Node(), len(text)


@dataclass
class _Series:
    name: Span | None
    unit: str | None                 # the unit to write after the name, where it names none
    figures: list[Span | None]       # one per category; None where the value is no number
    item_names: list[Token] | None   # a pie's slices name themselves (`{ value: 12, name: '…' }`)


def _first_axis_with_labels(option: _Node, source: str) -> tuple[str, list[Token]] | None:
    """The category axis (`xAxis` or `yAxis`, or the first of a list of them) and its labels."""
    spec = _spec()
    for axis_key in spec.axes:
        axis = option.get(axis_key)
        if axis is not None and axis.token is None and axis.items and axis.items[0][0] is None:
            axis = axis.items[0][1]                    # a list of axes: the first
        labels = axis.get(spec.keys["data"]) if axis is not None else None
        if labels is not None:
            tokens = [node.token for _, node in labels.items if node.token is not None]
            if tokens and len(tokens) == len(labels.items):
                return axis_key, tokens
    return None


def _chart_unit(option: _Node, source: str) -> str | None:
    """The unit of the whole chart: the subtitle's (`单位：万人`) or a value axis's name."""
    spec = _spec()
    title = option.get(spec.keys["title"])
    subtext = title.get(spec.keys["title_subtext"]) if title is not None else None
    if subtext is not None and (words := subtext.text(source)):
        declared = spec.unit_declaration.match(words)
        if declared and unit_word(declared.group("unit")):
            return declared.group("unit")
    for axis_key in spec.axes:
        axis = option.get(axis_key)
        name = axis.get(spec.keys["axis_name"]) if axis is not None else None
        if name is not None and (words := name.text(source)) and unit_word(words):
            return words
    return None


def _figure(node: _Node) -> Span | None:
    """A data element's number: bare (`2400`) or an object's value (`{ value: 2400, … }`)."""
    if node.token is None:
        node = node.get(_spec().keys["value"]) or _Node()
    token = node.token
    return (token.start, token.end) if token is not None and token.kind == "number" else None


def _item_names(data: _Node, source: str) -> list[Token] | None:
    """The names of a series' data items, if every item is an object that has one."""
    names = [value.get(_spec().keys["series_name"]) for _, value in data.items]
    if not names or any(n is None or n.text(source) is None for n in names):
        return None
    return [n.token for n in names]


def _series(option: _Node, source: str, unit: str | None) -> list[_Series]:
    spec = _spec()
    listed = option.get(spec.keys["series"])
    if listed is None:
        return []
    items = [node for _, node in listed.items] if listed.items and listed.items[0][0] is None else [listed]
    found = []
    for node in items:
        data = node.get(spec.keys["data"])
        if data is None:
            continue
        name = node.get(spec.keys["series_name"])
        name_span = name.token.inner if name is not None and name.token is not None and name.token.kind == "string" else None
        named_unit = name_span is not None and header_unit(source[slice(*name_span)]) is not None
        found.append(_Series(name_span, None if named_unit else unit, [_figure(value) for _, value in data.items],
                             _item_names(data, source)))
    return found


def _name_cell(series: _Series, title: Span | None) -> list[Piece]:
    """The words that say what a series counts: its name, else the chart's title; with the
    chart's unit in brackets where the name gives none."""
    words = series.name or title
    cell: list[Piece] = [words] if words is not None else []
    return cell + ([f"（{series.unit}）"] if series.unit and cell else [])


def _cell(figure: Span | None) -> list[Piece]:
    return [figure] if figure is not None else ["/"]


def _chart_view(option: _Node, source: str) -> list[Piece] | None:
    spec = _spec()
    series = _series(option, source, _chart_unit(option, source))
    if not series:
        return _dataset_view(option, source)
    axis = _first_axis_with_labels(option, source)
    labels = axis[1] if axis is not None else series[0].item_names
    if labels is None:
        return _dataset_view(option, source)
    series = [s for s in series if len(s.figures) == len(labels)]
    if sum(f is not None for s in series for f in s.figures) < spec.min_figures:
        return None
    title = option.get(spec.keys["title"])
    title_text = title.get(spec.keys["title_text"]) if title is not None else None
    title_span = title_text.token.inner if title_text is not None and title_text.text(source) else None
    pieces: list[Piece] = ["\n"] + ([title_span, "\n"] if title_span else [])
    label_cells = [[label.inner] for label in labels]
    if all(spec.year_label.match(source[slice(*label.inner)]) for label in labels):
        pieces += tab_row([[spec.corner_by_year]] + label_cells)
        for s in series:
            pieces += tab_row([_name_cell(s, title_span)] + [_cell(f) for f in s.figures])
    else:
        pieces += tab_row([[spec.corner_by_category]] + [_name_cell(s, title_span) for s in series])
        for k, label in enumerate(label_cells):
            pieces += tab_row([label] + [_cell(s.figures[k]) for s in series])
    return pieces + ["\n"]


def _dataset_view(option: _Node, source: str) -> list[Piece] | None:
    """A chart's `dataset.source`: rows of cells as a table already has them (the first
    row the header), read as they stand."""
    spec = _spec()
    dataset = option.get(spec.keys["dataset"])
    rows = dataset.get(spec.keys["dataset_source"]) if dataset is not None else None
    if rows is None:
        return None
    cells = [[value.token for _, value in row.items] for _, row in rows.items]
    widths = {len(row) for row in cells}
    if len(cells) < 2 or len(widths) != 1 or widths == {0} or any(c is None for row in cells for c in row):
        return None
    if sum(c.kind == "number" for row in cells for c in row) < spec.min_figures:
        return None
    pieces: list[Piece] = ["\n"]
    for row in cells:
        pieces += tab_row([[c.inner] if c.kind in ("string", "number") else ["/"] for c in row])
    return pieces + ["\n"]


def _script_around(text: str, start: int, end: int) -> Span | None:
    """The `<script>` element the span [start, end) stands in, if any."""
    at = max(text.rfind("<script", 0, start), text.rfind("<SCRIPT", 0, start))
    opened = _SCRIPT_OPEN.match(text, at) if at >= 0 else None
    if opened is None or _SCRIPT_CLOSE.search(text, opened.end(), start):
        return None
    closed = _SCRIPT_CLOSE.search(text, end)
    return (opened.start(), closed.end()) if closed else None


def chart_regions(text: str) -> list[Region]:
    """Each chart option (with the script element around it) and the table it reads as
    (pipeline/columns.py's regions)."""
    keys = _spec().keys
    if keys["series"] not in text or keys["data"] not in text:
        return []
    charts: list[tuple[Span, list[Piece]]] = []
    pos = 0
    while (m := _spec().option_start.search(text, pos)) is not None:
        option, end = _object(text, m.end())
        pos = max(end, m.end())
        if (view := _chart_view(option, text)) is not None:
            charts.append(((m.end() - 1, end), view))
    return _merged(text, charts)


def _merged(text: str, charts: list[tuple[Span, list[Piece]]]) -> list[Region]:
    """One region per script element (all its charts' tables), or per option outside one."""
    regions: list[Region] = []
    for (start, end), view in charts:
        begin, finish = _script_around(text, start, end) or (start, end)
        if regions and regions[-1][0] == begin:
            regions[-1][2].extend(view)
        else:
            regions.append((begin, finish, view))
    return regions

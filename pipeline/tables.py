"""Tables: which lines of the cleaned text are a table and what its cells are, then
what each row holds (project, leader, units, the cells that are figures).

Two halves, kept apart:

1. *Reading* (`find_tables`): one small reader per dump form, each returning the same
   `TableText` (header cells and body rows as offsets into the text):
   - one cell per line (Word/PDF copy, and the loaders' rendering): each cell starts a
     line with a tab, a cell's further lines have none, rows are separated by blank lines;
   - one cell per line without tabs (Word pasted as text): a header of column names one
     a line, then as many lines a row as there are columns, an empty line an empty cell;
   - one row per line, cells separated by tabs (Excel copy), by ` | ` or `｜` (web tables
     flattened, chart data, with or without the outer `|`, markdown rules and emphasis),
     aligned in columns by runs of spaces (two or more, or full-width ones), by both (a
     PDF copy where only some column rules were drawn: `1050  | 58.3 | 无` after cells
     aligned by spaces), by single spaces (a copy that kept no alignment, under a header
     of column names only), or by commas (CSV pasted into a page, read by the csv module:
     quoted cells keep their commas), or by full-width solidi (a slide's table set as text:
     `项目名称／总投资（亿元）／用地（亩）`, a `／` inside brackets, `（元／人）`, no cut). Where the header tells how many columns a stretch
     of the row has, its cells are split to that count; a long cell a fixed-width dump
     wrapped goes on over the next line (a name's end, a remark's end, the rest of a row,
     a header cell's end).
   - one column per block (a sheet copied a column at a time): a column's name on a line,
     its cells one a line under it, then the next column; the n-th cells make the n-th row.
   A row-per-line table starts at a header row, found by its words (the column roles
   of extractors/data/tables.toml, a unit in brackets: `新增学位（个）`, a period: `2024年`),
   named further by a second header row under merged cells (`2025年` over `目标 | 完成`),
   or by a row splitting its first cell (`功能分类科目编码` over `类 | 款 | 项`); a sheet
   exported with its frame (column letters, each row led by its row number) is read past
   the row numbers.
2. *Meaning* (`table_rows`): group rows (`一、托育服务`) and group columns merged down
   their rows (`类别`), total rows (`合计`, `小计`), continuation rows (empty leading
   cells), the roles of the columns and the figures of bare cells, whose unit the column
   header gives (`投资（万元）`), or the row's unit column (`计量单位`), or the row's
   label in a table of indicators by period (`新增就业（人） | 1200 | 1350`), or the unit
   line above the table (`单位：人`), or, in a progress table, the target beside them
   (`新增500张养老床位 | 526 | 105%`).
3. *Units declared for text* (`unit_declared`, `declared_figures`): `（单位：亿元）` closing
   a lead-in gives the bare numbers of the list under it a unit (`教育支出14.6，`).
"""
from __future__ import annotations

import csv
import itertools
from collections import Counter
from decimal import Decimal
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Protocol

import regex

from extractors.categories import category_by_alias
from extractors.indicators import indicator_of_label
from extractors.numerals import TABLE as NUMERALS, parse_number
from extractors.place import unit_named
from extractors.punctuation import BOX_RULES, CELL_BARS, CLAUSE_BREAKS, COLONS, ROUND_ASIDE, char_class
from extractors.quantities import LEADING_ZERO, Quantity, denominator_after_every, find_quantities, is_time_unit, read_digits
from extractors.script import all_han
from extractors.stance import ACHIEVED, TARGET, glossed_labels, legend_glosses
from extractors.tables import read_table
from extractors.times import year_of_heading

from .spans import Span, display_width

#: A cell's text: one span, or several when a space-aligned cell wraps onto the next
#: line, where other cells' words lie between its parts.
Parts = tuple[Span, ...]
#: Compiled once: headers and labels are compacted for every cell of every row.
_WHITE_SPACE = regex.compile(r"\s+")


class Line(Protocol):
    """A line of the text as structure splits it."""
    start: int
    end: int
    text: str
    is_cell: bool       # starts with a tab
    blank: bool


# ------------------------------------------------------------------- the language data

@dataclass(frozen=True)
class _Spec:
    words: list[tuple[str, str]]        # (header word, role), longest first
    whole_header_words: frozenset[str]  # words that head a column only as the whole header (`单位`)
    unit_line: regex.Pattern
    unit_declaration: regex.Pattern
    bare_after_label: regex.Pattern
    header_unit: regex.Pattern
    rate_indicator: str
    rate_name: regex.Pattern
    share_name: regex.Pattern
    rate_fraction_max: float
    period: regex.Pattern
    statement_period: regex.Pattern     # a statement's column of when (`年初数`, `本年数`), its rows its accounts
    year_before: regex.Pattern
    totals: frozenset[str]
    subtotals: frozenset[str]
    count_header: regex.Pattern
    labelled_figure: regex.Pattern
    counted_label: regex.Pattern
    label_nouns: dict[str, str]      # a noun a label counts → its measure word
    money_name_end: regex.Pattern
    count_note: regex.Pattern
    row_reference: regex.Pattern
    row_reference_end: regex.Pattern
    cell_comment: regex.Pattern
    unit_caption: regex.Pattern
    table_caption: regex.Pattern
    count_unit_headers: tuple[str, ...]
    count_measure_headers: tuple[str, ...]
    account_code_headers: tuple[str, ...]
    class_code: regex.Pattern
    account_names: tuple[str, ...]
    zero_goal: regex.Pattern
    column_numbering_labels: frozenset[str]   # `甲 乙 丙` before a form's column numbers `1 2 3`
    continued_table: frozenset[str]
    elided_rows: regex.Pattern       # `……（第11—32行略）`: rows left out, no row
    table_note: regex.Pattern
    organisation_name: regex.Pattern
    change_column: regex.Pattern     # a change column's header (`1—10月同比±%`)
    change_suffix: str               # what its frame is read as (`同比` → `同比增长`)
    range_cell: regex.Pattern        # a cell of a bare range (`25—45`)
    remark_money: regex.Pattern      # a bare amount in a remark of a money table (`含中央补助9,000.00`)
    remark_money_lead: tuple[str, ...]   # words of inclusion before it (`含`, `其中`)
    measure_header: regex.Pattern    # a header naming only a measure (`件数`, `占比`)
    column_unit_declaration: regex.Pattern   # `规模单位：立方米/日；管网单位：公里` above a table
    listed_headers: dict[str, tuple[str, ...]]   # header endings that take a listed money, rate or people unit
    part_header_starts: tuple[str, ...]          # a column that is a part of the one before (`其中…`): its unit
    uncounted_measures: frozenset[str]           # measure words a count header names but no record takes (`份数`)
    money_header_ends: tuple[str, ...]          # header endings that name a sum of money (`月补贴额`)
    spare_count_headers: tuple[str, ...]         # count columns' endings that take the listed count units left over
    duration_header: regex.Pattern   # a column of durations (`实际出勤（天）`)
    this_year: regex.Pattern         # a column of the year of writing (`今年上车人数`)
    row_date: regex.Pattern          # a column of the days the rows fall on (`应还日期`)
    column_unit_measures: frozenset[str]   # declared words naming a kind of measure (`面积`), no column
    fee_header_ends: tuple[str, ...]       # header endings that name a fee or a fund (`制作费`, `低保金`): money, listed or not
    glossed_column_unit: regex.Pattern    # a note's gloss of a quoted column's unit (`“金额”单位为万元`)
    year_column: regex.Pattern            # a column of years named by what was done in them (`缴费年度`)
    measure_states: frozenset[str]        # columns of a row's measure planned or found (`设计值`, `实测值`)
    new_of_the_column_before: regex.Pattern   # a column of what is new of the one before's things (`今年新建`)
    number_column: regex.Pattern          # a column of the rows' numbers by a name no list holds (`片号`)


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    spec = read_table("tables.toml")
    words = [(word, role) for role, ws in spec["columns"].items() for word in ws]
    words.sort(key=lambda pair: len(pair[0]), reverse=True)
    return _Spec(words, frozenset(spec["whole_header_words"]), regex.compile(spec["unit_line"]), regex.compile(spec["unit_declaration"], regex.MULTILINE),
                 regex.compile(spec["bare_after_label"], regex.MULTILINE), regex.compile(spec["header_unit"]),
                 spec["rate_indicator"], regex.compile(spec["rate_name"]),
                 regex.compile(spec["share_name"]), spec["rate_fraction_max"],
                 regex.compile(spec["period_header"]), regex.compile(spec["statement_period_header"]),
                 regex.compile(spec["year_before_header"]), frozenset(spec["totals"]),
                 frozenset(spec["subtotals"]), regex.compile(spec["count_header"]),
                 regex.compile(spec["labelled_figure"], regex.MULTILINE),
                 regex.compile(spec["counted_label"], regex.MULTILINE),
                 _label_nouns(spec),
                 regex.compile(spec["money_name_end"]),
                 regex.compile(spec["count_note"]), regex.compile(spec["row_reference"]), regex.compile(spec["row_reference_end"]),
                 regex.compile(spec["cell_comment"]), regex.compile(spec["unit_caption"], regex.MULTILINE), regex.compile(spec["table_caption"]),
                 tuple(spec["count_unit_headers"]), tuple(spec["count_measure_headers"]), tuple(spec["accounts"]["code_headers"]),
                 regex.compile(spec["accounts"]["class_code"]), tuple(spec["accounts"]["name_headers"]),
                 regex.compile(spec["zero_goal"]), frozenset(spec["column_numbering_labels"]),
                 frozenset(spec["continued_table"]), regex.compile(spec["elided_rows"]),
                 regex.compile(spec["table_note"]), regex.compile(spec["organisation_name"]),
                 regex.compile(spec["change_column"]), spec["change_suffix"], regex.compile(spec["range_cell"]),
                 regex.compile(spec["remark_money"]), tuple(spec["remark_money_lead"]),
                 regex.compile(spec["measure_header"]), regex.compile(spec["column_unit_declaration"]),
                 {kind: tuple(endings) for kind, endings in spec["listed_unit_headers"].items()},
                 tuple(spec["part_header_starts"]), frozenset(spec["uncounted_measures"]), tuple(spec["money_header_ends"]), tuple(spec["spare_count_headers"]), regex.compile(spec["duration_header"]),
                 regex.compile(spec["this_year_header"]), regex.compile(spec["row_date_header"]),
                 frozenset(spec["column_unit_measures"]), tuple(spec["fee_header_ends"]),
                 regex.compile(spec["glossed_column_unit"]), regex.compile(spec["year_column_header"]),
                 frozenset(spec["measure_state_headers"]), regex.compile(spec["new_of_the_column_before"]),
                 regex.compile(spec["number_column_header"]))


def _label_nouns(spec: dict) -> dict[str, str]:
    """The nouns whose measure word a label gives its bare figure: the things the quantity
    reader counts without a measure word, not its counters, and the table's own."""
    counter = regex.compile(spec["label_counter"])
    nouns = read_table("quantities.toml")["bare"]["amount_nouns"]
    return {**{noun: unit for noun, unit in nouns.items() if not counter.search(noun)}, **spec["label_nouns"]}


@lru_cache(maxsize=1)
def _pivot() -> _Pivot:
    spec = read_table("tables.toml")["pivot"]
    return _Pivot(regex.compile(spec["aggregation"]), regex.compile(spec["count"]), regex.compile(spec["subtotal"]),
                  frozenset(spec["list_items"]), spec["list_indicator"])


@dataclass(frozen=True)
class _Pivot:
    aggregation: regex.Pattern      # `求和项:`, `Sum of `
    count: regex.Pattern            # `计数项:`, `Count of `
    subtotal: regex.Pattern         # `一老一小 汇总`
    list_items: frozenset[str]      # a counted field that is the list's items (`项目`)
    list_indicator: str             # …and what a count of them counts


#: what a pivot table's count of a field reads as: the field and the 数 of a count column
_COUNT_OF = "数"


def pivot_field(header: str) -> str:
    """A pivot table's value header as the column it reads like: a sum, mean or extreme of a
    field (`求和项:目标值`, `Sum of 完成值`) the field's own name (`目标值`); a count of a field
    (`计数项:项目`, `Count of 项目`) a count column of it (`项目数`); any other header as it is."""
    pivot = _pivot()
    stripped = header.strip()
    if match := pivot.count.match(stripped):
        return stripped[match.end():] + _COUNT_OF
    return pivot.aggregation.sub("", stripped, count=1)


def is_pivot_count(header: str) -> bool:
    """`计数项:项目`: a pivot's count of the rows of a field (role `row_count`)."""
    return _pivot().count.match(header.strip()) is not None


def _pivot_count_indicator(header: str) -> str | None:
    """What a pivot's count column counts (`项目数` → the list's projects, `民生实事项目`)."""
    field = header.removesuffix(_COUNT_OF)
    return _pivot().list_indicator if field in _pivot().list_items else (field or None)


#: Headers whose role is kept: every row of a table asks about the same headers (bench
#: archive: 9,819 calls, 3,347 headers)
_CACHED_HEADERS = 4096


@lru_cache(maxsize=_CACHED_HEADERS)
def column_role(header: str) -> str | None:
    compact = _WHITE_SPACE.sub("", pivot_field(header))
    if (bare := ROUND_ASIDE.sub("", compact)) and bare != compact and _UNIT_WORD in compact and _UNIT_WORD not in bare:
        compact = bare          # `项目（计量单位）`: the projects, each with its unit in its own brackets, no unit column
    spec = _spec()
    if (aside := _ROLE_ASIDE.search(compact)) and (inner := next((role for word, role in spec.words if word == aside.group(1)), None)) == "group":
        return inner                        # `品名（品牌）`: the bracket says what its cells are, the brand of each row
    word, role = next(((word, role) for word, role in spec.words if word in compact
                       and (word not in spec.whole_header_words or ROUND_ASIDE.sub("", compact) == word)
                       and not (role == "region" and _counts_past_the_place(compact, word))), (None, None))
    if role in _TEXT_ROLES - {"attribute"} and spec.count_header.search(ROUND_ASIDE.sub("", compact)):
        return None                         # `实事项目数`: how many projects, not their names (`层数`: a building's)
    if ((role == "project" or word in spec.whole_header_words and role != "unit")
            and (unit := header_unit(compact)) is not None and unit.kind == "count"):
        return None                         # `项目（件）`, `岗位（个）`: how many, in the measure its bracket gives
    if role is None and spec.year_column.fullmatch(ROUND_ASIDE.sub("", compact)):
        return "year"
    if role is None and spec.number_column.fullmatch(compact):
        return "number"
    return role


#: a header's bracket at its end (`品名（品牌）`)
_ROLE_ASIDE = regex.compile(r"[（(]([^（()）]{1,6})[）)]$")


#: what every name of a unit column ends in (`计量单位`, `单位`)
_UNIT_WORD = "单位"


#: what may follow a place word in a column of places (`乡镇名称`, `所在街道办事处`)
_PLACE_NAME_ENDS = ("名称", "名", "办事处", "办")


def _counts_past_the_place(compact: str, word: str) -> bool:
    """A header that goes on past its place word to name what it counts (`乡镇储备`, `县级储备` beside
    it): a column of figures kept by the places, not of the places' names; or one that names the
    rest of the places (`其他乡镇（街道）` after a column for each town): a place's column of figures; or one
    that counts the places visited or set up (`查看点位`, `覆盖乡镇`)."""
    bare = ROUND_ASIDE.sub("", compact)
    before, _, rest = bare.partition(word)
    return ((len(rest) >= 2 and rest not in _PLACE_NAME_ENDS) or bare.startswith(_REST_OF_THE_PLACES)
            or _counted_places().search(before) is not None)


@lru_cache(maxsize=1)
def _counted_places() -> regex.Pattern:
    """A verb before a place word that makes the column a count of places (`查看点位`; tables.toml)."""
    return regex.compile(read_table("tables.toml")["counted_places"])


#: words naming the places no column of their own holds (`其他乡镇`, `其余县区`)
_REST_OF_THE_PLACES = ("其他", "其余")


def names_posts(header: str | None, label: str | None) -> bool:
    """A row named under a column of posts to fill (`岗位名称` over `托育点保育员`, `养老护理员`; tables.toml post_headers),
    not projects set out as posts (`岗位（项目）`, a plan laid out as a duty roster) nor an office holding its duties
    (`岗位` over `镇卫健办`: office_post, organisation_name)."""
    posts, office = _post_columns()
    return (header is not None and _squash(header) in posts
            and not (label and (office.search(label) or _spec().organisation_name.search(label))))


@lru_cache(maxsize=1)
def _post_columns() -> tuple[tuple[str, ...], regex.Pattern]:
    data = read_table("tables.toml")
    return tuple(data["post_headers"]), regex.compile(data["office_post"])


def names_only_a_result(header: str) -> bool:
    """A result column whose header is a result word and nothing else (`累计完成`, `完成量（个）`),
    naming no thing: its cells count what their row counts."""
    name = _without_unit(pivot_field(header))
    return any(word == name for word, role in _spec().words if role == "result")


def money_scale_of(unit_line: str) -> float | None:
    """`单位：亿元` → 1e8; `单位：万元` → 1e4; anything not money → None."""
    match = _spec().unit_line.match(unit_line)
    if not match:
        return None
    return _money_scale(match.group("unit"))


def _money_scale(unit: str) -> float | None:
    if not unit.endswith("元"):
        return None
    magnitude = unit[:-1]
    if not magnitude:
        return 1.0
    return parse_number("1" + magnitude)


def scaled(number: float, scale: float) -> float:
    """A bare number in a unit of a magnitude (`9.8` in 亿元), without binary noise
    (9.8 × 1e8 is 980000000.0000001 in floats)."""
    return float(Decimal(repr(number)) * Decimal(repr(scale)))


@dataclass(frozen=True, slots=True)
class DeclaredUnit:
    """A unit the text declares for the bare figures after it (`（单位：亿元）`)."""
    start: int           # where the declaration ends, in the cleaned text
    unit: "HeaderUnit"


def unit_declared(text: str, offset: int = 0) -> DeclaredUnit | None:
    """The last unit declaration in `text` (which starts at `offset` in the document)."""
    found = [(m, _declared_unit(m.group("unit"))) for m in _spec().unit_declaration.finditer(text)]
    found = [(m, unit) for m, unit in found if unit is not None]
    if not found:
        return None
    match, unit = found[-1]
    return DeclaredUnit(offset + match.end(), unit)


def unit_captioned(text: str, offset: int = 0) -> DeclaredUnit | None:
    """The unit a caption on the first line of `text` gives the figures below it, as a column
    header does (`预算资金（万元）` over `年度资金总额：18650`); None where the first line is
    no such caption."""
    match = _spec().unit_caption.match(text)
    unit = header_unit(match.group("label")) if match else None
    return None if unit is None else DeclaredUnit(offset + match.end(), unit)


#: between the units a caption lists for a chart's columns (`（单位：件、%）`, `（单位：人，元/月）`): these
#: part what may be one rate (`元/月`) from the next, a comma a note after them, and a slash two units that
#: are no rate (`户/人` in a list)
_LIST_MARK, _LIST_COMMA, _LIST_SLASH = regex.compile(r"[、；;，,]"), regex.compile(r"[，,]"), regex.compile(r"[/／]")


def _listed_words(words: str) -> list[str]:
    """The units a declaration lists, as written: parted by `、`, `；`, a comma or `/`, a rate kept
    whole (`人，元/月` → 人, 元/月); a comma's last words that name no unit are a note, not a unit
    (`万元，下同`)."""
    noted = _LIST_COMMA.split(words)
    while len(noted) > 1 and unit_word(noted[-1]) is None:
        noted.pop()
    return [word for part in _LIST_MARK.split("，".join(noted))
            for word in ([part] if _one_rate(part) is not None else _LIST_SLASH.split(part))]


def _one_rate(words: str) -> HeaderUnit | None:
    """The words as one rate (`元/月`, `元/袋`), whose slash is no list's (`户、人、万元`); None otherwise."""
    rate = unit_word(words)
    return rate if rate is not None and rate.per is not None else None


def _declared_unit(words: str) -> HeaderUnit | None:
    """The unit a declaration gives bare figures; of a list of units, the one that is no
    percentage (`件、%`: a rate column names its own); a rate is one unit (`元/月`)."""
    if (rate := _one_rate(words)) is not None:
        return rate
    units = [unit_word(word) for word in _listed_words(words)]
    if len(units) == 1 or None in units:
        return units[0] if len(units) == 1 else None
    counted = [unit for unit in units if unit.unit != "%"]
    return counted[0] if len(counted) == 1 else None


def closes_its_text(text: str, declared: DeclaredUnit, offset: int = 0) -> bool:
    """The declaration ends its paragraph (`分领域看（单位：亿元）：`): it introduces what follows."""
    return not text[declared.start - offset:].strip(" \t\u3000：:。\n")


def declared_figures(text: str, declared: DeclaredUnit, offset: int, taken: Sequence[Span]) -> list[Quantity]:
    """The bare numbers of `text` (at `offset` in the document) after a unit declaration,
    each right after the words it measures (`教育支出14.6，`), with the declared unit;
    none inside a span already `taken` (a quantity, a date)."""
    out = []
    for match in _spec().bare_after_label.finditer(text, max(0, declared.start - offset)):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        number = parse_number(match.group())
        if number is None:
            continue
        unit = declared.unit
        out.append(Quantity(match.start(), match.end(), match.group(), scaled(number, unit.scale), None, unit.unit,
                            "exact", None, unit.kind))
    return out


def labelled_figures(text: str, taken: Sequence[Span]) -> list[tuple[Quantity, str]]:
    """The bare numbers of `text` each after a label whose bracket names its unit, as a
    column header does (`计划投资（万元）：186000` → 1.86 亿元), or whose noun or rate
    does (`"床位数": 60` → 60张, `平均完成率: 102.3` → 102.3%), with what the label says
    they count (`计划投资`, `床位`); none inside a span `taken`."""
    out = _counted_labels(text, taken) if ":" in text or "：" in text or "=" in text else []
    if "）" not in text and ")" not in text:
        return out
    for match in _spec().labelled_figure.finditer(text):
        start, end = match.span("number")
        unit = header_unit(match.group("label"))
        number = parse_number(match.group("number").replace(",", ""))
        if unit is None or number is None or any(s < end and start < e for s, e in taken):
            continue
        out.append((Quantity(start, end, match.group("number"), scaled(number, unit.scale), None, unit.unit,
                             "exact", unit.per, unit.kind), unit.name))
    return sorted(out, key=lambda pair: pair[0].start)


def _counted_labels(text: str, taken: Sequence[Span]) -> list[tuple[Quantity, str]]:
    """The bare numbers after a label without a bracket whose last noun has a known measure
    word (`床位数` → 张) or that names a rate (`完成率` → %)."""
    spec = _spec()
    out = []
    for match in spec.counted_label.finditer(text):
        start, end = match.span("number")
        label = match.group("label")
        unit = _counted_label_unit(label, counted=match.group("count") is not None)
        number = parse_number(match.group("number").replace(",", ""))
        if unit is None or number is None or any(s < end and start < e for s, e in taken):
            continue
        out.append((Quantity(start, end, match.group("number"), number, None, unit, "exact", None, "count"), label))
    return out


def _counted_label_unit(label: str, counted: bool) -> str | None:
    """The unit of a bare figure after `label`: its rate's or share's %, or its last noun's measure word
    (a noun counted, `床位数`, or standing alone, `床位`)."""
    if not counted and (_spec().rate_name.search(label) or _spec().share_name.search(label)):
        return "%"
    return label_measure_word(label)


def label_measure_word(label: str) -> str | None:
    """The measure word of the noun a label ends in (`新增养老床位` → 张, `加装电梯` → 部):
    the unit a bare figure of that thing takes; None for a noun without one."""
    return next((unit for noun, unit in _spec().label_nouns.items() if label.endswith(noun)), None)


@dataclass(frozen=True, slots=True)
class HeaderUnit:
    """The unit a column header ends in, as the quantity reader reads it:
    `（万元）` → 元 ×1e4, `（个）` → 个, `（万人次）` → 人次 ×1e4."""
    unit: str
    scale: float
    name: str            # the header without the bracket: what the column counts
    kind: str = "count"  # the unit's kind, as the quantity reader names it (money, person, ...)
    per: str | None = None   # the denominator of a rate unit (`元/人·月` → 人·月)


def header_unit(header: str) -> HeaderUnit | None:
    """None when the header ends in no bracket or the bracket is no unit (`县（市、区）`)."""
    compact = _WHITE_SPACE.sub("", header)
    match = _spec().header_unit.search(compact)
    if not match:
        return _count_unit_header(compact)
    # `（3家）` states a figure, names no unit
    unit = None if _DIGIT.search(match.group("unit")) else unit_word(match.group("unit"))
    if unit is None:
        # a bracket that names who or which (`就餐人次（60—79岁）`) leaves the unit to the words before it
        words = _count_unit_header(compact[:match.start()])
        return None if words is None else replace(words, name=compact)
    return replace(unit, name=compact[:match.start()] or compact, per=unit.per or _leading_per(compact))


def _leading_per(name: str) -> str | None:
    """The denominator a name opening with `每` gives its figures (`每千人口托位数（个）` →
    千人口), as the quantity reader takes it after `每`."""
    return denominator_after_every(name[1:]) if name.startswith("每") else None


def _count_unit_header(compact: str) -> HeaderUnit | None:
    """A header ending in a unit that names a count by itself (`提出人次`, `接诊人次`), or in a
    measure word and 数 (`鉴定户数`): that unit, the header whole naming what its figures count."""
    spec = _spec()
    unit_name = next((unit for unit in spec.count_unit_headers if compact.endswith(unit)), None)
    if unit_name is None and len(compact) > 2 and compact.endswith("数") and compact[-2] in spec.count_measure_headers:
        unit_name = compact[-2]              # `鉴定户数`: households
    if unit_name is None or len(compact) == len(unit_name) or _DIGIT.search(compact):
        return None
    unit = unit_word(unit_name)
    return replace(unit, name=compact) if unit else None


def unit_word(word: str) -> HeaderUnit | None:
    """A unit standing alone, as a unit column's cell or a header's bracket holds it:
    `万人次` → 人次 ×1e4; anything the quantity reader reads as no unit → None."""
    probe = "1" + _WHITE_SPACE.sub("", word)
    if probe == "1":
        return None
    found = find_quantities(probe)
    if len(found) != 1 or found[0].text != probe:
        return _per_measure_word(word)
    return HeaderUnit(found[0].unit, found[0].value, "", found[0].kind, found[0].per)


#: a rate whose denominator is a measure word no unit table holds (`元/盒`, `元/袋`): the unit, per that word
_PER_MEASURE_WORD = regex.compile(r"(?P<unit>[^/／]+)[/／](?P<per>\p{Han}{1,2})")


def _per_measure_word(word: str) -> HeaderUnit | None:
    """`元/盒` → 元 per 盒, where the unit before the slash is one (a price per box of a pharmacy's list)."""
    found = _PER_MEASURE_WORD.fullmatch(_WHITE_SPACE.sub("", word))
    unit = unit_word(found.group("unit")) if found else None
    return replace(unit, per=found.group("per")) if unit is not None and unit.per is None else None


#: Roles whose cells are words (or codes, dates, numbers of rows): never a figure.
_TEXT_ROLES = frozenset({"number", "project", "content", "leader", "lead_unit", "partner_units",
                         "deadline", "region", "contact", "unit", "group", "year", "score",
                         "attribute", "person", "withdrawn"})


#: a name set letter-spaced, one character apart (`数　　量`, `项 目`)
_LETTER_SPACED = regex.compile(r"\p{Han}(?:\s+\p{Han})+")


def is_header_cell(text: str) -> bool:
    """A column's name: a role word, a unit in brackets, a period (`2024年`, `1-3月`) or a
    count (`新增托位数`), in a short label that states nothing (`目标：新增托位300个` is a label and its value,
    not a column; a year may name a column: `2024年计划投资`)."""
    flat = pivot_field(_flat(text))
    if _LETTER_SPACED.fullmatch(flat):
        flat = _WHITE_SPACE.sub("", flat)   # `数　　量`, set as wide as its column
    if not flat or len(flat) > _MAX_HEADER:
        return False
    if is_period(flat) or _spec().year_before.match(flat):
        return True
    outside = _THRESHOLD.sub("", ROUND_ASIDE.sub("", flat))
    if _STATES.search(_YEAR.sub("", outside)) or _names_a_table(outside):
        return False
    return (column_role(flat) is not None or header_unit(flat) is not None
            or bool(_spec().count_header.search(outside)) or bool(_spec().duration_header.search(flat)))


def measured_against_standard(row: TableRow) -> bool:
    """A row of a table that sets each indicator a standard (`标准值`): its period columns
    hold the levels the indicator stood at, measured against it."""
    return any(figure.cell.role == "standard" for figure in row.figure_cells)


@lru_cache(maxsize=1)
def level_header() -> str:
    """The header under which such a level's stance is read (data/tables.toml)."""
    return read_table("tables.toml")["level_header"]


def is_period(header: str) -> bool:
    """A column named by a period: a table of indicators by year, quarter or month."""
    return bool(_spec().period.match(_WHITE_SPACE.sub("", header)))


#: A header cell is a short name; a longer one is a cell of text.
_MAX_HEADER = 24


def _names_a_table(name: str) -> bool:
    """A table's caption over its header (`承诺事项及目标任务表（主要指标）`, `项目汇总表`), though it
    holds a column's word: the name of the table, not of a column (a column of deputies or of water
    meters, `代表`, `新装水表`, is one: tables.toml counted_tables)."""
    return name.endswith("表") and not name.endswith(_counted_tables())


@lru_cache(maxsize=1)
def _counted_tables() -> tuple[str, ...]:
    return tuple(read_table("tables.toml")["counted_tables"])


#: what a label never holds outside its brackets: a colon, sentence punctuation, a figure
_STATES = regex.compile(char_class(CLAUSE_BREAKS, COLONS) + r"|\d")
_DIGIT = regex.compile(r"\d")
_YEAR = regex.compile(r"(?:19|20)\d\d年度?")
#: a band a column counts within (`其中12米以上（艘）`, `60周岁及以上（人）`): the column's name, not a figure
_THRESHOLD = regex.compile(r"\d+(?:\.\d+)?\s*\p{Han}{0,2}?(?:及以上|以上|及以下|以下|以内)")


def _is_header(texts: Sequence[str], needed: int) -> bool:
    """A header row: enough cells named by their words, and no cell a figure but the
    bare years of a run of year columns (`指标 | 单位 | 2019 | 2020 | 2021`) or the months of a
    schedule's (`项目 | 计划投资（万元） | 1 | 2 | … | 12`)."""
    filled = [t for t in texts if t.strip()]
    figures = [_flat(t) for t in filled if _BARE_FIGURE.fullmatch(_flat(t))]
    if len(filled) < 2 or (figures and not (year_run(figures) or month_run(figures))):
        return False
    named = sum(is_header_cell(t) and not _spec().organisation_name.search(_flat(t)) for t in filled)
    return named >= needed and not any(map(_states_a_figure, filled))


def _states_a_figure(cell: str) -> bool:
    """A cell holding a quantity (`≥420个`, `不高于30万元`) is a row's value, never a column's
    name: the row of a table of indicators whose level cells hold role words (`产出指标 |
    数量指标 | 新增普惠托位 | ≥420个`) is a body row still."""
    return bool(_DIGIT.search(cell)) and bool(find_quantities(_THRESHOLD.sub("", ROUND_ASIDE.sub("", _flat(cell)))))


#: the fewest bare years that make a header of year columns: one bare number could be a figure
_MIN_YEAR_RUN = 2


#: the fewest month numbers that make a header of month columns (a Gantt chart's `1 2 … 12`)
_MIN_MONTH_RUN, _MONTHS = 3, 12


def month_run(cells: Sequence[str]) -> bool:
    """Bare numbers that are the months of a schedule's columns (`1 | 2 | … | 12`): 1, 2, 3, …
    in order, three at least, none past 12 (a row of counts never runs so)."""
    if len(cells) < _MIN_MONTH_RUN or any(not c.isdigit() for c in cells):
        return False
    return [int(c) for c in cells] == list(range(1, len(cells) + 1)) and len(cells) <= _MONTHS


def year_run(cells: Sequence[str]) -> bool:
    """Bare numbers that are column years: years, at least two, each the one before plus
    one (a row of counts never runs so)."""
    years = [_year_cell(c) for c in cells]
    if len(years) < _MIN_YEAR_RUN or None in years or any(not c.isdigit() for c in cells):
        return False
    return all(b == a + 1 for a, b in zip(years, years[1:]))


# ------------------------------------------------------------------------ reading

@dataclass(slots=True)
class TableText:
    """Which lines are a table and what its cells are (offsets into the text)."""
    first: int                          # index of its first line
    end: int                            # one past its last line
    header: list[Span]
    rows: list[list[Parts | None]]      # body rows, cells in column order (None: no cell there)
    #: the columns' names where a second header row names them further (`2025年` over
    #: `目标 | 完成`: `2025年目标`, `2025年完成`); else each is its header span's text
    names: list[str] | None = None
    #: the second header row's own names (`目标`, `普惠托位（个）`), where there is one
    lower_names: list[str] | None = None


def find_tables(text: str, lines: Sequence[Line]) -> dict[int, TableText]:
    """Every table of the text, by the index of its first line."""
    found: dict[int, TableText] = {}
    furniture = running_lines(lines)
    squeezed = _Squeezed(lines)
    i = 0
    while i < len(lines):
        table = None if lines[i].blank else (_cell_per_line(text, lines, i) or _under_group_names(text, lines, i, furniture)
                                             or _row_per_line(text, lines, i, furniture)
                                             or _line_per_cell(text, lines, i) or _column_per_block(text, lines, i)
                                             or _wrapped_cell_lines(text, lines, i)
                                             or squeezed.line_per_cell(text, i))
        if table is None:
            i += 1
            continue
        found[i] = table
        i = table.end
    return found


class _Squeezed:
    """The lines without the one empty line after each (a Word table dumped with an empty paragraph
    after every cell: `项目⏎⏎计划⏎⏎完成⏎⏎屯级道路硬化（公里）⏎⏎18⏎⏎18.6`), where a table one cell per
    line is looked for again; an empty line among others stays, as the rows' gap. Squeezed once per
    text, and only for a text that has such a run."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.original = lines

    @cached_property
    def kept(self) -> list[int]:
        """The indexes of the lines kept: all but an empty line between two others."""
        lines = self.original
        return [k for k, line in enumerate(lines)
                if not (line.blank and 0 < k < len(lines) - 1 and not lines[k - 1].blank and not lines[k + 1].blank)]

    @cached_property
    def lines(self) -> list[Line]:
        return [self.original[k] for k in self.kept]

    @cached_property
    def position(self) -> dict[int, int]:
        """A kept line's index in the original → in the squeezed lines."""
        return {k: n for n, k in enumerate(self.kept)}

    def _spaced(self, i: int) -> bool:
        """Line `i` is followed by one empty line and then a line of words."""
        lines = self.original
        return i + 2 < len(lines) and lines[i + 1].blank and not lines[i + 2].blank

    def line_per_cell(self, text: str, first: int) -> TableText | None:
        if not all(self._spaced(first + 2 * k) for k in range(_MIN_LINE_COLUMNS)):
            return None                     # (lines not spaced out from the header on were read as they are)
        table = _line_per_cell(text, self.lines, self.position[first])
        return None if table is None else replace(table, first=first, end=self.kept[table.end - 1] + 1)


def _under_group_names(text: str, lines: Sequence[Line], first: int, furniture: frozenset[str]) -> TableText | None:
    """A table whose header row stands under a row of group names merged over its columns, as an
    export of merged cells leaves it (`农作物⇥⇥⇥住房⇥⇥…` over `作物⇥淹没面积（亩）⇥补偿（元）⇥受损（间）⇥补偿（元）`):
    the table from the group row, each column named by both (`住房补偿（元）`). The group row is cut
    as the header is (tabs, bars), holds as many cells, some of them empty, and no figure: a digit only
    inside a column's name (`身份证号后4位` in a roll's top row, whose merged `培训课时（课时）` stands over
    `理论 | 实操`)."""
    below = first + 1
    # (most lines hold no tab or bar: the header below them is not asked for)
    if below >= len(lines) or not _CELL_MARK.search(lines[first].text) or (found := _header_of(lines[below].text)) is None:
        return None
    split, _ = found
    if split not in (_tabs, _pipes) or not (spans := split(lines[first].text)):
        return None
    top = [lines[first].text[s:e].strip() for s, e in spans]
    filled = [cell for cell in top if cell]
    # (`附表⇥⇥单位：万元` over a header is the table's title and unit line: a label and its value, no group)
    if not 2 <= len(filled) < len(top) or any(_DIGIT.search(cell) and not _NAMED.search(cell) or _LABELLED.search(cell)
                                               for cell in filled):
        return None
    table = _row_per_line(text, lines, below, furniture)
    if table is None or table.names is not None or len(table.header) != len(top):
        return None
    bottom = [text[s:e].strip() for s, e in table.header]
    return replace(table, first=first, names=_merged_names(top, bottom), lower_names=bottom)


#: a label's colon
_LABELLED = regex.compile(char_class(COLONS))
#: words enough to make a cell with a digit a column's name (`身份证号后4位`), not a figure or a period (`2024年`)
_NAMED = regex.compile(r"\p{Han}{3}")
#: what parts a group row's cells: a tab or a bar
_CELL_MARK = regex.compile(rf"\t|{char_class(CELL_BARS)}")


#: A printed page's number (structure.toml's `page_number`: `— 7 —`, `第 3 页 共 8 页`)
_PAGE_NUMBER_PATTERN = read_table("structure.toml")["page_number"]
#: …on a line of its own in a PDF dump
_PAGE_NUMBER = regex.compile(rf"\s*{_PAGE_NUMBER_PATTERN}\s*")
#: A line repeated this often, and this long, is a page's running header or footer
#: (`某市人民政府公报  2024年第3期`), not a row: rows repeat less, and short ones (`小计`) more.
_RUNNING_REPEATS, _RUNNING_MIN_LENGTH = 3, 8


def running_lines(lines: Sequence[Line]) -> frozenset[str]:
    """The lines a PDF dump repeats on every page; not a row that names its measure and gives its
    figure (`高温补贴（元）　　１５０．００`), which each of a run of printed slips repeats alike."""
    counts = Counter(line.text.strip() for line in lines if len(line.text.strip()) >= _RUNNING_MIN_LENGTH)
    return frozenset(text for text, n in counts.items() if n >= _RUNNING_REPEATS and not _measured_row(text))


def _measured_row(line: str) -> bool:
    """A line of two cells, a name with its unit in brackets and a bare figure (`计件单价（元/公斤）  6.80`)."""
    cells = _split(line, _SPACES, outer=True) or []
    return (len(cells) == 2 and header_unit(line[slice(*cells[0])]) is not None
            and _BARE_FIGURE.fullmatch(read_digits(line[slice(*cells[1])])) is not None)


# --- one cell per line

#: A non-tab line after a blank line still belongs to a table cell when it is this short
#: (unit names listed in a cell: `市工信局`, `供电公司`).
_SHORT_CONTINUATION = 20


def _cell_per_line(text: str, lines: Sequence[Line], first: int) -> TableText | None:
    """A table dumped one cell per line. Its first row is the header when it reads as one
    (one word of a column role is enough: the tab layout says the rest); a table without
    one (a group row first) is a table still if some row has two cells or more, and
    lone indented lines (`\t二、主要任务` over prose) are none."""
    if not lines[first].is_cell or "\t" in lines[first].text[1:]:
        return None                         # tabs inside: a row per line, led by an empty cell
    end = _table_end(lines, first)
    rows = _table_cells(lines[first:end])
    if rows and _is_header([text[s:e] for s, e in rows[0]], needed=1):
        header, body = rows[0], rows[1:]
    elif any(len(row) >= 2 for row in rows):
        header, body = [], rows
    else:
        return None
    return TableText(first, end, header, [[(span,) for span in row] for row in body])


def _table_end(lines: Sequence[Line], first: int) -> int:
    """Index one past the last line of the cell-per-line table that starts at `first`."""
    end, i = first, first
    while i < len(lines):
        line = lines[i]
        if line.is_cell or (not line.blank and i > 0 and not lines[i - 1].blank):
            end = i + 1
        elif line.blank:
            pass
        elif len(line.text.strip()) <= _SHORT_CONTINUATION and _cell_follows(lines, i):
            end = i + 1
        else:
            break
        i += 1
    return end


def _cell_follows(lines: Sequence[Line], i: int) -> bool:
    """A short stray line is inside the table if more table lines follow before any prose."""
    for line in lines[i + 1:]:
        if line.is_cell:
            return True
        if not line.blank and len(line.text.strip()) > _SHORT_CONTINUATION:
            return False
    return False


def _table_cells(lines: Sequence[Line]) -> list[list[Span]]:
    """Group cell-per-line table lines into rows of cells; a cell is (start, end) over its lines."""
    rows: list[list[list[int]]] = []
    after_blank = True
    for line in lines:
        if line.blank:
            after_blank = True
            continue
        if line.is_cell:
            if after_blank or not rows:
                rows.append([])
            rows[-1].append([line.start + 1, line.end])
        elif rows and rows[-1]:
            rows[-1][-1][1] = line.end       # the cell goes on over this line
        after_blank = False
    return [[(s, e) for s, e in row] for row in rows]


# --- one cell per line, no tabs: every cell a line, an empty cell an empty line

#: a header of fewer lines is too weak a sign of a table among short lines of text; a
#: run of more is a list of words, not a header (and reading it from every line of a long
#: run would take time quadratic in its length)
_MIN_LINE_COLUMNS, _MAX_LINE_COLUMNS = 3, 30
#: what a cell of a row number holds, and a cell that says there is no value
_ROW_NUMBER = regex.compile(r"[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）、.．]?")
_NO_VALUE = regex.compile(r"[/／—–\-－]+|无")
#: a cell of a building number column (`幢号`): one building or a run of them, maybe with a note
#: (`1#—6#`, `3号楼`, `27#（配套用房）`), or of another numbered thing (`1号窖` under `窖号`)
_BUILDING = r"[\dA-Z]{1,4}(?:#|＃|号\p{Han}?|幢|栋)"
_BUILDING_NUMBER = regex.compile(rf"{_BUILDING}(?:\s*[—–\-~～至]\s*{_BUILDING})?(?:[（(][^（）()]{{1,10}}[）)])?")


def _line_per_cell(text: str, lines: Sequence[Line], first: int) -> TableText | None:
    """A table pasted from Word one cell per line without indentation: the header is a
    run of lines each a column's name (`序号`, `项目名称`, `计划投资（万元）`), or one line
    of them TAB-separated (a table copied from a browser keeps its header row whole), then
    every row takes as many lines as there are columns, a merged or empty cell an empty
    line; or, where an empty line parts the rows (Word's empty paragraph between them),
    every row is the run of lines between empty ones, a line a column. The rows end where
    a row's cells no longer fit their columns (a note under the table: `注：…` is no row
    number)."""
    found = _cell_line_header(text, lines, first)
    if found is None:
        return None
    header, body, checks, names = found
    if not any(checks) and body < len(lines) and _GRID_CODE.fullmatch(lines[body].text.strip()):
        checks[0] = _grid_code_cell         # rows told by their grid squares' codes (`A3`, `A7` under `格子`)
    if not any(checks):
        return None                         # nothing to tell a row from text by
    rows, end = _rows_of_cell_lines(lines, body, checks)
    if not rows:
        rows, end = _rows_between_blank_lines(lines, body, checks)
    if not rows:
        return None
    if len(rows) < _MIN_ROWS_TOLD_BY_COUNTS and not any(_cell_check(name, counted=False) for name in names):
        return None     # columns that only a count's name tells (`年初数`, `年末数`) need rows to show them
    return TableText(first, end, header, rows)


def _cell_line_header(text: str, lines: Sequence[Line], first: int
                      ) -> tuple[list[Span], int, list[Callable[[str], bool] | None], list[str]] | None:
    """The header of a cell-per-line table at `first`: its columns' spans, the index of
    the line its body starts at, how to tell each column's cells (by its name; every column
    after the name column one of bare figures where the header was told by its rows; by the
    legend that glosses the names), and the names its cells are told by (a name with the unit a
    line above the table declares for it: `发出网片（张）`)."""
    found = _cell_line_header_spans(lines, first, frozenset(word for word, _ in glossed_column_units(text)))
    if found is not None:
        spans, body, told = found
        names = [text[s:e] for s, e in spans]
        checks = [_cell_check(name) for name in names]
        if told:
            checks = [checks[0]] + [_figure_or_no_value] * (len(spans) - 1)
        return spans, body, checks, names
    if named := _header_under_column_units(lines, first):
        columns, names = named
        return [_trim_line(line) for line in columns], first + len(columns), [_cell_check(name) for name in names], names
    if columns := _header_glossed_by_the_legend(text, lines, first):
        names = [line.text.strip() for line in columns]
        return [_trim_line(line) for line in columns], first + len(columns), _glossed_checks(text, names), names
    return None


def _cell_line_header_spans(lines: Sequence[Line], first: int, glossed: frozenset[str] = frozenset()
                            ) -> tuple[list[Span], int, bool] | None:
    """The header's spans, the index of the line its body starts at, and whether its rows told it; `glossed`, the
    columns a note glosses the unit of (`“面积”一栏单位为平方米`), are names the header may run on into."""
    columns = _header_lines(lines, first) or _with_unknown_first_columns(lines, first)
    if len(columns) >= _MIN_LINE_COLUMNS:
        columns = _with_unknown_last_columns(lines, first, columns, glossed)
        return [_trim_line(line) for line in columns], first + len(columns), False
    if columns := _header_told_by_its_rows(lines, first):
        return [_trim_line(line) for line in columns], first + len(columns), True
    if columns := _header_of_numbered_rows(lines, first):
        return [_trim_line(line) for line in columns], first + len(columns), False
    line = lines[first]
    cells = None if line.is_cell else _tabs(line.text)
    if cells is None or not _MIN_LINE_COLUMNS <= len(cells) <= _MAX_LINE_COLUMNS:
        return None
    if not _is_header([line.text[s:e] for s, e in cells], needed=2):
        return None
    return [(line.start + s, line.start + e) for s, e in cells], first + 1, False


#: the fewest columns a unit line above a cell-per-line table must name for its header to be told by them
_MIN_DECLARED_COLUMNS = 2


def _header_under_column_units(lines: Sequence[Line], first: int) -> tuple[list[Line], list[str]] | None:
    """A cell-per-line header whose figure columns no word list knows but a line above the table
    declares a unit for, column by column (`计量单位：网片——张；网线——公斤；加工费——元` over `日期`,
    `发料单号`, `发出网片`, `发出网线`, …, `经手人`): the longest run of short names from `first`, two of
    them at least given a unit so, that the first row fits; the lines and the names with their units."""
    if not _is_column_name_line(lines[first]):
        return None
    units = column_units_before(lines, first)
    if len(units) < _MIN_DECLARED_COLUMNS:
        return None
    run = list(itertools.takewhile(_is_column_name_line, lines[first:first + _MAX_LINE_COLUMNS]))
    plain = [line.text.strip() for line in run]
    named, _ = with_column_units(plain, units)
    for count in range(len(run), _MIN_LINE_COLUMNS - 1, -1):
        declared = sum(name != bare for name, bare in zip(named[:count], plain))
        if declared >= _MIN_DECLARED_COLUMNS and _first_row_fits(lines, first, run[:count], named[:count]):
            return run[:count], named[:count]
    return None


#: the fewest names of a cell-per-line header that the document's legend glosses, for the legend to tell the header
_MIN_GLOSSED_COLUMNS = 2


def _header_glossed_by_the_legend(text: str, lines: Sequence[Line], first: int) -> list[Line]:
    """A cell-per-line header whose names no word list knows but the document's legend glosses (`“约定镖货”照抄年初
    镖单；“验讫”为验镖组现场核定数；“短欠”为年底未交部分` over `镖号`, `约定镖货`, `验讫`, `短欠`, `验镖意见`; held-out
    341's delivery register): the longest run of short names from `first`, two of them glossed, that the first two
    rows fit (`_glossed_checks`)."""
    glossed = glossed_labels(text)
    if len(glossed) < _MIN_GLOSSED_COLUMNS or not _is_column_name_line(lines[first]):
        return []
    run = list(itertools.takewhile(_names_a_column_not_the_table, lines[first:first + _MAX_LINE_COLUMNS]))
    for count in range(len(run), _MIN_LINE_COLUMNS - 1, -1):
        names = [line.text.strip() for line in run[:count]]
        if (sum(name in glossed for name in names) >= _MIN_GLOSSED_COLUMNS
                and _first_row_fits(lines, first, run[:count], rows=2, checks=_glossed_checks(text, names))):
            return run[:count]
    return []


def _names_a_column_not_the_table(line: Line) -> bool:
    """A line of a cell-per-line header, not the table's title or unit line over it (`（单位：座）`)."""
    name = line.text.strip()
    return _is_column_name_line(line) and not _TITLE_OR_UNIT_LINE.fullmatch(name) and not _TABLE_TITLE.fullmatch(name)


def _glossed_checks(text: str, names: Sequence[str]) -> list[Callable[[str], bool] | None]:
    """How to tell a row's cells under the columns the document's legend glosses: a plan's column states its figure
    among its words (`普惠托位240个`, the year's bill copied), any other holds a figure (`256`, `2.93万`) or nothing."""
    glossed, stances = glossed_labels(text), legend_glosses(text)
    return [None if name not in glossed
            else _states_a_figure_or_nothing if stances.get(name, (None,))[0] == TARGET
            else _figure_quantity_or_nothing for name in names]


def _states_a_figure_or_nothing(cell: str) -> bool:
    return _figure_or_no_value(cell) or bool(_DIGIT.search(cell))


#: the longest column name that tells its cells figures by a count's or rate's ending alone (`检出人数`);
#: a longer one (`新建农村颐养之家数量`) names an item, a row's label in a form set one cell a line
_MAX_COUNT_NAME = 4
#: the fewest rows that show a table whose figure columns only a count's or rate's name tells
_MIN_ROWS_TOLD_BY_COUNTS = 2
#: the most columns after a known header that no word list knows (`认领党小组`), besides those a note glosses the unit of
_MAX_UNKNOWN_LAST_COLUMNS = 2
#: the most lines after a header that read as column names but are the first row's (its label)
_MAX_ROW_LABELS_IN_HEADER = 1


def _first_row_fits(lines: Sequence[Line], first: int, header: list[Line], names: Sequence[str] = (),
                    rows: int = 1, checks: list[Callable[[str], bool] | None] | None = None) -> bool:
    """The lines after a cell-per-line header from `first` start with a row that fits it (its
    columns told by `checks` where given, else by `names` where given, else by the header's lines),
    or with `rows` such rows one after another."""
    if checks is None:
        checks = [_cell_check(name) for name in names or [line.text.strip() for line in header]]
    start = body = first + len(header)
    while start < len(lines) and lines[start].blank and start - body < _MAX_GAP_LINES:
        start += 1      # (an empty paragraph may part the header from the first row)
    chunks = itertools.islice(_row_chunks(lines, start, len(header), parted=False), rows)
    return sum(1 for chunk in chunks if _fits(chunk, checks) and _some_checked_cell(chunk, checks)) == rows


#: a table's title over its header, no column's name (`某乡电影放映汇总`, `入窖预约登记表`, `项目完成情况`)
_TABLE_TITLE = regex.compile(r".{4,}(?:汇总表?|一览表?|清单|明细表?|情况表?|统计表?|登记表|计划表|[^代]表)")
#: the most columns before a known header that no word list knows (`窖号`, `类型`)
_MAX_UNKNOWN_FIRST_COLUMNS = 3


def _with_unknown_first_columns(lines: Sequence[Line], first: int) -> list[Line]:
    """A header whose first columns' names no word list knows (`窖号`, `类型`, then `库容（吨）`,
    `已预约（吨）`, `预约户数（户）`): those lines are columns too where the first row fits the whole
    header (`1号窖`, `气调库`, `4000`…); else none."""
    for lead in range(1, _MAX_UNKNOWN_FIRST_COLUMNS + 1):
        names = list(lines[first:first + lead])
        if len(names) < lead or any(line.blank or line.is_cell or not _PLAIN_NAME.fullmatch(line.text.strip())
                                    or _TITLE_OR_UNIT_LINE.fullmatch(line.text.strip())
                                    or _TABLE_TITLE.fullmatch(line.text.strip()) for line in names):
            return []
        if not (known := _header_lines(lines, first + lead)):
            continue
        # (and names no word list knows after the known ones, `片区`, known names, then `备注`)
        header = _with_unknown_last_columns(lines, first, names + known)
        if _first_row_fits(lines, first, header):
            return header
    return []


def _with_unknown_last_columns(lines: Sequence[Line], first: int, columns: list[Line],
                               glossed: frozenset[str] = frozenset()) -> list[Line]:
    """A header whose last columns' names no word list knows (`序号`…`计划投资` then
    `认领党小组`): those lines are columns too where the first row fits the header only with them
    (its number, then a figure under `计划投资`); and a header run on into the first row's label,
    which reads as a column's name (`结婚登记（对）` after `2018年`) but no role or period names: the
    row's, where only without it the first row fits."""
    if _first_row_fits(lines, first, columns):
        # (a header's last name no word list knows may pass for the first row's label, every row then
        # read a cell off: `换牌状态` over `1`, `护理型床位（张）`, `40`, `42`; the second row tells)
        if not _first_row_fits(lines, first, columns, rows=2):
            if len(longer := _with_unknown_names_after(lines, first, columns, rows=2, glossed=glossed)) > len(columns):
                return longer
        return columns
    for fewer in range(1, _MAX_ROW_LABELS_IN_HEADER + 1):
        # the first row's label holding a unit, a header's mark (`指标`, `2016年`… over `结婚登记（对）`,
        # `2856`…): the row's, where the first row fits the header only without it
        dropped = [line.text.strip() for line in columns[-fewer:]]
        # (a header with a date column holds its dates in its rows: a day after its names, `日期`, `起止桩号`,
        # `炮孔数（个）`…`警戒人员（人）` then `9月3日`, is the first row's; held-out 338's blasting record)
        dated = any(column_role(line.text.strip()) == "deadline" for line in columns[:-fewer])
        if (len(columns) - fewer >= _MIN_LINE_COLUMNS and _first_row_fits(lines, first, columns[:-fewer])
                and not any(column_role(name) or is_period(name) and not dated for name in dropped)):
            return columns[:-fewer]
    return _with_unknown_names_after(lines, first, columns, glossed=glossed)


def _with_unknown_names_after(lines: Sequence[Line], first: int, columns: list[Line], rows: int = 1,
                              glossed: frozenset[str] = frozenset()) -> list[Line]:
    """The header `columns` from `first` and the lines after it, known column names and at most
    a few that no word list knows, as far as the first `rows` rows fit it; the header alone
    where no such run does. A name a note glosses the unit of is known (`面积 | 保存状况 | 修缮投入` after
    `“面积”一栏单位为平方米，“修缮投入”一栏单位为万元`, a register's; held-out 353's 35303)."""
    # the unknown names may stand before a known one (`集中安置`, `货币安置`, then `补助资金`), between
    # known ones too (`建造年代`, then `现居住户数（户）`, `修缮内容`, `修缮面积（平方米）`, `拟补助金额（万元）`)
    more: list[Line] = []
    unknown = 0
    for line in lines[first + len(columns):first + _MAX_LINE_COLUMNS]:
        name = line.text.strip()
        known = not line.blank and not line.is_cell and is_header_cell(name)
        if not known and not _PLAIN_NAME.fullmatch(name):
            break
        more.append(line)
        unknown += not is_header_cell(name) and name not in glossed
        if unknown > _MAX_UNKNOWN_LAST_COLUMNS:
            break
        if _first_row_fits(lines, first, columns + more, rows=rows):
            return columns + more
    return columns


#: the most figure columns a header told by its rows has, and the fewest rows that tell it
_MAX_TOLD_COLUMNS, _MIN_TELLING_ROWS = 8, 2
#: a measure in letters in brackets (`材长（m）`, `径级（cm）`, `新增容量（kVA）`): the column's own unit, though no record
#: counts in it (held-out 339's timber tally)
_LETTER_UNIT = regex.compile(r"[（(][A-Za-z]{1,3}[）)]")
#: a column's name that no word list knows (`计划招生`, `派位录取`): a few characters, no figure
#: but a grade's letter or a short run of capitals (`C级`, `A类`, `SOS呼叫`) or a year (`已纳入2021年改造`), a part of the column before it
#: marked so (`其中：加固`), the window a reading is taken over (`24h雨量`, `7日均值`), the day a reading was
#: taken on in brackets after it (`入托时（9月2日）`, `本周（9月13日）`, a growth record's columns), an age band
#: (`60岁以上`, a canteen's prices by the diner's age), or its unit in letters (`材长（m）`)
_PLAIN_NAME = regex.compile(r"(?=.{2,12}$)(?:其中[:：])?(?:\d{1,3}(?:h|小时|日|天|周岁|岁)(?=\p{Han}))?"
                            r"(?:[A-Z]{1,4}(?=[\p{Han}])|(?:19|20)\d\d年|[\p{Han}（）()])+"
                            rf"(?:[（(](?:\d{{1,2}}月)?\d{{1,2}}日[）)]|{_LETTER_UNIT.pattern})?")


def _header_told_by_its_rows(lines: Sequence[Line], first: int) -> list[Line]:
    """A cell-per-line header whose figure columns carry no role or unit word (`园所名称`
    over `计划招生`, `直接安排`, `派位录取`, the unit in the heading above: `（单位：名）`): a
    name column's header, then the few lines that name the columns, told by the rows after
    them, at least two, each a name and then a bare figure for every column."""
    head = lines[first]
    if head.blank or head.is_cell:
        return []
    # a name column's header that no role names (`家庭人口`) is one where every column after it
    # names its unit (`2030年节水目标（立方米）`), or a unit line above declares it for all of them
    # (`二、接诊分点统计（单位：人次）` over `服务点`, `接诊`, `外伤处置`)
    named = column_role(head.text.strip()) in _ROW_NAME_ROLES - {"number"} or unit_line_before(lines, first) is not None
    if not named and not _PLAIN_NAME.fullmatch(head.text.strip()):
        return []
    for count in range(_MIN_LINE_COLUMNS - 1, _MAX_TOLD_COLUMNS + 1):
        names = lines[first + 1:first + 1 + count]
        if len(names) < count or not all(_told_column(line.text.strip(), named) for line in names):
            return []
        body = first + 1 + count
        for parted in (False, True):
            chunks = _row_chunks(lines, body, count + 1, parted)
            if sum(1 for _ in itertools.islice(itertools.takewhile(_figure_row, chunks), _MIN_TELLING_ROWS)) == _MIN_TELLING_ROWS:
                return [head, *names]
    return []


def _header_of_numbered_rows(lines: Sequence[Line], first: int) -> list[Line]:
    """A cell-per-line header led by a row-number column (`序号`, `商户编号`) whose other names no word
    list need know (`姓名`, `户籍地`, `实训课时`, `证书取得情况`, `培训补贴`): as many names as lines part
    the row numbers or codes under them (`1` on the line after the last name, `2` as many lines further;
    `XH-003`, `XH-011`), or as many and one where an empty line parts every row (Word's empty paragraph)."""
    if lines[first].blank or lines[first].is_cell:
        return []
    numbered = column_role(lines[first].text.strip()) == "number"
    if not (numbered or _is_column_name_line(lines[first])):
        return []
    for count in range(_MIN_LINE_COLUMNS, _MAX_LINE_COLUMNS + 1):
        if first + count - 1 >= len(lines) or not _is_column_name_line(lines[first + count - 1]):
            return []
        for gap in (0, 1):
            if gap and not (first + count < len(lines) and lines[first + count].blank):
                continue
            numbers = [lines[k].text.strip() if k < len(lines) else ""
                       for k in (first + count + gap, first + 2 * (count + gap))]
            if (numbered and numbers == ["1", "2"]) or _codes_of_one_series(numbers, lettered=not numbered):
                return list(lines[first:first + count])
    return []


def _is_column_name_line(line: Line) -> bool:
    """A line of a cell-per-line header: a column's name a word list knows, or a few plain words."""
    name = line.text.strip()
    return not line.blank and not line.is_cell and bool(is_header_cell(name) or _PLAIN_NAME.fullmatch(name))


#: the letters a register's row codes open with, a part or two (`XH-`, `GT-JT-`): the series all its rows share
_CODE_SERIES = r"(?P<series>[A-Z]{1,4}(?:-[A-Z]{1,4})?)-?"


#: a row's code in a register (`XH-003`, `A012`, `GT-JT-2024-031`): a letter prefix (of a part or two) and a
#: serial number, perhaps after its year; or a certificate's number, a short word and a long run of digits
#: (`湘准迁4313810211`, a permit's stub)
_ROW_CODE = regex.compile(rf"{_CODE_SERIES}(?:(?:19|20)\d\d-)?\d{{2,5}}"
                          r"|(?P<series>\p{Han}{1,4})\d{6,20}")


def _codes_of_one_series(cells: Sequence[str], lettered: bool = False) -> bool:
    """Row codes of one register (`XH-003`, `XH-011`): the same letters, each with its serial number,
    standing where a numbered table's `1` and `2` stand. Under a first column no word names as the
    rows' numbers (`格子 | 候选项目 | 红点`), a grid's codes (`A3`, `A7`: a letter and a number) tell it,
    and only codes of letters do."""
    codes = [(_GRID_CODE if lettered else _ROW_CODE).fullmatch(cell) for cell in cells]
    return all(codes) and len({code.group("series") for code in codes}) == 1


def _grid_code_cell(cell: str) -> bool:
    return bool(_GRID_CODE.fullmatch(cell)) or _total_kind(cell) is not None


#: a row's code of a letter series and a short number (`A3`, `B12`, `XH-003`): a wall's or a map's grid squares
_GRID_CODE = regex.compile(rf"{_CODE_SERIES}\d{{1,5}}")


def _told_column(name: str, under_a_named_head: bool) -> bool:
    """A figure column's name in a header told by its rows: a few words (under a name column a
    role names), or a name with its unit (`2029年同期户均月用水（立方米）`)."""
    with_unit = is_header_cell(name) and header_unit(name) is not None
    return with_unit or under_a_named_head and _PLAIN_NAME.fullmatch(name) is not None


def _row_chunks(lines: Sequence[Line], i: int, size: int, parted: bool) -> Iterator[Sequence[Line]]:
    """The runs of `size` lines from line `i`, one after another, or (`parted`) each after the
    empty lines that part the rows (Word's empty paragraph between rows)."""
    while True:
        while parted and i < len(lines) and lines[i].blank:
            i += 1
        if i + size > len(lines):
            return
        yield lines[i:i + size]
        i += size


#: the most empty cells (empty lines) a row of a header told by its rows may have (`佳芦镇`, `48`, ``,
#: `48`: no house rebuilt there)
_MAX_EMPTY_TELLING_CELLS = 1


def _figure_row(chunk: Sequence[Line]) -> bool:
    """A row of a header told by its rows: a name, then a bare figure in every other line, or
    in all but one, which is empty."""
    name, *figures = chunk
    filled = [line for line in figures if not line.blank]
    return (bool(filled) and len(figures) - len(filled) <= _MAX_EMPTY_TELLING_CELLS
            and not name.blank and not name.is_cell and _BARE_FIGURE.fullmatch(name.text.strip()) is None
            and all(_figure_cell(line.text.strip()) for line in filled))


def _figure_cell(cell: str) -> bool:
    return bool(_BARE_FIGURE.fullmatch(cell))


def _figure_or_no_value(cell: str) -> bool:
    """A cell of a figure column: a bare figure, or a mark that there is none (`/` where a school rented no boards)."""
    return _figure_cell(cell) or bool(_NO_VALUE.fullmatch(cell))


#: a printed page's header or footer line: its number, perhaps of how many, after a few words (`会泽县教育体育局制表
#: 第 1 页 共 2 页`, `— 2 —`, `-3-`)
_PAGE_LINE = regex.compile(rf"(?:[^\n\d]{{0,30}}?[ \t\u3000]*)?{_PAGE_NUMBER_PATTERN}")


def _is_page_line(line: Line) -> bool:
    return _PAGE_LINE.fullmatch(line.text.strip()) is not None


def _rows_of_cell_lines(lines: Sequence[Line], i: int, checks: list[Callable[[str], bool] | None]
                        ) -> tuple[list[list[Parts | None]], int]:
    """Rows of as many lines as there are columns from line `i`, an empty line an empty
    cell, and between them a group's numbered label on a line of its own (`一、一老一小`: a
    merged row, one line for all its cells); and the index one past the last. An empty line
    may part the header from the first row as it parts the rows (Word's empty paragraph); where
    one does, a row's empty last cell is an empty line before the parting one, not the parting one."""
    rows: list[list[Parts | None]] = []
    parted = False
    if i < len(lines) and lines[i].blank and (first_row := _rows_resume(lines, i, checks)) is not None:
        i, parted = first_row, True
    while i + len(checks) <= len(lines):
        if _group_line(lines, i, checks):
            rows.append([(_trim_line(lines[i]),)] + [None] * (len(checks) - 1))
            i += 1
            continue
        if rows and _is_page_line(lines[i]) and _whole_row_at(lines, i + 1, checks):
            i += 1          # a printed page's footer between two rows (`…制表　第 1 页 共 2 页`): the table goes on
            continue
        if rows and (merged := _total_over_two_columns(lines, i, checks)) is not None:
            rows.append(merged)
            i += len(checks) - 1
            continue
        chunk = lines[i:i + len(checks)]
        # (one empty line at a row's end, then the next row: the parting line, the row short of a cell;
        # two or more are its empty cells, whether or not a parting line follows)
        unparted = (parted and not chunk[0].blank and chunk[-1].blank and not chunk[-2].blank
                    and i + len(checks) < len(lines) and not lines[i + len(checks)].blank)
        if rows and not parted and not _fits(chunk, checks) and (short := _short_row(lines, i, checks)):
            rows.append([None if line.blank else (_trim_line(line),) for line in lines[i:i + short]]
                        + [None] * (len(checks) - short))
            i += short
            continue
        if unparted or not _fits(chunk, checks) or not _some_checked_cell(chunk, checks):
            resumed = _rows_resume(lines, i, checks) if rows and not unparted else None
            if resumed is None:
                break       # the first row shows the table by a checked cell (a number, a figure)
            # (empty lines alone between rows part them all; a page's break does not say so)
            parted = parted or not any(map(_is_page_line, lines[i:resumed]))
            i = resumed
            continue
        rows.append([None if line.blank else (_trim_line(line),) for line in chunk])
        i += len(checks)
    return rows, i


def _total_over_two_columns(lines: Sequence[Line], i: int, checks: list[Callable[[str], bool] | None]
                            ) -> list[Parts | None] | None:
    """A total row whose label is merged over the row number's column and the names' (`合计` over `序号`
    and `村（社区）`, then `25`, `2871`, `8`): one line fewer than the columns, its figures under the
    figure columns, where read a line a column the first figure would stand under the names, and the
    row ends there (an empty line or the table's end after it)."""
    size = len(checks) - 1
    chunk = lines[i:i + size]
    if (size < 3 or len(chunk) < size or checks[0] is None or checks[1] is not None
            or _total_kind(chunk[0].text.strip()) is None or not _figure_cell(chunk[1].text.strip())
            or not (i + size >= len(lines) or lines[i + size].blank)
            or not _fits(chunk[1:], checks[2:]) or not _some_checked_cell(chunk[1:], checks[2:])):
        return None
    return [(_trim_line(chunk[0]),), None] + [None if line.blank else (_trim_line(line),) for line in chunk[1:]]


def _short_row(lines: Sequence[Line], i: int, checks: list[Callable[[str], bool] | None]) -> int | None:
    """How many lines the row at line `i` takes where the dump dropped its last empty cells
    (`6号窖（新）`, `土窖`, `3000`, an empty line, then the next row `合计`… under five columns): the
    fewest lines, a filled name and at least one checked cell, that fit the first columns and end
    in an empty one, with a whole row right after them; None where no such row is there."""
    for size in range(len(checks) - len(checks) // 2, len(checks)):
        chunk = lines[i:i + size]
        if (len(chunk) == size and not chunk[0].blank and chunk[-1].blank and _fits(chunk, checks[:size])
                and _some_checked_cell(chunk, checks[:size]) and _whole_row_at(lines, i + size, checks)):
            return size
    return None


def _whole_row_at(lines: Sequence[Line], j: int, checks: list[Callable[[str], bool] | None]) -> bool:
    """A row of every column starts at line `j`: a filled first cell, the lines fit the columns
    and some checked cell is filled."""
    chunk = lines[j:j + len(checks)]
    return (len(chunk) == len(checks) and not chunk[0].blank and _fits(chunk, checks)
            and _some_checked_cell(chunk, checks))


#: the most empty lines between two rows of a cell-per-line table (an empty paragraph, a page's end)
_MAX_GAP_LINES = 2


def _rows_resume(lines: Sequence[Line], i: int, checks: list[Callable[[str], bool] | None]) -> int | None:
    """Where the rows of a cell-per-line table go on after a gap at line `i`: a blank line or two,
    or a page break (its number, then the next page's running header: `某局　　优待证申领发放进度表`)
    before a row that fits the columns with a checked cell; None where no row follows so."""
    j = i
    while j < len(lines) and lines[j].blank and j - i < _MAX_GAP_LINES:
        j += 1
    if j > i and _whole_row_at(lines, j, checks):
        return j
    after_break = _past_page_break(lines, i)
    if not any(map(_is_page_line, lines[i:after_break])):
        return None
    if _whole_row_at(lines, after_break, checks):
        return after_break
    header = after_break + 1       # a running header, one line, and the blank lines after it
    while header < len(lines) and lines[header].blank:
        header += 1
    return header if _whole_row_at(lines, header, checks) else None


def _group_line(lines: Sequence[Line], i: int, checks: list[Callable[[str], bool] | None]) -> bool:
    """Line `i` labels the group of rows after it (`二、学有优教`): a numbered label that is
    no row of its own, with a row of the table's columns right after it."""
    line = lines[i].text.strip()
    after = lines[i + 1:i + 1 + len(checks)]
    return (bool(_NUMBERED_GROUP.match(line)) and not _fits(lines[i:i + len(checks)], checks)
            and len(after) == len(checks) and _fits(after, checks) and _some_checked_cell(after, checks))


def _rows_between_blank_lines(lines: Sequence[Line], i: int, checks: list[Callable[[str], bool] | None]
                              ) -> tuple[list[list[Parts | None]], int]:
    """Rows parted by empty lines, each the run of lines between them with a line for
    every column; and the index one past the last. A row's empty last cells are empty lines
    too: a run short of them, by half its columns at most, is a row where as many empty lines
    and the parting one follow it (`萨让乡`, `174`, `22`, `9`, then two empty lines, under five
    columns)."""
    rows: list[list[Parts | None]] = []
    end = i
    while True:
        while i < len(lines) and lines[i].blank:
            i += 1
        stop = i
        while stop < len(lines) and not lines[stop].blank and stop - i <= len(checks):
            stop += 1
        chunk = lines[i:stop]
        missing = len(checks) - len(chunk)
        if not 0 <= missing <= len(checks) // 2 or not _fits(chunk, checks[:len(chunk)]):
            return rows, end
        empty = lines[stop:stop + missing + 1]
        if missing and (len(empty) < missing or not all(line.blank for line in empty)):
            return rows, end
        rows.append([(_trim_line(line),) for line in chunk] + [None] * missing)
        end = i = stop + missing


# --- one cell per line, wrapped: a landscape PDF's table dumped as text

#: A row of more lines than twice its cells, and a few more, is no row of such a table (and
#: the ways to part it into cells would be too many to weigh)
_MAX_WRAPPED_EXTRA_LINES = 8
#: What a wrapped line that is not full (narrower than its cell's widest line, by more than
#: a wrap before a word or a figure leaves: display columns) costs a way of parting a row
_UNFULL_WRAP_COST, _WRAP_SLACK = 10, 2
_DIGITS = regex.compile(r"\d+(?:\.\d+)?")
#: a line of a header cell printed a character a line
_STACKED_CHARACTER = regex.compile(r"\p{Han}")
#: the most lines such a header takes (a run of short lines tried from each of its lines
#: would else take time quadratic in its length: a poem set a character a line)
_MAX_STACKED_HEADER_LINES = 4 * _MAX_LINE_COLUMNS


def _wrapped_cell_lines(text: str, lines: Sequence[Line], first: int) -> TableText | None:
    """A table a PDF's text layer gives one cell a line with the cells wrapped as printed:
    header cells of a narrow column stacked a character a line (`序`/`号`, `完`/`成`/`率`),
    a long cell over several lines, a row led by its number (`1`, `2`, …, then `合计`), an
    empty cell a blank line; a page's footer (`— 1 —`), `续表` and the header again inside
    it. Each row's lines are parted into its cells the way the printed page wraps: every
    line of a cell but its last is full (about as wide as its widest), and a target and its
    result state as many figures."""
    header = _stacked_header(lines, first)
    if header is None:
        return None
    names, spans, end = header
    # a result cell of such a table says what was done in words (`完成改造21个`): unchecked
    checks = [None if column_role(name) == "result" else _cell_check(name) for name in names]
    figured = [k for k, name in enumerate(names) if column_role(name) in ("content", "result")]
    rows: list[list[Parts | None]] = []
    i, number = end, 1
    while i < len(lines):
        i = _past_page_break(lines, i)
        start = lines[i].text.strip() if i < len(lines) else ""
        total = _total_kind(start) == "all"
        if start != str(number) and not total:
            break
        stop = _row_lines_end(lines, i + 1, str(number + 1))
        cells = _parted_row(lines[i + 1:stop], len(names) - (2 if total else 1), checks, figured)
        if cells is None:
            break
        rows.append(([None, (_trim_line(lines[i]),)] if total else [(_trim_line(lines[i]),)]) + cells)
        i, number = stop, number + 1
        if total:
            break
    if len(rows) < 2:
        return None
    last = max(k for k in range(first, i) if not lines[k].blank) + 1
    return TableText(first, last, spans, rows, names=names)


def _stacked_header(lines: Sequence[Line], first: int) -> tuple[list[str], list[Span], int] | None:
    """The header of such a table: a line a column's name, or a name stacked one character
    a line (`完`/`成`/`率`); a stack of several names (`完成情况` then `完成率`) is parted
    where it reads as column words and nothing else. Its names, spans and the index after."""
    names: list[str] = []
    spans: list[Span] = []
    stack: list[Line] = []
    i = first
    while (i < len(lines) and i - first <= _MAX_STACKED_HEADER_LINES and not lines[i].blank
           and not lines[i].is_cell and len(lines[i].text.strip()) <= _MAX_HEADER):
        line = lines[i]
        if _STACKED_CHARACTER.fullmatch(line.text.strip()):
            stack.append(line)
        elif _ROW_NUMBER.fullmatch(line.text.strip()):
            break
        else:
            _add_stack(stack, names, spans)
            stack = []
            if not is_header_cell(line.text.strip()):
                break
            names.append(line.text.strip())
            spans.append(_trim_line(line))
        i += 1
    stacked = len(stack) > 0 or len(names) < i - first   # a stack read, or one still open
    _add_stack(stack, names, spans)
    if not stacked or not _is_header(names, needed=2) or len(names) < _MIN_LINE_COLUMNS:
        return None
    return names, spans, i


def _add_stack(stack: list[Line], names: list[str], spans: list[Span]) -> None:
    """Add the names a stack of one-character lines spells, each over its lines."""
    k = 0
    for piece in _stack_names("".join(line.text.strip() for line in stack)):
        names.append(piece)
        spans.append((_trim_line(stack[k])[0], _trim_line(stack[k + len(piece) - 1])[1]))
        k += len(piece)


def _stack_names(spelled: str) -> list[str]:
    """A stack's characters parted into column words (`完成情况完成率` → `完成情况`, `完成率`)
    where they part so wholly; else the stack is one name (`序号`, `备注`)."""
    if not spelled:
        return []
    words = {word for word, _ in _spec().words}
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(spelled) + 1):
        for start in range(end):
            if start in best and spelled[start:end] in words and end not in best:
                best[end] = best[start] + [spelled[start:end]]
    parted = best.get(len(spelled))
    return parted if parted and len(parted) > 1 else [spelled]


def _past_page_break(lines: Sequence[Line], i: int) -> int:
    """Past the blank lines, a page's number or footer (`某派出所　　第 2 页　共 3 页`), a `续表` line and
    the header again between rows."""
    while i < len(lines) and (lines[i].blank or _is_page_line(lines[i])):
        i += 1
    if i < len(lines) and lines[i].text.strip() in _spec().continued_table:
        i += 1
        while i < len(lines) and not lines[i].blank and not _ROW_NUMBER.fullmatch(lines[i].text.strip()):
            i += 1          # the header again, down to the first row's number
    return i


def _row_lines_end(lines: Sequence[Line], i: int, next_number: str) -> int:
    """Index one past a row's lines from `i`: up to the next row's number or a total's label,
    a line with nothing at all (a blank line of spaces is an empty cell), a page's number or
    a note under the table (`说明：`)."""
    while (i < len(lines) and lines[i].text != "" and not _PAGE_NUMBER.fullmatch(lines[i].text)
           and not is_table_note(lines[i].text)
           and lines[i].text.strip() != next_number and _total_kind(lines[i].text.strip()) != "all"):
        i += 1
    return i


def is_table_note(line: str) -> bool:
    """Does `line` open a note on the table above it (`说明：`, `（注：…`, tables.toml table_note)?"""
    return _spec().table_note.match(line) is not None


def _parted_row(row: Sequence[Line], count: int, checks: list[Callable[[str], bool] | None],
                figured: list[int]) -> list[Parts | None] | None:
    """A row's lines (after its number) parted into `count` cells: the cheapest way, None
    where no way fits (a blank line is a cell of its own, a checked column's cell is of its kind)."""
    columns = list(range(len(checks) - count, len(checks)))
    extra = len(row) - count
    if extra < 0 or extra > _MAX_WRAPPED_EXTRA_LINES:
        return None
    best: tuple[float, list[Parts | None]] | None = None
    for sizes in _compositions(len(row), count):
        cells, k = [], 0
        for size in sizes:
            cells.append(row[k:k + size])
            k += size
        cost = _parting_cost(cells, [checks[c] for c in columns], [c in figured for c in columns])
        if cost is not None and (best is None or cost < best[0]):
            best = (cost, [None if cell[0].blank else tuple(_trim_line(line) for line in cell) for cell in cells])
    return best[1] if best else None


def _compositions(total: int, parts: int) -> list[tuple[int, ...]]:
    """Every way to write `total` as `parts` sizes of one or more, in order."""
    if parts == 1:
        return [(total,)] if total >= 1 else []
    return [(first,) + rest for first in range(1, total - parts + 2) for rest in _compositions(total - first, parts - 1)]


def _parting_cost(cells: list[Sequence[Line]], checks: list[Callable[[str], bool] | None],
                  figured: list[bool]) -> float | None:
    """What a way of parting a row costs: a wrapped line narrower than its cell's widest,
    and the difference between the figures its target and result cells state; None where a
    blank line is not a cell of its own or a checked cell is not of its column's kind."""
    cost = 0.0
    counts = []
    for cell, check, has_figures in zip(cells, checks, figured):
        if len(cell) > 1 and any(line.blank for line in cell):
            return None
        joined = "".join(line.text.strip() for line in cell)
        if check is not None and joined and not check(joined):
            return None
        widths = [display_width(line.text.strip()) for line in cell]
        cost += _UNFULL_WRAP_COST * sum(width < max(widths) - _WRAP_SLACK for width in widths[:-1])
        if has_figures:
            counts.append(len(_DIGITS.findall(joined)))
    if len(counts) == 2:
        cost += abs(counts[0] - counts[1])
    return cost


# --- one column per block: a column's name on a line, its cells one a line under it, then the next column

#: a block of fewer cells is too weak a sign among short lines of text; the most rows read
_MIN_BLOCK_ROWS, _MAX_BLOCK_ROWS = 3, 200
#: a cell of such a dump is short and no sentence: a block of paragraphs under a heading is prose
_MAX_BLOCK_CELL = 60
#: the roles of a first column that names the rows, one of which the dump must begin with
_ROW_NAME_ROLES = frozenset({"project", "number", "region", "group"})


def _column_per_block(text: str, lines: Sequence[Line], first: int) -> TableText | None:
    """A table dumped column by column (a sheet copied one column at a time, a PDF read in
    column order): a line naming a column of the rows' names (`项目名称`), its cells one a
    line, then the next column's name and as many cells, and so on; the n-th cell of each
    block is the n-th row's. Two blocks at least, all of one length."""
    if column_role(lines[first].text.strip()) not in _ROW_NAME_ROLES or not is_header_cell(lines[first].text.strip()):
        return None
    rows = _block_length(lines, first)
    if rows is None:
        return None
    heads, i = [], first
    while i + rows < len(lines) and _column_name_line(lines[i]) and _block_cells(lines[i + 1:i + 1 + rows]):
        heads.append(i)
        i += rows + 1
    if len(heads) < 2:
        return None
    header = [_trim_line(lines[k]) for k in heads]
    body = [[(_trim_line(lines[k + 1 + n]),) for k in heads] for n in range(rows)]
    return TableText(first, i, header, body)


def _block_length(lines: Sequence[Line], first: int) -> int | None:
    """How many cells the block under the column name at `first` holds: the lines up to
    the next column name, None where there is no such line near."""
    for k in range(first + 1, min(len(lines), first + _MAX_BLOCK_ROWS + 2)):
        if _column_name_line(lines[k]):
            rows = k - first - 1
            return rows if rows >= _MIN_BLOCK_ROWS else None
        if not _block_cells(lines[k:k + 1]):
            return None
    return None


def _column_name_line(line: Line) -> bool:
    """A line that names a column: a role word or a unit in brackets, nothing else."""
    name = line.text.strip()
    return not line.blank and not line.is_cell and is_header_cell(name) and (
        column_role(name) is not None or header_unit(name) is not None)


def _block_cells(lines: Sequence[Line]) -> bool:
    """Lines that are a column's cells: each filled, short, no sentence, no column's name."""
    return all(not line.blank and not line.is_cell and len(line.text.strip()) <= _MAX_BLOCK_CELL
               and "。" not in line.text and not _column_name_line(line) for line in lines)


#: a unit line and nothing else (`（单位：名）`, `金额单位：元`)
_UNIT_LINE_ALONE = regex.compile(r"[（(]?\s*(?:计量|金额|数量|资金|投资)?单位\s*[：:][^（）()\n]*[）)]?")
#: a line above a table's header, no column's name: a numbered title (`二、各项目抽查结果`,
#: holding 项目) or a unit line alone (`（单位：个）`)
_TITLE_OR_UNIT_LINE = regex.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]).*"
                                    rf"|{_UNIT_LINE_ALONE.pattern}")


def _header_lines(lines: Sequence[Line], first: int) -> list[Line]:
    """The run of lines from `first` that are each a column's name, two at least named by
    a role or a unit."""
    run: list[Line] = []
    for line in lines[first:first + _MAX_LINE_COLUMNS + 1]:
        name = line.text.strip()
        if line.blank or line.is_cell or _TITLE_OR_UNIT_LINE.fullmatch(name) or not is_header_cell(name):
            break
        run.append(line)
    if len(run) > _MAX_LINE_COLUMNS:
        return []
    return run if _is_header([line.text for line in run], needed=2) else []


#: the endings of a column of a check's conclusions
_VERDICTS = ("结果", "结论")


def _bare_name(header: str) -> str:
    """A column's name without its spaces and its bracketed asides (`计划投资（万元）` → `计划投资`)."""
    return ROUND_ASIDE.sub("", _WHITE_SPACE.sub("", header))


def _cell_check(header: str, counted: bool = True) -> Callable[[str], bool] | None:
    """How to tell that a cell belongs under a header: a row number under `序号`, a figure
    or no value under a column of figures (one a count or rate names, `检出人数`, `检出率`, its unit
    declared above the table); None for a column of words."""
    role = column_role(header)
    if role == "number":    # a row's number, code or building's, or the label of a row adding up the rows (`合计`)
        return lambda cell: (bool(_ROW_NUMBER.fullmatch(cell) or _BUILDING_NUMBER.fullmatch(cell) or _ROW_CODE.fullmatch(cell))
                             or _total_kind(cell) is not None)
    bare = _bare_name(header)
    if role == "result" and bare.endswith(_VERDICTS) and header_unit(header) is None:
        return None         # a check's conclusion (`查验结果`: `合格`, `39套合格，3套待修`) is words
    counted = counted and role is None and len(bare) <= _MAX_COUNT_NAME and _spec().count_header.search(bare)
    if role == "result":
        # what was done, perhaps with its verb (`回迁486户`, `新增3个`, `治理4.2公里` under `完成`)
        return lambda cell: _figure_or_no_value(cell) or _whole_quantity(_DONE_VERB.sub("", cell, count=1)) is not None
    if role in ("investment", "rate") or counted or header_unit(header) is not None or is_period(header):
        return _figure_quantity_or_nothing
    return None


def _figure_quantity_or_nothing(cell: str) -> bool:
    """A cell of a column of figures: a bare figure, one with its unit (`2.8万人`), or no value (`/`)."""
    return _figure_or_no_value(cell) or _whole_quantity(cell) is not None


#: a short verb before the quantity of a result cell (`回迁`, `新增`, `建成`, `治理`)
_DONE_VERB = regex.compile(r"^\p{Han}{1,3}(?=\d)")


def _fits(chunk: Sequence[Line], checks: list[Callable[[str], bool] | None]) -> bool:
    """The lines are a row: some cell filled, none with a tab, every checked cell empty or
    of its column's kind."""
    if all(line.blank for line in chunk) or any(line.is_cell or "\t" in line.text for line in chunk):
        return False
    return all(check is None or line.blank or bool(check(line.text.strip()))
               for line, check in zip(chunk, checks))


def _some_checked_cell(chunk: Sequence[Line], checks: list[Callable[[str], bool] | None]) -> bool:
    """Some cell of a column that tells rows from text (a row number, a figure) is filled:
    lines of words under a header, empty where the checked columns are, are text."""
    return any(check is not None and not line.blank for line, check in zip(chunk, checks))


def _trim_line(line: Line) -> Span:
    start, end = _trim(line.text, 0, len(line.text))
    return line.start + start, line.start + end


#: a note declaring the money unit of every table after it (`整理说明：凭证原件存…；金额单位：元；…`)
_NOTE_MONEY_UNIT = regex.compile(r"^\s*\p{Han}{0,4}说明[:：][^\n]*?金额单位[:：]\s*(?P<unit>[千万亿]?元)")


def money_scales_of_notes(lines: Sequence[Line]) -> list[tuple[int, float]]:
    """The money scales notes of the document declare for the tables after them (`整理说明：…金额单位：元`
    over a run of vouchers, each a table of its own, most far below the note), by line index."""
    return [(i, _money_scale(found.group("unit"))) for i, line in enumerate(lines)
            if "说明" in line.text and (found := _NOTE_MONEY_UNIT.match(line.text))]


def unit_line_scale_before(lines: Sequence[Line], first: int) -> float | None:
    """The money scale a unit line (`单位：亿元`) just above the table's first line gives."""
    unit = unit_line_before(lines, first)
    return unit.scale if unit is not None and unit.unit == "元" else None


#: a line with nothing on it but white space or a printout's border marks (`------`, `======`, `━━━━`)
_BORDER_LINE = regex.compile(r"[\s\-—─━═=_~*+|｜]*")
#: how far above a table its unit line may stand (a caption, a blank line between)
_UNIT_LINE_REACH = 3
#: how many lines, blank ones too, are scanned for them
_UNIT_LINE_SCAN = 6


def _lines_above(lines: Sequence[Line], first: int) -> Iterator[Line]:
    """The lines just above a table's first line, nearest first: where its unit line stands
    (blank lines and a printout's border lines between not counted: a form's head, `金额单位：元`,
    may stand over a line of prose, and over a passbook's account lines and a rule of dashes)."""
    filled = (line for line in reversed(lines[max(0, first - _UNIT_LINE_SCAN):first])
              if not _BORDER_LINE.fullmatch(line.text))
    return itertools.islice(filled, _UNIT_LINE_REACH)


def unit_line_before(lines: Sequence[Line], first: int) -> HeaderUnit | None:
    """The unit a line just above the table declares for its bare figures: a unit line
    (`单位：人`), a title ending in one (`…安排表（单位：万元）`) or a caption ending in a
    bracketed unit (`[图表：新增托位（个）]`); right above the table, a title of a few words that does
    (`套餐价目（元）` over a canteen's prices by the diner's age)."""
    for k, line in enumerate(line for line in _lines_above(lines, first) if not line.blank):
        declared = unit_declared(line.text)
        if declared is not None and _units_of_columns_only(line.text):
            return None         # `（人数单位：人；金额单位：元）`: each column's, none the table's (`column_units_before`)
        if declared is not None:
            return replace(declared.unit, name=title_before_bracket(line.text))
        captioned = caption_unit(line.text)
        if captioned is None and k == 0 and (titled := unit_captioned(line.text)) is not None:
            captioned = titled.unit
        if captioned is not None:
            return captioned
    return None


#: a line of a report's head that declares its money unit and nothing else (`金额单位：元` under a collective's
#: `2026年度财务报告`, its code and its period)
_HEAD_MONEY_UNIT = regex.compile(r"\s*(?:金额|货币)单位[:：]\s*[千万亿]?元\s*")
#: how many lines from the top a report's head runs (title, code, period, date of writing, unit)
_HEAD_LINES = 10


def unit_line_of_the_head(lines: Sequence[Line]) -> HeaderUnit | None:
    """The money unit a report's head declares for every table of the report (`金额单位：元` over a balance sheet
    and an income statement, each under a heading of its own; held-out 343's 34301)."""
    head = next((line for line in lines[:_HEAD_LINES] if _HEAD_MONEY_UNIT.fullmatch(line.text)), None)
    declared = unit_declared(head.text) if head is not None else None
    return declared.unit if declared is not None else None


def unit_line_after(lines: Sequence[Line], end: int) -> HeaderUnit | None:
    """The unit a line right under a table declares for its bare figures, alone on its line as a
    footnote (`（单位：名）` under a quota table): where no line above gives one."""
    following = next((line for line in lines[end:end + _UNIT_LINE_REACH] if not line.blank), None)
    if following is None or not _UNIT_LINE_ALONE.fullmatch(text := following.text.strip()):
        return None     # not the next section's heading that declares its own unit (`三、票评结果（单位：人）`)
    declared = unit_declared(text)
    return declared.unit if declared is not None else None


def column_units_before(lines: Sequence[Line], first: int) -> dict[str, str]:
    """The units a line just above the table declares column by column, each after a word of
    its column's header (`（规模单位：立方米/日；管网单位：公里）` → {规模: 立方米/日, 管网: 公里}), the
    columns listed before one sharing it (`保险金额、赔偿限额单位：万元`); empty where no such line is there. A unit that is none (`填报单位：区民政局`) is left out."""
    for line in _lines_above(lines, first):
        found = {column: match.group("unit")
                 for match in _column_unit_matches(line.text)
                 for named in [*filter(None, match.group("columns").split("、")), match.group("column")]
                 for column in _JOINED_WORDS.split(named)} or _units_run_on_columns(line.text)
        if found:
            return found
    return {}


def _units_run_on_columns(line: str) -> dict[str, str]:
    """A unit line that writes each column's word and its unit with nothing between (`（单位：库容万立方米，灌溉面积亩，
    坝高米）` over a hill-pond register; held-out 329's 32903): each item split where the rest is a unit of units.csv,
    after a word of two characters at least; empty unless every item, two at least, splits so."""
    declared = _RUN_ON_DECLARATION.search(line)
    if declared is None:
        return {}
    items = [item.strip() for item in _LIST_MARK.split(declared.group("items"))]
    found = dict(split for item in items if (split := _column_and_unit(item)) is not None)
    return found if len(items) >= 2 and len(found) == len(items) else {}


def _column_and_unit(item: str) -> tuple[str, str] | None:
    """(`灌溉面积`, `亩`) of `灌溉面积亩`; None for an item that is a unit alone (`万立方米`, `平方米`)."""
    if unit_word(item) is not None:
        return None
    return next(((item[:k], item[k:]) for k in range(2, len(item)) if all_han(item[:k])
                 and unit_word(item[k:]) is not None), None)


_RUN_ON_DECLARATION = regex.compile(r"单位[:：]\s*(?P<items>[^\n（）()：:]{4,60}?)\s*(?:[）)]|$)")


def _units_of_columns_only(line: str) -> bool:
    """The line declares units for two columns or more, each after its word, and none for the table as a whole
    (`（人数单位：人；金额单位：元）`, not `（单位：名；康复训练单位：人次/学期）`)."""
    return len(_column_unit_matches(line)) >= 2 and _TABLE_UNIT_WORD.search(line) is None


#: `单位：` after no word of a column: the table's own unit
_TABLE_UNIT_WORD = regex.compile(r"(?<!\p{Han})单位[:：]")


def _column_unit_matches(line: str) -> list["regex.Match"]:
    """The declarations of a column's unit in `line` whose unit is one (not `填报单位：区民政局`)."""
    if ":" not in line and "：" not in line:
        return []               # every declaration has a colon; the pattern's look-behinds are slow to fail
    return [match for match in _spec().column_unit_declaration.finditer(line) if unit_word(match.group("unit")) is not None]


#: two column words a unit line joins into one (`出勤及异常，人次`: 出勤 and 异常)
_JOINED_WORDS = regex.compile(r"(?<=\p{Han}{2})(?:及|和|与)(?=\p{Han}{2})")


def units_listed_before(lines: Sequence[Line], first: int) -> tuple[str, ...]:
    """The units a line just above the table lists for its columns, two or more
    (`三、分片区情况（单位：户、人、万元）`), as written; empty where no line lists them."""
    for line in _lines_above(lines, first):
        for match in () if line.blank else _spec().unit_declaration.finditer(line.text):
            if _one_rate(match.group("unit")) is not None:
                continue
            words = _listed_words(match.group("unit"))
            units = [unit_word(word) for word in words]
            known = [unit for unit in units if unit is not None]
            if (len(known) > 1 and all(_PLACE_HOLDING_WORD.fullmatch(word) for word, unit in zip(words, units) if unit is None)):
                return tuple(words)
    return ()


#: a listed word that is no unit a record takes (`股` in `单位：股、公斤、元`): it holds its column's
#: place in the list, so that the columns after it take the units after it; a name (`区民政局`) is none
_PLACE_HOLDING_WORD = regex.compile(r"\p{Han}{1,2}")


def with_listed_units(headers: list[str], listed: Sequence[str],
                      figure_columns: Collection[int] = ()) -> list[str]:
    """The headers, each that names no unit given the one of the listed units it counts in
    (`在保户数` → 户, `在保人数` → 人, `本月发放金额` → 万元 under `单位：户、人、万元`), so that
    it reads as a header carrying its bracket does; a total's column (`合计`) sums the column
    before it and takes its unit. A header that ends in a listed word that is no unit (`入股` under
    `单位：股、公斤、元`) counts in it and takes none. `figure_columns`, the columns whose cells are
    figures, take the units left over (`_spare_units`)."""
    if not listed:
        return headers                       # most tables: no unit line lists units
    units = [(word, unit_word(word)) for word in listed]
    unit_of = dict(units)
    place_holders = [word for word, unit in units if unit is None]
    given: list[str | None] = []
    claimed: set[str] = set()
    held: set[int] = set()              # the columns a place-holding word claims: no unit, none to spare
    before = None
    for i, header in enumerate(headers):
        own = None if header_unit(header) is not None or _total_kind(header) else _listed_word_ending(header, place_holders)
        unit = None if header_unit(header) is not None else (
            before if _total_kind(header) else own if own is not None else _listed_unit_of(header, units))
        claimed.update(filter(None, (own, unit)))
        if own is not None:
            held.add(i)
        given.append(unit if unit is None or unit_of[unit] is not None else None)
        before = given[-1]
    given = _spare_counts_in_order(headers, given, units)
    given = _spare_units(headers, given, units, [(word, unit) for word, unit in units if word not in claimed],
                         [i for i in figure_columns if i not in held])
    return [header if unit is None else f"{header}（{unit}）" for header, unit in zip(headers, given)]


def _with_the_noun_before(headers: list[str]) -> list[str]:
    """The headers, each that names only what is new this year (`今年新建`) completed by the thing the column before counts
    (`投放亭 | 今年新建` → `今年新建投放亭`), so that it takes that column's unit, listed or known by its noun."""
    new = _spec().new_of_the_column_before
    return [f"{header}{_bare_name(headers[i - 1])}" if i and new.fullmatch(header) and header_unit(headers[i - 1]) is None
            and column_role(headers[i - 1]) is None and _HAN_WORDS.fullmatch(headers[i - 1]) else header
            for i, header in enumerate(headers)]


def _listed_word_ending(header: str, listed: Sequence[str]) -> str | None:
    """The listed word a header ends in, or counts by (`入股` → 股, `调查框数` → 框)."""
    bare = _bare_name(header)
    return next((word for word in listed if len(bare) > len(word) and bare.endswith((word, f"{word}数"))), None)


def _spare_counts_in_order(headers: list[str], given: list[str | None],
                           units: list[tuple[str, HeaderUnit | None]]) -> list[str | None]:
    """The count columns no listed unit names by its measure word (`单元数` under `单位：个、户`, where
    `户数` takes 户) take the listed count units left over, in their order, where there are as
    many of each: the line lists a unit for each such column."""
    spare_units = [word for word, unit in units if unit is not None and unit.kind == "count" and word not in given]
    spare_columns = [i for i, (header, unit) in enumerate(zip(headers, given))
                     if unit is None and header_unit(header) is None and not _total_kind(header)
                     and _bare_name(header).endswith(_spec().spare_count_headers)]
    if not spare_columns or len(spare_columns) != len(spare_units):
        return given
    filled = list(given)
    for i, word in zip(spare_columns, spare_units):
        filled[i] = word
    return filled


def _spare_units(headers: list[str], given: list[str | None], units_listed: list[tuple[str, HeaderUnit | None]],
                 unclaimed: list[tuple[str, HeaderUnit | None]], figure_columns: Collection[int]) -> list[str | None]:
    """The figure columns that no listed unit names by their header take the units no header
    claimed: one each, in the list's order, where there are as many (`交售茶青` the 公斤 of
    `单位：股、公斤、元` between `入股` and the money columns); all of them the one left where it is a
    count and the line's other units are claimed (`排查石头厝 | 其中C级 | 2025年计划加固` under
    `单位：栋、万元`, `县级补助资金` claiming 万元). A rate, a date and a duration are none of these. Money left over
    goes only to a part of the column before (`本月网络零售额 | 其中农产品上行` under `单位：个、万元`), not to a column
    naming no money (`包车` beside `岗位月薪下限` under `单位：人，元/月`)."""
    spare_columns = [i for i in figure_columns
                     if i < len(headers) and given[i] is None and _takes_a_spare_unit(headers[i])]
    parts_only = all(is_part_column(headers[i]) for i in spare_columns)
    spare_units = [(word, unit) for word, unit in unclaimed
                   if unit is not None and word not in given and (unit.kind != "money" or parts_only)]
    if len(spare_columns) != len(spare_units):
        # a header that ends in a listed unit counts in it itself (`参加人次` under `单位：场、人次`): the
        # unit left is the other column's (`场次`)
        named = {(unit.unit, unit.scale) for header in headers if (unit := header_unit(header)) is not None}
        spare_units = [(word, unit) for word, unit in spare_units if (unit.unit, unit.scale) not in named] or spare_units
    if not spare_columns or not spare_units:
        return given
    wholes = [i for i in spare_columns if not (is_part_column(headers[i]) and i - 1 in figure_columns)]
    if len(spare_columns) == len(spare_units):
        words = [word for word, _ in spare_units]
    elif len(wholes) == len(spare_units) and len(units_listed) > 1:
        # a part of the column before (`过磅净重 | 其中代运大钦岛` under `单位：趟、箱、吨`): the line lists no unit of its
        # own for it, which counts in the unit of its whole (held-out 355's 35503, a waste shipment's monthly summary)
        filled = _spare_in_order(given, wholes, [word for word, _ in spare_units])
        return [filled[i - 1] if i in spare_columns and i not in wholes else unit for i, unit in enumerate(filled)]
    elif len(runs := _runs_of_one_noun(headers, sorted(spare_columns))) == len(spare_units):
        # columns side by side that count one thing (`布设相机 | 回收相机 | 有效照片 | 雪豹影像` under
        # `单位：台、张、次`): the line lists its unit once for them all
        words = [word for run, (word, _) in zip(runs, spare_units) for _ in run]
    elif len(spare_units) == 1 == len(unclaimed) < len(units_listed) and spare_units[0][1].kind == "count":
        words = [spare_units[0][0]] * len(spare_columns)
    else:
        return given
    return _spare_in_order(given, spare_columns, words)


def _spare_in_order(given: list[str | None], columns: Collection[int], words: Sequence[str]) -> list[str | None]:
    """The units given, with `words` given to `columns` in their order."""
    filled = list(given)
    for i, word in zip(sorted(columns), words):
        filled[i] = word
    return filled


def _runs_of_one_noun(headers: list[str], columns: list[int]) -> list[list[int]]:
    """The columns in runs of neighbours whose headers end in the same noun (`布设相机`, `回收相机`)."""
    nouns = {i: _bare_name(headers[i])[-_NOUN_CHARS:] for i in columns}
    runs: list[list[int]] = []
    for i in columns:
        if runs and runs[-1][-1] == i - 1 and nouns[i - 1] == nouns[i]:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


#: how many characters of a header's end name the thing its column counts (`相机`)
_NOUN_CHARS = 2


def is_part_column(header: str) -> bool:
    """A column that counts a part of the one before it (`其中脱贫人口（人）` after `在场人数（人）`)."""
    return header.lstrip().startswith(_spec().part_header_starts)


def _takes_a_spare_unit(header: str) -> bool:
    """A figure column whose header names neither its unit nor what kind of figure it is: not a count
    (`人口数`, which the reading of counts gives its own unit), money (`月补贴额`), a rate, a date or a
    duration."""
    bare = _bare_name(header)
    return (bool(bare) and header_unit(header) is None and not _LETTER_UNIT.search(header) and not _total_kind(header)
            and column_role(header) is None
            and not bare.endswith(_spec().listed_headers.get("percent", ()))
            and not _spec().count_header.search(bare) and not _priced(bare)
            and not _spec().duration_header.search(bare) and not _spec().period.search(bare))


def _priced(header: str) -> bool:
    """A header naming money (`月补贴额`, `发放金额`, `按股分红`)."""
    spec = _spec()
    return (any(word in header for word in spec.listed_headers.get("money", ()))
            or header.endswith((*spec.money_header_ends, *spec.fee_header_ends)))


def _listed_unit_of(header: str, units: list[tuple[str, HeaderUnit | None]]) -> str | None:
    """The listed unit (as written, with what it reads as) a header counts in: a measure word and
    数 (`户数`), people (`人员`), a rate, or money (`金额`) for the money unit."""
    bare = _bare_name(header)
    endings = _listed_header_ends()
    return next((word for word, unit in units
                 if unit is not None and bare.endswith((f"{unit.unit}数", *endings.get(unit.kind, ())))), None)


@lru_cache(maxsize=1)
def _listed_header_ends() -> dict[str, tuple[str, ...]]:
    """The header endings that take a listed unit of each kind; a fee (`制作费`) and a fund (`低保金`) take the listed
    money too."""
    spec = _spec()
    return {**spec.listed_headers, "money": (*spec.listed_headers.get("money", ()), *spec.fee_header_ends)}


def with_column_units(headers: list[str], column_units: dict[str, str]) -> tuple[list[str], HeaderUnit | None]:
    """The headers, each without a unit of its own given the unit declared above the table
    for the column whose word it holds (`设计规模` under `规模单位：立方米/日` → `设计规模（立方米/日）`),
    so that it reads as a header carrying its bracket does; and the unit of the whole table
    where the line declares one unit whose word no header holds (`今日菜单（价格单位：元）` over
    `菜品 | 标价 | 老人价`), or one unit for every word it names (`（位移、变形、雨量单位：毫米）` over
    `今日位移 | 日变化 | 累计变形 | 24h雨量`: the readings' unit, 日变化's too). Where the line declares a unit for
    every column but the first, in their order, a column whose word differs (`巡诊单位：次` over `巡回医疗`) takes
    the one in its place; otherwise, where one declared word names no column and the others each name theirs, the
    columns after the first that none names take its unit, where it names a kind of measure (`面积单位：平方米；管道单位：米；电梯单位：台` over
    `楼号 | 屋面防水 | 外墙修缮 | 雨污分流管道 | 加装电梯`: the roof and the walls are the areas)."""
    if not column_units:
        return headers, None
    words = list(column_units)
    matched = [next((word for word in words if _names_the_column(word, header)), None) for header in headers]
    if not any(matched) and len(words) == 1:
        return headers, unit_word(column_units[words[0]])
    shared = unit_word(column_units[words[0]]) if len(words) > 1 and len(set(column_units.values())) == 1 else None
    unclaimed = [word if word not in matched else None for word in words]
    if len(words) == len(headers) - 1:
        matched = [matched[0]] + [own or spare for own, spare in zip(matched[1:], unclaimed)]
    elif (pair := _money_and_one_other(column_units)) is not None:
        # `（面积单位：亩　金额单位：万元）` over `开割面积 | 计划投保 | 其中贫困户 | 保费总额 | 县级财政承担`: the columns
        # none names are money where their header names money, else of the other kind
        # (a header with a bracket of its own, `采摘天数（天）`, `投工投劳（个工日）`, says its own unit or none)
        # (…but where the other word is one column's whole name and no column names the money, the columns none names
        # are the money: `（单位：里程为公里，价格为元）` over `线路 | 里程 | 单程 | 往返`, a fare board's fares)
        money, other = pair
        whole = any(_flat(header) == other for header in headers) and money not in matched
        spare = money if whole else other
        matched = [matched[0]] + [own or (None if ROUND_ASIDE.search(header) else money if _priced(header)
                                          or column_role(header) == "investment" else spare)
                                  for own, header in zip(matched[1:], headers[1:])]
    elif (len(words) > 1 and len(left := [word for word in unclaimed if word]) == 1 and shared is None
          and left[0] in _spec().column_unit_measures):
        matched = [matched[0]] + [own or left[0] for own in matched[1:]]     # a header with its own unit keeps it, below
    return [header if word is None or header_unit(header) is not None else f"{header}（{column_units[word]}）"
            for header, word in zip(headers, matched)], shared


def _money_and_one_other(column_units: dict[str, str]) -> tuple[str, str] | None:
    """The declared words of a unit line that declares money for one and one other unit for the other
    (`人数单位：人；金额单位：元` → 金额, 人数); None for any other line."""
    money = [word for word, unit in column_units.items() if _money_scale(unit) is not None]
    other = [word for word in column_units if word not in money]
    return (money[0], other[0]) if len(money) == 1 and len(other) == 1 else None


def _names_the_column(word: str, header: str) -> bool:
    """The word a unit line declares a unit for names the column: it is in the header, or it is a
    measure of two characters whose first the header ends in (`价格单位：元/公斤` over `最高价`, `均　价`),
    or its two words stand in the header the other way round (`落石清理为立方米` over `清理落石`)."""
    bare = _bare_name(header)
    return (word in header or len(word) == 2 and len(bare) > 1 and bare.endswith(word[0])
            or len(word) == 4 and word[2:] + word[:2] in bare)


@lru_cache(maxsize=4)
def glossed_column_units(text: str) -> tuple[tuple[str, str], ...]:
    """The units the text's notes gloss for quoted columns (`“金额”单位为万元` → (金额, 万元)), read once per text;
    a unit that is none (`“用量”单位见“单位”列`) is left out."""
    return tuple((match.group("column"), match.group("unit")) for match in _spec().glossed_column_unit.finditer(text)
                 if unit_word(match.group("unit")) is not None)


#: where a title's words end and its bracket (`（主馆，单位：人次）`) begins
_TITLE_BRACKET = regex.compile(r"[（(]")


def title_before_bracket(line: str) -> str:
    """The words of a title line before the bracket declaring its unit (`四、月度到馆人次（主馆，
    单位：人次）` → `四、月度到馆人次`); empty for a unit line alone (`单位：人`)."""
    found = _TITLE_BRACKET.search(line)
    return line[:found.start()].strip() if found else ""


@lru_cache(maxsize=1)
def _period_title_words() -> regex.Pattern:
    return regex.compile(read_table("tables.toml")["period_title_words"])


def measure_of_title(declared: HeaderUnit) -> str | None:
    """What the figures of a table by period count, named by the title declaring their unit
    (`月度到馆人次（单位：人次）` → 到馆): the title's words cleaned as a header is, without the
    words saying they are given by period and without the unit; None for no title."""
    name = indicator_of_label(declared.name) if declared.name else None
    name = _period_title_words().sub("", name or "").removesuffix(declared.unit)
    return name or None


def caption_unit(line: str) -> HeaderUnit | None:
    """The unit a figure's or table's caption ends in (`[图表：2031年新增托位（个）]` → 个),
    None where the line is no caption or its bracket names no unit (`表1 进度表（续）`)."""
    match = _spec().table_caption.match(line)
    return header_unit(match.group("label")) if match else None


# --- one row per line

#: How a row-per-line dump separates cells; each gives the cells of a line as spans
#: relative to the line (empty cells included), or None when the line has no separator.
Splitter = Callable[[str], "list[Span] | None"]

_TAB = regex.compile(r"\t")
_BAR = char_class(CELL_BARS)
#: (the spacing before a bar taken from its start only: from each place inside a long run of spaces
#: `\s*` would read the rest of the run again)
_PIPE = regex.compile(rf"(?:(?<!\s)\s+)?{_BAR}\s*")
#: a gap between cells aligned by spaces: two spaces, or a wide one, but not the wide space that
#: spaces out a two-character name standing alone in its cell (`项　目`, `合　计`)
_ALIGNING_GAP = (r" {2,}|[\u3000\u00a0][ \u3000\u00a0]+"
                 r"|[\u3000\u00a0](?<!(?:^[ \u3000\u00a0]*|[ \u3000\u00a0]{2})\p{Han}[\u3000\u00a0]"
                 r"(?=\p{Han}(?:[ \u3000\u00a0]{2}|[ \u3000\u00a0]*$)))")
_SPACES = regex.compile(rf"(?:{_ALIGNING_GAP})")
#: either: a PDF copy where only some column rules were drawn (`1050  | 58.3 | 无` after
#: cells aligned by spaces); a bar takes the spaces around it; or rows copied with tabs under a
#: header aligned by spaces (`学校　　考点　　考生（名）` over `连珠山镇中学\t一中\t254`)
_BARS_OR_SPACES = regex.compile(rf"\s*{_BAR}\s*|{_ALIGNING_GAP}|\t")
#: a slide's table set as text: cells parted by full-width solidi, not one inside brackets (`（元／人）`)
_SOLIDUS = regex.compile(r"\s*／(?![^（(\n]*[）)])\s*")
#: a rule between rows: markdown's `|---|:---:|`, ascii art's `+-----+----+`, `=====`, a box
#: table's `├────┼────┤`
_RULE = regex.compile(rf"^[\s+:{CELL_BARS}{BOX_RULES}]*(?:-{{3,}}|={{3,}}|{char_class(BOX_RULES)}{{3,}})"
                      rf"[\s+:=\-{CELL_BARS}{BOX_RULES}]*$")


def _split(line: str, separator: regex.Pattern, outer: bool) -> list[Span] | None:
    """Cells between separators, each trimmed of white space. With `outer`, a separator
    at the line's start or end only closes the row (`| a | b |`)."""
    body_start = len(line) - len(line.lstrip())
    body_end = len(line.rstrip())
    if body_end <= body_start:
        return None
    cuts = list(separator.finditer(line, body_start if outer else 0, body_end if outer else len(line)))
    if outer:
        if cuts and cuts[0].start() == body_start:
            body_start = cuts.pop(0).end()
        if cuts and cuts[-1].end() == body_end:
            body_end = cuts.pop().start()
    if not cuts:
        return None
    bounds = [body_start if outer else 0] + [x for c in cuts for x in (c.start(), c.end())] + [body_end if outer else len(line)]
    return [_trim(line, bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]


def _trim(line: str, start: int, end: int) -> Span:
    """A cell's span without the white space and markdown emphasis around it (`**一**`)."""
    while start < end and (line[start].isspace() or line[start] in _EMPHASIS):
        start += 1
    while end > start and (line[end - 1].isspace() or line[end - 1] in _EMPHASIS):
        end -= 1
    return start, end


_EMPHASIS = "*"


def _tabs(line: str) -> list[Span] | None:
    return _split(line, _TAB, outer=False)


def _pipes(line: str) -> list[Span] | None:
    return _split(line, _PIPE, outer=True)


def _solidi(line: str) -> list[Span] | None:
    return _split(line, _SOLIDUS, outer=False)


def _spaces(line: str) -> list[Span] | None:
    """Cells aligned by runs of spaces; in a header, two names a single space parts where
    the column under them was narrow (`执行数 执行率（%）`) are two cells (`_header_segment`),
    and a column's name set letter-spaced as wide as its column (`领　　域`) is one."""
    cells = _split(line, _SPACES, outer=True)
    return cells and _spaced_names_joined(line, [part for cell in cells for part in _header_segment(line, cell)])


def _spaced_names_joined(line: str, cells: list[Span]) -> list[Span]:
    """The cells with each run of one-character pieces joined where together they name a
    column (`领　　域`, `项　　目`, or a measure, `数　　量`); other runs (`合　　计`, a row's name)
    stay as they are. Two such names side by side (`项　　目　　　　　　数　　量`) are parted
    where the gap is wider than the one inside a name."""
    out: list[Span] = []
    k = 0
    while k < len(cells):
        end = k
        while end < len(cells) and _ONE_HAN.fullmatch(line[cells[end][0]:cells[end][1]]):
            end += 1
        if end - k < 2:
            out.append(cells[k])
            k += 1
            continue
        for name in _parted_at_wide_gaps(cells[k:end]):
            joined = _flat(line[name[0][0]:name[-1][1]])
            names_a_column = column_role(joined) is not None or _measure_header(joined) is not None
            out.extend([(name[0][0], name[-1][1])] if len(name) >= 2 and names_a_column else name)
        k = end
    return out


def _parted_at_wide_gaps(pieces: list[Span]) -> list[list[Span]]:
    """Letter-spaced pieces in groups: a new group after each gap wider than the narrowest."""
    narrowest = min(b[0] - a[1] for a, b in itertools.pairwise(pieces))
    groups = [[pieces[0]]]
    for before, piece in itertools.pairwise(pieces):
        if piece[0] - before[1] > narrowest:
            groups.append([])
        groups[-1].append(piece)
    return groups


def _bars_or_spaces(line: str) -> list[Span] | None:
    return _split(line, _BARS_OR_SPACES, outer=True)


def _mixed_header(line: str) -> list[Span] | None:
    """A header with bars between only some of its cells (a PDF copy where only some
    column rules were drawn: `序号  项目名称  年度目标  上半年完成 | 完成进度（%）| 存在问题`):
    its cells split at the bars and inside the segments between them (`_header_segment`);
    None where no segment holds several names (a bar table)."""
    by_bars = _pipes(line)
    if by_bars is None:
        return None
    cells = [cell for segment in by_bars for cell in _header_segment(line, segment)]
    return cells if len(cells) > len(by_bars) else None


def _header_segment(line: str, segment: Span) -> list[Span]:
    """The column names between two bars: parted by runs of spaces where each part is a
    column's name, or by single spaces where each part names a column's role (a copy that
    kept no alignment: `序号 项目名称 年度目标 实际完成`); else one cell, so a bar table's cell
    padded by Word (`序  号`) or a name with a space (`完成 情况（%）`) stays whole."""
    spaced = _parts(line, segment, _SPACES)
    if len(spaced) > 1 and all(is_header_cell(line[s:e]) for s, e in spaced):
        return spaced
    words = _parts(line, segment, _WORD_GAP)
    if len(words) > 1 and all(column_role(line[s:e]) for s, e in words):
        return words
    glued = _glued_unit_names(line, segment)
    return glued or [segment]


#: a column's name with its unit in brackets (`结业（人）`), as a dump that lost the spaces between
#: the names runs them together (`报名（人）结业（人）取证（人）就业创业（人）`)
_NAME_WITH_UNIT = regex.compile(r"[^（(）)\s]{1,10}[（(][^（）()\s]{1,6}[）)]")


def _glued_unit_names(line: str, segment: Span) -> list[Span] | None:
    """The names a segment runs together, each closed by its unit in brackets; None where the
    segment is not two or more such names end to end, each with a unit a header knows."""
    s, e = segment
    parts, at = [], s
    while at < e and (found := _NAME_WITH_UNIT.match(line, at, e)):
        parts.append(found.span())
        at = found.end()
    if at != e or len(parts) < 2 or not all(header_unit(line[a:b]) is not None for a, b in parts):
        return None
    return parts


#: any gap between words, in a copy that kept no alignment
_WORD_GAP = regex.compile(r"\s+")


def _parts(line: str, segment: Span, gap: regex.Pattern) -> list[Span]:
    """The parts of a segment of the line between gaps, as spans of the line."""
    s, e = segment
    found = _split(line[s:e], gap, outer=True)
    return [(s + a, s + b) for a, b in found] if found else [segment]


def _word_header(line: str) -> list[Span] | None:
    """A header whose cells only single spaces part (a PDF copy that kept no alignment:
    `序号 项目名称 年度目标 实际完成 完成率`): three names at least, each naming a column's
    role or a unit (`新增学位（个）`), so that no line of text reads as one."""
    cells = _split(line, _WORD_GAP, outer=True)
    if cells is None or len(cells) < _MIN_WORD_COLUMNS:
        return None
    return cells if all(_names_a_column(line[s:e]) for s, e in cells) else None


#: fewer names parted by single spaces are too weak a sign of a header
_MIN_WORD_COLUMNS = 3


def _names_a_column(cell: str) -> bool:
    """A column's name by its role, its unit or its period (`2023`: `_is_header` keeps
    bare years only as a run): not a bracket alone (`（个）`), no bar."""
    if not is_header_cell(cell) or any(bar in cell for bar in CELL_BARS):
        return False
    unit = header_unit(cell)
    return (column_role(cell) is not None or is_period(cell)
            or (unit is not None and not cell.startswith(("（", "("))))


def _counted_split(header_line: str, header: list[Span]) -> Splitter:
    """How the rows under a header with bars between some cells, or with none, split:
    each segment between bars (the whole line where there are none) into as many cells
    as the header has columns there (`_segment_cells`); a line whose bars do not match
    the header's (a wrapped line) at bars and runs of spaces."""
    segments = _pipes(header_line) or [_trim(header_line, 0, len(header_line))]
    columns = [[k for k, (s, e) in enumerate(header) if bs <= s and e <= be] for bs, be in segments]
    aligned = [len(_parts(header_line, segment, _SPACES)) == len(ks) > 1 for segment, ks in zip(segments, columns)]
    named = [next((j for j, k in enumerate(ks) if column_role(header_line[slice(*header[k])]) in _NAME_ROLES), None)
             for ks in columns]

    def split(line: str) -> list[Span] | None:
        bars = _pipes(line) if len(segments) > 1 else [_trim(line, 0, len(line))]
        if bars is None or len(bars) != len(segments):
            return _bars_or_spaces(line)
        return [cell for k, bar in enumerate(bars)
                for cell in _segment_cells(line, bar, len(columns[k]), aligned[k], named[k])]

    return split


def _pipes_to_count(columns: int) -> Splitter:
    """How the rows under a bar header split: at bars, and where a row has fewer bars
    than the header (a PDF copy that drew only some of its column rules), also at the
    gaps between its other cells, if that gives as many cells as the header has columns:
    runs of spaces, else single ones. A cell whose pieces are all words (`仁宗坑村 余家`, a village and
    a family) is one name with a space in it: its row only left its last cells empty (held-out 349's 34901)."""
    def split(line: str) -> list[Span] | None:
        cells = _pipes(line)
        if cells is None or len(cells) >= columns:
            return cells
        for gap in (_SPACES, _WORD_GAP):
            finer = [part for cell in cells for part in _cell_parts(line, cell, gap)]
            if len(finer) == columns:
                return finer
        return cells

    return split


def _cell_parts(line: str, cell: Span, gap: regex.Pattern) -> list[Span]:
    """A bar cell's parts at `gap`, where a figure among them says a rule between cells is missing."""
    parts = _parts(line, cell, gap)
    return parts if any(_DIGIT.search(line[s:e]) for s, e in parts) else [cell]


#: the roles of a column of names, whose cell may hold spaces between its words
_NAME_ROLES = ("project", "content")


def _segment_cells(line: str, segment: Span, count: int, aligned: bool, named: int | None) -> list[Span]:
    """A row's cells between two bars (or in a row without bars), `count` of them: parted
    by runs of spaces; where the header was not aligned, by single spaces, the surplus
    words of more than `count` being the name column's (`适龄妇女 “两癌” 筛查`). Fewer
    cells than columns: as the spaces part them (a cell is empty; the caller places them
    by position)."""
    spaced = _parts(line, segment, _SPACES)
    if count == 1 or len(spaced) == count or aligned:
        return [segment] if count == 1 else spaced
    words = _with_units(line, _parts(line, segment, _WORD_GAP))
    surplus = len(words) - count
    if surplus == 0:
        return words
    if surplus > 0 and named is not None:
        return words[:named] + [(words[named][0], words[named + surplus][1])] + words[named + surplus + 1:]
    return spaced


def _with_units(line: str, words: list[Span]) -> list[Span]:
    """Words with a unit standing alone joined to the number before it (`1800 个`)."""
    out: list[Span] = []
    for s, e in words:
        if (out and _BARE_FIGURE.fullmatch(line[slice(*out[-1])]) and not _DIGIT.search(line[s:e])
                and unit_word(line[s:e]) is not None):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _in_order_when_complete(place: Callable[[int, str, list[Span]], list[Span | None]], columns: int
                            ) -> Callable[[int, str, list[Span]], list[Span | None]]:
    """A row of as many cells as the header has columns takes them in order, wherever
    they stand (a long name pushed the rest right); other rows go by position."""
    def in_order(line_start: int, line: str, cells: list[Span]) -> list[Span | None]:
        if len(cells) != columns:
            return place(line_start, line, cells)
        return [None if s == e else (line_start + s, line_start + e) for s, e in cells]

    return in_order


def _in_order_when_misaligned(place: Callable[[int, str, list[Span]], list[Span | None]], columns: int
                              ) -> Callable[[int, str, list[Span]], list[Span | None]]:
    """Rows aligned by spaces go by position, unless that puts two figures into one cell (an
    OCR'd board keeps the columns' order, not their place: `街道硬化  4l0000   6OOOO` under a
    wider header), or the row has a piece for every column yet two land under one header (its
    hand-set spaces missed the header's columns by a few screen columns: `2   措施项目
    286,930.52     —` under `序号    汇总内容      金额（元）    其中：暂估价（元）`): then its cells,
    a letter-spaced name first joined (`路   灯`, `户   厕`), go in order from the left, where they
    are no more than the columns."""
    def placed(line_start: int, line: str, cells: list[Span]) -> list[Span | None]:
        by_position = place(line_start, line, cells)
        two_in_one = any(span and _holds_figures(line[span[0] - line_start:span[1] - line_start]) for span in by_position)
        if not two_in_one and None not in by_position:
            return by_position
        joined = _join_spaced_name(line, cells)
        if (two_in_one and len(joined) <= columns) or (None in by_position and len(joined) == columns):
            return [(line_start + s, line_start + e) for s, e in joined] + [None] * (columns - len(joined))
        return by_position

    return placed


#: two figures or more with a column's gap between them (OCR's letters for digits read as digits)
_FIGURES_IN_ONE = regex.compile(r"(?=.*\d)(?:[\d,.]*\d|[/／—–－-])(?:(?: {2,}|[\u3000\t])(?:[\d,.]*\d|[/／—–－-]))+")
#: a cell of one Han character: a piece of a letter-spaced name (`路   灯`, `合   计`)
_ONE_HAN = regex.compile(r"\p{Han}")


def _holds_figures(cell: str) -> bool:
    return _FIGURES_IN_ONE.fullmatch(read_digits(cell.strip())) is not None


def _join_spaced_name(line: str, cells: list[Span]) -> list[Span]:
    """The cells with the one-character pieces that open the row joined into one name."""
    k = 0
    while k < len(cells) and _ONE_HAN.fullmatch(line[cells[k][0]:cells[k][1]]):
        k += 1
    if k < 2:
        return cells
    return [(cells[0][0], cells[k - 1][1]), *cells[k:]]


def _commas(line: str) -> list[Span] | None:
    """A CSV row pasted into a page: cells split as the csv module reads them (a quoted
    cell keeps its commas: `"新增托位800个,建成托育点20个"`), each span inside its quotes."""
    if "," not in line:
        return None
    try:
        fields = next(csv.reader([line]))
    except csv.Error:
        return None
    spans, position = [], 0
    for value in fields:
        if line.startswith('"', position):
            # a doubled quote inside stands for one: the raw cell is that much longer
            raw = len(value) + value.count('"')
            if not line.startswith('"', position + 1 + raw):
                return None                 # the quote closed mid-cell (`"目标":"…"`): no CSV row
            spans.append(_trim(line, position + 1, position + 1 + raw))
            position += raw + 2
        else:
            spans.append(_trim(line, position, position + len(value)))
            position += len(value)
        if line.startswith(",", position):
            position += 1
    if position != len(line) or len(spans) < 2:
        return None                         # not a well-formed row: quotes opened mid-cell
    return spans


_SPLITTERS: tuple[Splitter, ...] = (_tabs, _mixed_header, _pipes, _spaces, _word_header, _commas, _solidi)

#: A line of one cell inside a row-per-line table is a group row (`一、托育服务`) when short
#: and not a sentence.
_GROUP_MAX = 30
_SENTENCE_END = CLAUSE_BREAKS + COLONS


def _row_per_line(text: str, lines: Sequence[Line], first: int,
                  furniture: frozenset[str] = frozenset()) -> TableText | None:
    """A table one row a line from a header row at `first`; a page's number and running
    header (`furniture`) where a PDF dump breaks the table over pages are no rows."""
    head = lines[first]
    needed = 1 if _captioned_with_unit(lines, first) else 2
    found = (_header_of(head.text, needed) or _sheet_header_of(lines, first, needed)
             or _row_header_told_by_its_rows(lines, first, glossed_labels(text)))
    if found is None:
        return None
    split, header = found
    if split is _spaces and display_width(head.text[:header[0][0]]) >= _UNNAMED_COLUMN:
        # a header indented over the rows' names (`        2020年（万元）    2019年（万元）` over
        # `业务收入      24,618.35     23,105.72`): the names' column has no header of its own
        header = [(0, 0), *header]
    split, place = _row_reading(split, head.text, header)
    rows: list[list[Parts | None]] = []
    i, end = first + 1, first + 1
    lower_names = None
    if place is not None:
        names, below = _wrapped_header(lines, first, split, header, place)
    else:
        names, below, lower_names = _second_header(text, lines, first, split, header)
        if names is None:
            names, below = _split_first_header(lines, first, split, header)
    if names is not None:
        i = end = below + 1
    skipped = 0
    blocks: list[int] = []                  # of each row, how many rules lie above it
    rules = 0
    while i < len(lines) and skipped <= _MAX_SKIPPED:
        line = lines[i]
        if (line.blank or _RULE.match(line.text) or line.text.strip() in furniture or _PAGE_NUMBER.fullmatch(line.text)
                or _spec().elided_rows.match(line.text)
                or (split is _past_sheet_row_number and _SHEET_ROW_NUMBER.fullmatch(line.text.strip()))):
            rules += bool(rows) and bool(_RULE.match(line.text))
            i, skipped = i + 1, skipped + 1
            continue
        after_a_gap, skipped = skipped > 0, 0
        if place is not None and _indented_paragraph(line.text):
            break                           # prose under the table, not a cell that wrapped
        last = _quoted_record_end(lines, i) if split is _commas else i
        row_text = text[line.start:lines[last].end]
        cells = split(row_text)
        if cells is not None and _header_of(row_text) is not None:
            break                           # the header of the next table
        if cells is None and after_a_gap and rows and not _group_label(row_text, lines, i, split):
            break                           # a line after a blank one is no cell's wrapped end: the text goes on
        pieces = cells or [_trim(row_text, 0, len(row_text))]
        if place is not None:
            added = _add_placed(text, rows, place(line.start, row_text, pieces))
        else:
            added = _add_in_order(text, rows, [(line.start + s, line.start + e) for s, e in pieces], len(header), after_a_gap)
        if not added and not (cells is None and _group_label(row_text, lines, i, split)):
            break
        if not added:
            rows.append([((line.start + s, line.start + e),) for s, e in pieces])
        blocks.extend([rules] * (len(rows) - len(blocks)))
        end = i = last + 1
    if not rows:
        return None                         # a header over nothing: a line of text
    if rules >= _RULED_ROWS:
        rows = _join_ruled_rows(rows, blocks)
    return TableText(first, end, [(head.start + s, head.start + e) for s, e in header], rows, names, lower_names)


#: A paragraph's first-line indent (two full-width spaces, or up to four plain ones) and
#: the least a line of prose holds after it
_PARAGRAPH_INDENT = regex.compile(r"(?:\u3000{1,2}| {1,4})(?=\S)")
_MIN_PROSE = 20


def _indented_paragraph(line: str) -> bool:
    """A paragraph under a table aligned by spaces (`　　公示期为…。每户补助最高…。`):
    a paragraph's indent, then running text of sentences with no gap between columns
    (a cell that wraps stands under its column, indented as far as that column)."""
    indent = _PARAGRAPH_INDENT.match(line)
    body = line[indent.end():].rstrip() if indent else ""
    return len(body) >= _MIN_PROSE and "。" in body and _SPACES.search(body) is None


#: this many rules under body rows: a grid table, which rules off every row, so that
#: lines between two rules are one row
_RULED_ROWS = 2


def _join_ruled_rows(rows: list[list[Parts | None]], blocks: list[int]) -> list[list[Parts | None]]:
    """The rows of a grid table (`+----+----+` between rows) with the lines of a row
    whose long cells wrapped joined: a line with its first cell empty between the same
    two rules as the row above goes on with that row's cells."""
    out: list[list[Parts | None]] = []
    for k, row in enumerate(rows):
        if out and blocks[k] == blocks[k - 1] and len(row) == len(out[-1]) and not _filled(row[0]):
            out[-1] = [_joined(upper, lower) for upper, lower in zip(out[-1], row)]
        else:
            out.append(row)
    return out


def _filled(parts: Parts | None) -> bool:
    return bool(parts) and any(s < e for s, e in parts)


def _joined(upper: Parts | None, lower: Parts | None) -> Parts | None:
    """A cell and its wrapped end, if any."""
    parts = tuple(p for p in (upper or ()) + (lower or ()) if p[0] < p[1])
    return parts or upper


#: How many blank, rule or page-furniture lines in a row a table may run across (a page
#: break: footer, page number, running header, blank lines); more end it. Without a bound,
#: a text whose every line is furniture would be scanned to its end from every header.
_MAX_SKIPPED = 8

#: how many lines one quoted CSV cell may run over
_MAX_RECORD_LINES = 8


def _quoted_record_end(lines: Sequence[Line], i: int) -> int:
    """The last line of the CSV record that starts at line `i`: a quoted cell may hold
    line breaks (`"新建托育点6个\n新增托位300个"`), which leave its quotes open at the line's end."""
    quotes = 0
    for k in range(i, min(i + _MAX_RECORD_LINES, len(lines))):
        quotes += lines[k].text.count('"')
        if quotes % 2 == 0:
            return k
    return i                                # never closed: no record, the line alone


def _second_header(text: str, lines: Sequence[Line], first: int, split: Splitter, header: list[Span]
                   ) -> tuple[list[str] | None, int | None, list[str] | None]:
    """The names of the columns where the row under the header names them further (a
    header cell merged over several columns: `2025年` over `目标 | 完成`), the index
    of that row and its own names; (None, None, None) where the next row is no second header row."""
    below = next((k for k in range(first + 1, len(lines))
                  if not lines[k].blank and not _RULE.match(lines[k].text)), None)
    cells = split(lines[below].text) if below is not None else None
    if cells is None or len(cells) != len(header):
        return None, None, None
    top = [lines[first].text[s:e].strip() for s, e in header]
    bottom = [lines[below].text[s:e].strip() for s, e in cells]
    names = _merged_names(top, bottom)
    named = [is_header_cell(b) or is_period(name) for b, name in zip(bottom, names) if b]
    if len(named) < 2 or not all(named) or any(_BARE_FIGURE.fullmatch(_flat(b)) for b in bottom if b):
        return None, None, None
    return names, below, bottom


#: the most columns a first header cell is split into by the row under it (`类 | 款 | 项`)
_MAX_SPLIT_COLUMNS = 4


def _split_first_header(lines: Sequence[Line], first: int, split: Splitter, header: list[Span]
                        ) -> tuple[list[str] | None, int | None]:
    """The names of the columns where the header's first cell is merged over several
    columns that the row under it names (a budget table's `功能分类科目编码` over `类 | 款 | 项`),
    the rows under them one cell wider for each such column: the first name over each of
    them, and the index of that row; (None, None) where the table is not so."""
    below, row = (next((k for k in range(start, len(lines)) if not lines[k].blank), None)
                  for start in (first + 1, first + 2))
    if below is None or row is None or row != below + 1:
        return None, None
    parts, cells = split(lines[below].text), split(lines[row].text)
    if parts is None or cells is None or not 2 <= len(parts) <= _MAX_SPLIT_COLUMNS:
        return None, None
    words = [lines[below].text[s:e].strip() for s, e in parts]
    if len(cells) != len(header) + len(parts) - 1 or not all(words) or any(_DIGIT.search(w) for w in words):
        return None, None
    top = [lines[first].text[s:e].strip() for s, e in header]
    return [top[0]] * len(parts) + top[1:], below


def _row_reading(split: Splitter, header_line: str, header: list[Span]
                 ) -> tuple[Splitter, Callable[[int, str, list[Span]], list[Span | None]] | None]:
    """How the rows under a header split, and, for cells aligned by spaces, how they are
    placed under the header's cells (None: in order)."""
    if split is _spaces:    # rows may have the column rules the header has not
        return _bars_or_spaces, _in_order_when_misaligned(_by_position(header_line, header), len(header))
    if split is _mixed_header:
        return (_counted_split(header_line, header),
                _in_order_when_complete(_by_position(header_line, header), len(header)))
    if split is _word_header:
        return _counted_split(header_line, header), None
    if split is _pipes:
        return _pipes_to_count(len(header)), None
    return split, None


def _wrapped_header(lines: Sequence[Line], first: int, split: Splitter, header: list[Span],
                    place: Callable[[int, str, list[Span]], list[Span | None]]) -> tuple[list[str] | None, int | None]:
    """The names of the columns where a fixed-width dump wrapped some header cells onto
    the next line (`上半年` over `完成`, `完成进度` over `（%）`), and the index of that line:
    words without a figure, none in the first column, under the header cells they end;
    (None, None) where the next line is no such line."""
    below = first + 1
    if below >= len(lines) or lines[below].blank or _RULE.match(lines[below].text):
        return None, None
    line = lines[below]
    pieces = split(line.text) or [_trim(line.text, 0, len(line.text))]
    placed = place(0, line.text, pieces)
    ends = [line.text[s:e] if s < e else "" for s, e in (span or (0, 0) for span in placed)]
    if placed[0] is not None or not any(ends) or any(_DIGIT.search(end) for end in ends):
        return None, None
    top = [lines[first].text[s:e].strip() for s, e in header]
    names = [name + end for name, end in zip(top, ends)]
    if not all(is_header_cell(name) for name, end in zip(names, ends) if end):
        return None, None
    return names, below


def _merged_names(top: list[str], bottom: list[str]) -> list[str]:
    """Each column's name from the two header rows: an empty top cell under a merged one
    takes the name to its left (`2025年 |  ` over `目标 | 完成`); a unit the merged name ends in
    ends the column's name (`培训课时（课时）` over `理论 | 实操` → `培训课时理论（课时）`), where the
    lower name states none of its own."""
    names, above = [], ""
    for upper, lower in zip(top, bottom):
        above = upper or (above if lower else "")
        if lower and (unit := header_unit(above)) is not None and header_unit(lower) is None and above.endswith("）"):
            names.append(unit.name + lower + above[len(unit.name):])
        else:
            names.append(above + lower if lower else upper)
    return names


def _add_in_order(text: str, rows: list[list[Parts | None]], cells: list[Span], columns: int,
                  after_a_gap: bool = False) -> bool:
    """Cells separated by tabs or bars: a row of its own, or the rest of the row above
    when that row's last cell was cut off (`_wraps`). False for a line of one cell. A line of one
    cell with a gap after it (an empty line, the header repeated: `第二页　二类货` over the next page's rows)
    is a label over the rows below, not a cell cut off."""
    if rows and not (after_a_gap and len(rows[-1]) == 1) and _wraps(text, rows[-1], cells, columns):
        above = rows[-1]
        above[-1] = (above[-1] or ()) + (cells[0],)
        above.extend((span,) for span in cells[1:])
        return True
    if len(cells) < 2:
        return False
    rows.append([(span,) for span in cells])
    return True


def _add_placed(text: str, rows: list[list[Parts | None]], placed: list[Span | None]) -> bool:
    """Cells aligned by spaces: words under the row above with its first column empty are
    that row's cells wrapped onto the next line, and so are cells that only fill the
    columns right of the row above's last (a long name cell pushed the rest of its row
    onto the next line); other figures there make a row of their own, a continuation
    row. False for a line of one cell in the first column."""
    filled = [(k, span) for k, span in enumerate(placed) if span is not None]
    words_only = not any(_BARE_FIGURE.fullmatch(_flat(text[s:e])) for _, (s, e) in filled)
    # a group row above (one cell) has no cells to go on with
    if rows and len(rows[-1]) == len(placed) and placed[0] is None and (words_only or _completes(rows[-1], filled)):
        above = rows[-1]
        for k, span in filled:
            above[k] = (above[k] or ()) + (span,)
        return True
    if len(filled) < 2:
        return False
    if rows and _ends_a_cut_row(text, rows[-1], filled):
        above = rows[-1]
        last = max(k for k, parts in enumerate(above) if parts)
        for k, (_, span) in zip(range(last, len(above)), filled):
            above[k] = (above[k] or ()) + (span,)
        return True
    rows.append([None if span is None else (span,) for span in placed])
    return True


def _ends_a_cut_row(text: str, above: list[Parts | None], filled: list[tuple[int, Span]]) -> bool:
    """A line of figures alone that ends the row above, cut by OCR over two lines (`户厕  252000
    25200  27`⏎`6800  4O0`): the row above ends in a figure with columns empty after it, and
    the line holds one figure more than those (the cut figure's rest, then the missing cells)."""
    last = max((k for k, parts in enumerate(above) if parts), default=-1)
    if last < 1 or len(filled) != len(above) - last:
        return False
    cells = [_flat(text[s:e]) for _, (s, e) in filled] + [_flat(text[above[last][-1][0]:above[last][-1][1]])]
    return all(_DIGITS_ONLY.fullmatch(read_digits(cell)) for cell in cells)


#: a figure's digits alone, as a cut cell's two halves are
_DIGITS_ONLY = regex.compile(r"\d+")


def _completes(above: list[Parts | None], filled: list[tuple[int, Span]]) -> bool:
    """The cells fill only columns right of the last filled one of the row above."""
    last = max((k for k, parts in enumerate(above) if parts), default=len(above))
    return bool(filled) and filled[0][0] > last and filled[-1][0] < len(above)


#: how a header told by its rows parts its cells: tabs, bars, runs of spaces
_TOLD_SPLITTERS: tuple[Splitter, ...] = (_tabs, _pipes, _spaces)
#: a cell left empty in a row of figures (`扎格斯台站  2  8  /`)
_NO_FIGURE = regex.compile(r"[/／—–\-]{1,2}|[－]")


def _row_header_told_by_its_rows(lines: Sequence[Line], first: int,
                                 glossed: frozenset[str] = frozenset()) -> tuple[Splitter, list[Span]] | None:
    """A header row whose columns carry no role or unit word (`服务站 | 饮水点 | 巡回医疗`,
    `菜品  标价  老人价`, `星期 早餐 价格 午餐 价格`, the units in the line above), told by the rows
    under it, at least two, of as many cells: a name first (after a row-number column, `序号 | 社员 |
    入股`), and every other column the same kind in each, bare figures (or dashes) or words,
    figures in one column at least. A name the document's legend glosses (`glossed`: `“种”是年初票决
    定下的数`) is a column's though it is one character (`名目｜种｜打｜欠｜场头话`)."""
    head = lines[first].text
    body = None     # the rows under it, read only for a line that splits into plain names (few lines do)
    for split in _TOLD_SPLITTERS:
        header = split(head)
        # (a name spaced out to its column's width, `品　名`, `均　价`, is one name; a row-number column's may be one
        # character, `序`)
        if not (header and _MIN_LINE_COLUMNS <= len(header) <= _MAX_TOLD_COLUMNS
                and all(_PLAIN_NAME.fullmatch(name := _WHITE_SPACE.sub("", head[s:e])) or name in glossed
                        or k == 0 and column_role(head[s:e]) == "number" for k, (s, e) in enumerate(header))):
            continue
        if body is None:
            following = itertools.islice(lines, first + 1, None)     # no copy of the rest of a long document
            body = [line.text for line in itertools.islice((line for line in following if not line.blank),
                                                           _MIN_TELLING_ROWS + _GROUP_ROWS_PASSED)]
        # a group row (`【常有善育】`) between the header and its rows tells nothing of the columns
        rows = [row for row in body if not _a_group_row(row, split(row))][:_MIN_TELLING_ROWS]
        if len(rows) < _MIN_TELLING_ROWS:
            return None
        split_rows = [(row, split(row)) for row in rows]
        kinds = _column_kinds([_cell_kinds(row, cells, len(header)) for row, cells in split_rows])
        named = 1 if column_role(head[slice(*header[0])].strip()) == "number" or _numbers_the_rows(split_rows) else 0
        if kinds is not None and not kinds[named] and any(kinds[named:]):
            return split, header
    return None


def _numbers_the_rows(split_rows: Sequence[tuple[str, list[Span] | None]]) -> bool:
    """The rows open with a short number each, each the one before or the next (`01 | 新建农村幸福院（处） | 3 | 3`,
    `01 | 改造提升幸福院（处）…`, under a header's `号头`, a merit book's name for its slips' numbers that no word list
    knows; held-out 355's 35501): a column of row numbers (not a size chart's `120`, `130`)."""
    firsts = [(row[cells[0][0]:cells[0][1]].strip() if cells else "") for row, cells in split_rows]
    if not all(_ROW_NUMBER_CELL.fullmatch(first) for first in firsts):
        return False
    numbers = [int(first) for first in firsts]
    return all(later - earlier in (0, 1) for earlier, later in zip(numbers, numbers[1:]))


#: a row number's cell (`01`, `12`)
_ROW_NUMBER_CELL = regex.compile(r"\d{1,3}")


#: the group rows a header told by its rows may stand over before its first rows
_GROUP_ROWS_PASSED = 2


def _a_group_row(row: str, cells: list[Span] | None) -> bool:
    """A row of one short cell, no sentence (`【常有善育】`, `一、托育服务`)."""
    text = row.strip()
    return ((not cells or len(cells) == 1) and 0 < len(text) <= _GROUP_MAX
            and not any(c in text for c in _SENTENCE_END) and not _figure_cell(text))


def _cell_kinds(row: str, cells: list[Span] | None, count: int) -> tuple[bool | None, ...] | None:
    """Of a row that may tell a header, which of its `count` cells hold a bare figure (or a
    dash, counted with the figures), None for an empty cell; None for a row of another number of
    cells, but for one whose last cells a closing bar or tab leaves empty (a remark column left
    blank: `一｜入户育儿指导｜600人次｜652｜108.7｜`)."""
    if cells is None or len(cells) > count or len(cells) < count and not _OPEN_LAST_CELL.search(row):
        return None
    kinds = (bool(_figure_cell(c) or _NO_FIGURE.fullmatch(c)) if c else None for c in (row[s:e].strip() for s, e in cells))
    return (*kinds, *[None] * (count - len(cells)))


#: a row closed by its splitter: the cell after it is there, and empty
_OPEN_LAST_CELL = regex.compile(r"[|｜\t][^\S\n]*$")


def _column_kinds(rows: Sequence[tuple[bool | None, ...] | None]) -> tuple[bool | None, ...] | None:
    """The kind every row gives each column (figures or words; None where every row leaves it
    empty), or None where the rows disagree on a column or one does not fit the header."""
    if not rows or None in rows:
        return None
    columns: list[bool | None] = []
    for cells in zip(*rows):
        said = {kind for kind in cells if kind is not None}
        if len(said) > 1:
            return None
        columns.append(said.pop() if said else None)
    return tuple(columns)


def _header_of(line: str, needed: int = 2) -> tuple[Splitter, list[Span]] | None:
    """The header row a line is, in the first dump form that splits it into one, with
    `needed` cells named by their words."""
    for split in _SPLITTERS:
        header = split(line)
        if header and _is_header([line[s:e] for s, e in header], needed=needed):
            return split, header
    return None


#: a spreadsheet export's frame: a row of the column letters (`\tA\tB\tD\tE`, hidden columns
#: skipped) over rows each led by the sheet's row number (`3\t1\t新增普惠托位\t个\t450`)
_COLUMN_LETTERS = regex.compile(r"[^\S\n]*(?:[A-Z]{1,3}[^\S\n]*\t[^\S\n]*)+[A-Z]{1,3}[^\S\n]*")
_SHEET_ROW_NUMBER = regex.compile(r"\d{1,7}")
_SHEET_LEAD = regex.compile(r"\d{1,7}(?:\t|\s*$)")


def _sheet_header_of(lines: Sequence[Line], first: int, needed: int) -> tuple[Splitter, list[Span]] | None:
    """The header row of a sheet exported with its frame: under a row of column letters,
    led by its row number, which is the sheet's and no column of the table (a body row's
    number neither: its cells are read past it, and a row of only a number is an empty row)."""
    if not _under_column_letters(lines, first):
        return None
    header = _past_sheet_row_number(lines[first].text)
    if header and _is_header([lines[first].text[s:e] for s, e in header], needed=needed):
        return _past_sheet_row_number, header
    return None


#: how many of the sheet's rows (a title, a blank row) may lie between its column letters and the header
_SHEET_ROWS_ABOVE_HEADER = 4


def _under_column_letters(lines: Sequence[Line], first: int) -> bool:
    """The line is a row of a framed sheet: the column letters lie above it, with only
    rows led by their numbers between (the sheet's title rows)."""
    for line in reversed(lines[max(0, first - _SHEET_ROWS_ABOVE_HEADER - 1):first]):
        if _COLUMN_LETTERS.fullmatch(line.text):
            return True
        if not (line.blank or _SHEET_LEAD.match(line.text)):
            return False
    return False


def _past_sheet_row_number(line: str) -> list[Span] | None:
    """A tab-separated row of a framed sheet without its leading row number."""
    cells = _tabs(line)
    if cells and _SHEET_ROW_NUMBER.fullmatch(line[cells[0][0]:cells[0][1]]):
        cells = cells[1:]
    return cells if cells and len(cells) >= 2 else None


def _captioned_with_unit(lines: Sequence[Line], first: int) -> bool:
    """The line above is a chart's or table's caption naming the unit of its figures
    (`[图表：新增托位（个）]`), or a title that ends in a unit declaration (`二、资金公示（单位：元）`,
    a notice board's fund table): the caption says a table follows, so one cell named by its
    words (`年份`, `项目`) makes the header, the others naming what the figures count
    (`新增托位`, `区级拨付`); or a title that ends in units declared column by column."""
    above = next((line for line in reversed(lines[max(0, first - 2):first]) if not line.blank), None)
    return above is not None and (caption_unit(above.text) is not None or _closing_declaration(above.text)
                                  or _closing_column_units(above.text))


def _closing_column_units(line: str) -> bool:
    """The line ends in units declared column by column (`二、施工内容（面积单位：平方米；管道单位：米；电梯单位：台）`)."""
    found = _column_unit_matches(line)
    return bool(found) and not line[found[-1].end():].strip(" \t\u3000）)")


def _closing_declaration(line: str) -> bool:
    """The line ends in the declaration of its figures' unit (`…公示（单位：元）`)."""
    declared = unit_declared(line)
    return declared is not None and closes_its_text(line, declared)


def _wraps(text: str, row: list[Parts | None], cells: list[Span], columns: int) -> bool:
    """The line goes on with the last cell of the row above: that row is short of cells,
    its last cell is words cut off (`社会事业局、` over `红十字会`), and the two together
    fit the columns. A row whose last cell is a figure is complete, only short (a district
    with no task in the last columns). A group label alone on its line (`一、教育`) is
    a row of its own over the rows below, not a cell cut off, and so is one naming a brand or
    group (`常有善育（县卫健局）`)."""
    if len(row) >= columns or row[-1] is None or len(row) + len(cells) - 1 > columns:
        return False
    last = _flat(_text_of(text, row[-1]))
    if len(row) == 1 and (_NUMBERED_GROUP.match(last) or category_by_alias(last) is not None):
        return False            # `一、教育`, `常有善育（县卫健局）`: a group's label, numbered or naming a brand
    head = _flat(text[cells[0][0]:cells[0][1]])
    return bool(last) and bool(head) and not _BARE_FIGURE.fullmatch(last) and not _BARE_FIGURE.fullmatch(head)


def _group_label(line: str, lines: Sequence[Line], i: int, split: Splitter) -> bool:
    """A one-cell line that labels the rows under it: short, no sentence, and table rows follow."""
    stripped = line.strip()
    if not stripped or len(stripped) > _GROUP_MAX or stripped[-1] in _SENTENCE_END:
        return False
    after = next((x for x in lines[i + 1:] if not x.blank), None)
    return after is not None and split(after.text) is not None


def _by_position(header_line: str, header: list[Span]) -> Callable[[int, str, list[Span]], list[Span | None]]:
    """Cells aligned by spaces go under the header cell in whose screen columns they
    start (wide characters take two columns), so a row with cells missing keeps the
    others in place, and a long note under the table stays in the first column."""
    lefts = [display_width(header_line[:s]) for s, _ in header]

    def place(line_start: int, line: str, cells: list[Span]) -> list[Span | None]:
        placed: list[Span | None] = [None] * len(lefts)
        for s, e in cells:
            left = display_width(line[:s])
            k = max((k for k, column in enumerate(lefts) if column <= left + _ALIGN_SLACK), default=0)
            # two pieces under one header are one cell with a wide space inside (`李　林`)
            placed[k] = (line_start + s, line_start + e) if placed[k] is None else (placed[k][0], line_start + e)
        return placed

    return place


#: How far (in screen columns) a space-aligned header may be indented before the blank over the
#: rows' names counts as a column of its own (a name of four wide characters)
_UNNAMED_COLUMN = 8


#: How far (in screen columns: one wide character) a cell may start left of its header:
#: a dump pads with a mix of narrow and wide spaces (`10　 文体惠民` under `事项名称`).
_ALIGN_SLACK = 2


# ------------------------------------------------------------------------ meaning

@dataclass(slots=True)
class Cell:
    header: str
    role: str | None
    start: int          # offsets of the cell text in the cleaned document text
    end: int
    text: str           # as in the document (several lines joined by \n)
    #: where its text is: [(start, end)], or the parts of a cell wrapped between others
    parts: list[Span] = field(default_factory=list)
    #: the column's own name in a second header row (`普惠托位（个）` under `“一老一小”`)
    lower_header: str = ""

    @property
    def flat(self) -> str:
        """The cell as one line: Word wraps long cells, the words run on."""
        return _flat(self.text)

    @property
    def lines(self) -> list[str]:
        return [part.strip() for part in self.text.split("\n") if part.strip()]


def _flat(text: str) -> str:
    if "\n" not in text:
        return text.strip()     # the usual cell, one line: the same as the join below, 145,721 calls on the bench archive
    return "".join(part.strip() for part in text.split("\n"))


@dataclass(slots=True)
class FigureCell:
    """A cell that is a figure and nothing else, read with what the table says of it."""
    cell: Cell
    value: float | None          # None: a progress result whose unit comes from its target
    unit: str | None
    qualifier: str = "exact"
    indicator: str | None = None     # what the column counts (the header without its unit)
    #: a progress table's result: the cells holding the target it is measured against
    targets: list[Span] = field(default_factory=list)
    money: bool = False          # a money column's figure, in 元
    year: int | None = None      # stated by its column header (`2023年`, `2024年计划投资`)
    #: years before the table's that its column header names (`上年同期`: 1)
    years_back: int = 0
    #: its column header names the year of writing (`今年上车人数`), whatever year the table's section is of
    this_year: bool = False
    per: str | None = None       # the denominator its row's unit cell gives (`元/人·月`)
    value_max: float | None = None   # the high end of a range cell (`25—45`)


@dataclass(slots=True)
class TableRow:
    number: str | None = None
    project: str | None = None
    leader: str | None = None
    lead_unit: str | None = None
    partner_units: list[str] | None = None
    #: cells that hold only a figure (`0.08` under 当年投资 in 亿元, `114.3%` under 完成率,
    #: `4860` under 新增学位（个）)
    figure_cells: list[FigureCell] = field(default_factory=list)
    investment: float | None = None     # the row's first money cell, in 元
    #: cells of words with figures outside the targets' column (`存在问题`: `2所因征地问题`):
    #: text of the document, not targets the row sets
    remarks: list[Span] = field(default_factory=list)
    #: what its figures count: its narrowest filled name cell (`_label`)
    label: str | None = None
    #: the header of the column that names it (`岗位名称` over `托育点保育员`: the rows are posts)
    label_header: str | None = None
    #: the district or county the row is for, where a cell of it is one's name and nothing else
    area: str | None = None
    #: the places the row is for, its region columns' cells (`东镇`, a network's site `县医院站`, a road's ends
    #: `镇中心卫生院`): where, not what, so their words name no topic of the row's figures
    sites: tuple[str, ...] = ()
    #: its table names no task of a list (no project, deadline, responsible unit, investment or result
    #: column: a TV rundown's `序号 | 类型 | 时长 | 内容`, a chronology's `时间 | 事件`): the document's own
    #: account, whose rows of prose go by the document's kind, not a task list's
    account: bool = False
    #: the year its year column gives (`实施年份`: `2026`, a range's last: `2026—2027` → 2027), for its cells of prose too
    year: int | None = None

    def inherit_units(self, above: "TableRow") -> "TableRow":
        """A row of its own whose units and leader are empty: Word leaves a cell merged down
        the rows of a group empty in all rows but the first."""
        return replace(self, leader=self.leader or above.leader, lead_unit=self.lead_unit or above.lead_unit,
                       partner_units=self.partner_units or above.partner_units)

    def inherit(self, above: "TableRow") -> "TableRow":
        """A continuation row: empty cells are the merged cells of the row above."""
        return replace(
            self,
            number=self.number or above.number,
            project=self.project or above.project,
            leader=self.leader or above.leader,
            lead_unit=self.lead_unit or above.lead_unit,
            partner_units=self.partner_units or above.partner_units,
            label=self.label or above.label,
        )


@dataclass(slots=True)
class GroupRow:
    """A row that labels the rows under it (`一、托育服务`, `（一）常有善育`)."""
    label: Cell


@dataclass(slots=True)
class DataRow:
    start: int
    end: int
    row: TableRow
    regions: list[Span]          # where its figures in words are: the content cells
    #: `all`: a row adding up the table (`合计`), under no group; `sub`: its group's (`小计`);
    #: `class`: an account class's (`208 | 社会保障和就业支出`), adding up items of several topics
    total: str | None = None


def _items_under_merged_projects(text: str, table: TableText, roles: list[str | None]) -> list[str | None]:
    """A projects column merged down over rows its cell leaves empty, beside a column of what is done that names every
    row with no figure (`保养项目 | 保养内容 | 数量` over `常规保养（老有所养） | 新建村级互助养老点 | 6个` and `| 老年助餐服务 |
    3.6万人次`, a plan laid out as a car's service book): the projects are the rows' groups, and the column beside
    them names each row's item, as a table's `类别 | 项目` does."""
    if "project" not in roles or "content" not in roles or "group" in roles:
        return roles
    project, content = roles.index("project"), roles.index("content")
    cells = [(_cell_text(text, row, project), _cell_text(text, row, content)) for row in table.rows]
    merged = any(not name for name, _ in cells[1:]) and bool(cells and cells[0][0])
    named = all(item and not _DIGIT.search(item) for _, item in cells)
    if not (merged and named):
        return roles
    return [("group" if k == project else "project" if k == content else role) for k, role in enumerate(roles)]


def _cell_text(text: str, row: list[Parts | None], k: int) -> str:
    parts = row[k] if k < len(row) else None
    return _text_of(text, parts).strip() if parts else ""


def _plan_before_the_results(headers: Sequence[str], roles: list[str | None]) -> list[str | None]:
    """A results column beside no column of targets or of projects (`靶位 | 箭道 | 靶心 | 报靶`, the legend glossing
    only 报靶, as what was done): the column just before it, which no word names (as a count, `在册人数`, or a
    unit's, `数量（个）`, would), is the plan it answers."""
    first = roles.index("result") if "result" in roles else 0
    if (first == 0 or roles[first - 1] is not None or is_header_cell(headers[first - 1])
            or {"content", "project"}.intersection(roles)):
        return roles
    return [*roles[:first - 1], "content", *roles[first:]]


@lru_cache(maxsize=4)
def _glossed_roles(text: str) -> dict[str, str]:
    """The role of each column the document's legend glosses as a plan's or a result's figures
    (`extractors.stance.legend_glosses`): a rate's, money's or a date's where the gloss names one
    (`“环数”栏填完成率（%）`, `“票价”栏为该站计划投资`, `“计划到站”即计划完工时间`), else a result's or a
    target's (`“报靶”栏填全年实际完成数`, `“停站任务”即当年要完成的数`)."""
    return {label: role if (role := column_role(gloss)) in _GLOSSED_KINDS else _STANCE_ROLES[stance]
            for label, (stance, gloss) in legend_glosses(text).items()}


#: the roles a gloss may name by its own words, whatever stance it says
_GLOSSED_KINDS = frozenset({"rate", "investment", "deadline"})


def _role_by_gloss(role: str | None, glossed: str | None) -> str | None:
    """The role of a column the legend glosses (`glossed`, `_glossed_roles`): a column no word of its name
    tells takes the gloss's (`“报靶”栏填全年实际完成数`: the results, `“票价”栏为该站计划投资`: the money); a column
    of points glossed as a plan's or a result's figures (`“满分”即…计划数，“得分”即…完成数`, a year-end check laid
    out as an exam's score page) holds figures, a rate's where the gloss names one (`“得分”栏记完成率（%）`)."""
    if glossed is None or role not in (None, "score"):
        return role
    return glossed if role is None or glossed == "rate" else None


#: the role of a column whose figures the legend says are a plan's or a result's
_STANCE_ROLES = {TARGET: "content", ACHIEVED: "result"}


def table_rows(text: str, table: TableText, money_scale: float | None,
               declared: HeaderUnit | None = None, column_units: dict[str, str] | None = None,
               listed_units: Sequence[str] = ()) -> list[GroupRow | DataRow]:
    """The rows of a table with their meaning; `money_scale` is what the unit line above
    the table (`单位：亿元`) makes a bare number of a money column worth in 元, `declared`
    the unit it gives every bare figure that has no other (`单位：人`), `column_units` the
    units it declares column by column (`规模单位：立方米/日；管网单位：公里`), `listed_units` the
    units it lists for the columns to take by their names (`单位：户、人、万元`)."""
    names = table.names or [text[s:e].strip() for s, e in table.header]
    glossed_units = {word: unit for word, unit in glossed_column_units(text)
                     if any(_names_the_column(word, name) for name in names)}
    written, table_unit = with_column_units(names, {**glossed_units, **(column_units or {})})
    if any(column_role(header) == "unit" for header in written):
        # a column of each row's unit (`项目 | 数量 | 单位 | 投资` under `单位：个、公里、人、户、万元`): the list is the rows'
        # units, and only its money is a column's
        listed_units = tuple(unit for unit in listed_units if _money_scale(unit) is not None)
    unlisted = written
    written = with_listed_units(_with_the_noun_before(written), listed_units,
                                _figure_columns(text, table) if listed_units else ())
    headers = [pivot_field(h) for h in written]
    lower = table.lower_names or [""] * len(headers)
    roles = ["row_count" if is_pivot_count(h) else role for h, role in zip(written, _roles(headers))]
    roles = _columns_that_name_measures(text, table, roles)
    glossed = _glossed_roles(text)
    roles = [_role_by_gloss(role, glossed.get(_flat(header))) for header, role in zip(headers, roles)]
    declared = declared or table_unit or _name_column_unit(headers, roles)
    # where a table has no content column, the project column states the targets
    # (`项目（年度目标）`: `新增普惠性托位800个`)
    roles = _plan_before_the_results(headers, roles)
    roles = _items_under_merged_projects(text, table, roles)
    words_role = "content" if "content" in roles else "project"
    account = not _TASK_ROLES.intersection(roles) or _double_entry(headers)
    row_units = _listed_units_of_rows(text, table, headers, listed_units if written == unlisted else (), roles)
    out: list[GroupRow | DataRow] = []
    previous: TableRow | None = None
    row_years: list[int] = []
    for number, spans in enumerate(table.rows):
        present = _present(spans)
        cells = [Cell(headers[k] if k < len(headers) else "", roles[k] if k < len(roles) else None,
                      parts[0][0], parts[-1][1], _text_of(text, parts), list(parts),
                      lower[k] if k < len(lower) else "")
                 for k, parts in present]
        filled = [c for c in cells if c.flat]
        if not filled:
            continue
        if label := _group_label_of(cells, filled):
            out.append(GroupRow(label))
            previous = None
            continue
        total = _total_kind(filled[0].flat) or _class_total(cells)
        if not total and (merged := _group_cell(cells)) is not None:
            out.append(GroupRow(merged))     # the first row of a group names it
            previous = None
        targets = [] if total else [p for c in cells if c.role == words_role and c.flat for p in c.parts]
        row = table_row(cells, money_scale, targets, row_units.get(number) or declared)
        if not total:       # a pivot's count on an item's row counts the row itself (`1`)
            row = replace(row, figure_cells=[f for f in row.figure_cells if f.cell.role != "row_count"])
        if total:
            row = _total_of_dated_rows(replace(row, project=None, number=None), row_years)
        elif previous is not None and not row.number and not row.project:
            row = row.inherit(previous)
        elif previous is not None:
            row = row.inherit_units(previous)
        if not total and (day_year := _year_of_a_dated_row(next((c for c in cells if c.role == "deadline"), None))):
            row_years.append(day_year)
        # (and a total row's count of the places, `合计 | 10个村`, in a column of the rows' places)
        remark_cells = [c for c in cells if _prose_elsewhere(c, words_role)
                        or total and c.role == "region" and _DIGIT.search(c.flat)]
        remarks = [p for c in remark_cells for p in c.parts]
        row = replace(row, remarks=remarks, account=account,
                      figure_cells=row.figure_cells + [f for c in remark_cells for f in _remark_money(c, money_scale)])
        regions = _total_words(cells, filled[0], words_role) + remarks if total else targets + remarks
        out.append(DataRow(present[0][1][0][0], present[-1][1][-1][1], row, sorted(regions), total))
        previous = None if total else row
    return out


def _listed_units_of_rows(text: str, table: TableText, headers: Sequence[str],
                          listed: Sequence[str], roles: Sequence[str | None]) -> dict[int, HeaderUnit]:
    """In a table of measures by period (`项目 | 2024年 | 2025年`) or by state (`检查项目 | 设计值 | 实测值`) under a line
    listing units (`单位：个、万件、吨、人`, `单位：米、座、处`) that no column took, the unit each row whose label names
    none counts in, by row: the listed unit its label names (`驿站从业人员` → 人, `管沟长度` → 米), as a column's name
    takes one."""
    if not listed or not any(is_period(header) or _states_a_measure(header) for header in headers[1:]):
        return {}
    names = next((k for k, role in enumerate(roles) if role == "project"), 0)     # after a row number (`序号`), if any
    labels = [_cell_text(text, row, names) for row in table.rows]
    named = with_listed_units(labels, listed, [k for k, label in enumerate(labels) if label])
    return {k: unit for k, (name, label) in enumerate(zip(named, labels))
            if name != label and (unit := header_unit(name)) is not None}


def _states_a_measure(header: str) -> bool:
    """A column of the rows' measures in one state, planned or found (`设计值`, `实测值`, `计划`, `完成`): each row's
    unit is its own."""
    return column_role(header) in ("result", "content") or _squash(header) in _spec().measure_states


def _double_entry(headers: Sequence[str]) -> bool:
    """A book-keeper's entries (`摘要 | 总账科目 | 借方金额 | 贷方金额`): money booked in and out, the
    account of what was paid and received, however its summary column is named; no task list."""
    return any("借方" in h for h in headers) and any("贷方" in h for h in headers)


#: the roles of columns that make a table a list of tasks: what is to be done, by whom, by when, for how much
_TASK_ROLES = frozenset({"project", "leader", "lead_unit", "partner_units", "investment", "deadline", "result", "rate"})


def _figure_columns(text: str, table: TableText) -> list[int]:
    """The columns most of whose filled cells are bare figures (`2860` under `交售茶青`)."""
    return _columns_most_of(text, table, lambda cell: bool(_BARE_FIGURE.fullmatch(cell)))


def _columns_most_of(text: str, table: TableText, holds: Callable[[str], bool]) -> list[int]:
    """The columns most of whose filled cells hold what `holds` tells."""
    filled: Counter[int] = Counter()
    held: Counter[int] = Counter()
    for spans in table.rows:
        for k, parts in _present(spans):
            filled[k] += 1
            held[k] += holds(_text_of(text, parts).strip())
    return sorted(k for k in filled if held[k] * 2 > filled[k])


def _columns_that_name_measures(text: str, table: TableText, roles: list[str | None]) -> list[str | None]:
    """The roles, a column whose cells name what they count with its unit read as the rows' names:
    a place column (`站点` over `普惠托位（个）`, a weather-forecast's stations: a place carries no
    unit), and, where no column names the rows, a column of no role (`工程量` over `护理型床位（张）`,
    a plate-swap list's)."""
    nameless = not {"project", "group", "region"}.intersection(roles)
    if "region" not in roles and not (nameless and None in roles):
        return roles
    named = set(_columns_most_of(text, table, lambda cell: _BARE_FIGURE.fullmatch(cell) is None
                                 and header_unit(cell) is not None))
    return ["project" if k in named and (role == "region" or role is None and nameless) else role
            for k, role in enumerate(roles)]


def _roles(headers: list[str]) -> list[str | None]:
    """The role of each column; a group column is the rows' names where no column of
    project names is beside it (`类别 | 计划投资`: each row a category of its own), and so is a
    first column of no role or unit before columns that all measure."""
    roles = [column_role(h) for h in headers]
    if "project" not in roles:
        roles = ["project" if role == "group" else role for role in roles]
    if (len(roles) > 1 and not _ROW_NAME_ROLES.intersection(roles) and roles[0] is None and header_unit(headers[0]) is None
            and all(header_unit(h) is not None for h in headers[1:])):
        roles[0] = "project"     # `家庭人口 | 户均月用水（立方米）`: the first column names the rows (`1—2人`), the others measure
    elif len(roles) > 2 and roles[0] == "number" and not any(roles[1:]) and not any(map(header_unit, headers)):
        # `序 | 料名 | 菜谱量 | 下锅量`, no other column with a role or a unit: the column after the row numbers names the rows
        # (not `序号 | 村名 | 户主 | 窖型 | 贮藏能力（吨）`, a register of households whose columns measure them)
        roles[1] = "project"
    return roles


def _name_column_unit(headers: list[str], roles: list[str | None]) -> HeaderUnit | None:
    """The unit the header of the rows' names gives every bare figure of the table
    (`项目资金（万元） | 年初预算数 | 全年执行数`: the columns name measures, the name
    column's bracket their unit), as a unit line above the table would."""
    return next((unit for header, role in zip(headers, roles)
                 if role in ("project", "group") and (unit := header_unit(header)) is not None), None)


def _group_cell(cells: list[Cell]) -> Cell | None:
    """The filled cell of a group column: the first row of the group it names."""
    return next((c for c in cells if c.role == "group" and c.flat), None)


def _present(cells: list[Parts | None]) -> list[tuple[int, Parts]]:
    return [(k, parts) for k, parts in enumerate(cells) if parts]


def _text_of(text: str, parts: Parts) -> str:
    """A cell's text; the parts of a wrapped cell, one per line."""
    return "\n".join(text[s:e] for s, e in parts)


#: the number cell of a group row: `一`, `二、`, `（三）`
_GROUP_DIGITS = r"[（(]?[一二三四五六七八九十]{1,3}"
_GROUP_NUMBER = regex.compile(_GROUP_DIGITS + r"[)）、.．]?")
#: a group label that opens with its number, marked as one (`一、教育`, `（二）卫生`)
_NUMBERED_GROUP = regex.compile(_GROUP_DIGITS + r"[)）、.．]\s*\p{Han}")


def _group_label_of(cells: list[Cell], filled: list[Cell]) -> Cell | None:
    """The label of a row over the rows under it: one filled cell, the row's first, words
    not a figure (`一、托育服务`); or a Chinese ordinal in the number column with only
    the label beside it (`二 | 教育惠民`). A continuation row has its leading cells empty."""
    first = filled[0]
    if len(filled) == 1 and first is cells[0] and not _BARE_FIGURE.fullmatch(first.flat):
        return None if _total_kind(first.flat) else first
    if (len(filled) == 2 and first is cells[0] and first.role == "number"
            and _GROUP_NUMBER.fullmatch(first.flat) and filled[1].role in ("project", "content")):
        return filled[1]
    return None


def _total_kind(first_cell: str) -> str | None:
    """`all` for a row adding up the table (`合计`, `全市`), `sub` for one adding up its group (`小计`)."""
    spec = _spec()
    compact = _WHITE_SPACE.sub("", first_cell)      # Word pads two characters: `合  计`
    if compact in spec.totals:
        return "all"
    return "sub" if compact in spec.subtotals or _pivot().subtotal.search(first_cell.strip()) else None


def _class_total(cells: list[Cell]) -> str | None:
    """`class` for a row of a budget's accounts whose code is a class's (`208`, over its
    items `2080201`…): it adds up the class."""
    spec = _spec()
    code = next((c for c in cells if c.role == "number" and c.flat), None)
    named = code is not None and _header_holds(code.header, spec.account_code_headers)
    return "class" if named and spec.class_code.fullmatch(code.flat) else None


def _total_words(cells: list[Cell], label: Cell, words_role: str) -> list[Span]:
    """A total row's figures in words beside its label, in the columns that state each row's
    project or target (`合计 | 10项 | — | 兑现8项…`): the count of the whole list."""
    return [p for c in cells if c is not label and c.role in ("project", words_role) and _DIGIT.search(c.flat)
            for p in c.parts]


def _remark_money(cell: Cell, money_scale: float | None) -> list[FigureCell]:
    """The amounts a remark states bare in a table whose money a unit line scales (`单位：万元`
    over `含中央车购税补助9,000.00`), each named by the words before it; none in a cell that
    wraps over lines, or in a table with no unit line (a bare number there may be anything)."""
    if money_scale is None or len(cell.parts) != 1:
        return []
    spec = _spec()
    found = []
    for m in spec.remark_money.finditer(cell.text):
        number = parse_number(m.group("amount"))
        if number is None:
            continue
        name = m.group("name")
        name = next((name[len(lead):] for lead in spec.remark_money_lead if name.startswith(lead)), name)
        start, end = cell.start + m.start("amount"), cell.start + m.end("amount")
        found.append(FigureCell(Cell(name, None, start, end, m.group("amount"), [(start, end)]),
                                scaled(number, money_scale), "元", indicator=name, money=True))
    return found


def _prose_elsewhere(cell: Cell, words_role: str) -> bool:
    """Words with figures in a column of no text role (`完成情况`: `已建成5家`): read as text."""
    return (cell.role not in _TEXT_ROLES and cell.role != words_role and bool(_DIGIT.search(cell.flat))
            and _whole_quantity(cell.flat) is None and not _BARE_FIGURE.fullmatch(cell.flat))


def _total_of_dated_rows(row: TableRow, row_years: list[int]) -> TableRow:
    """A total row under rows dated to the day (a repayment schedule's instalments): the sum is reached on
    the last of them, as a range's total is in its last year. Not under a column of years (`年份`), which
    says when each project is done: the list's money is still the plan's year (held-out 231's 23100)."""
    if row.year is not None or not row_years:
        return row
    last = max(row_years)
    return replace(row, year=last, figure_cells=[f if f.year is not None else replace(f, year=last)
                                                 for f in row.figure_cells])


def table_row(cells: list[Cell], money_scale: float | None, targets: list[Span] | None = None,
              declared: HeaderUnit | None = None) -> TableRow:
    by_role: dict[str, Cell] = {}
    for cell in cells:
        if cell.role and cell.role not in by_role and not _figure_for_a_name(cell):
            by_role[cell.role] = cell

    def flat(role: str) -> str | None:
        cell = by_role.get(role)
        return (cell.flat or None) if cell else None

    def lines(role: str) -> list[str]:
        cell = by_role.get(role)
        return cell.lines if cell else []

    unit_cell = flat("unit") or ""
    organisation = _names_an_organisation(unit_cell)
    label = (_label(cells) or by_role.get("project") or _content_label(cells) or _label_before_a_measure(cells)
             or (by_role.get("unit") if organisation else None))
    # (a unit with a note of what it counts in brackets, `座（围屋）`, is that unit)
    row_unit = unit_word(unit_cell) or unit_word(ROUND_ASIDE.sub("", unit_cell))
    if row_unit is None and _MEASURE_WORD.search(unit_cell) and not organisation:
        declared = None     # the row counts in a measure no record takes (`盒`), not in the table's unit line's
    figures = [] if _numbers_the_columns(cells) else _unless_placeholders(
        [f for f in (figure_cell(cell, money_scale, targets or [], label, row_unit, declared) for cell in cells)
         if f is not None], label)
    row_year = (_year_cell(flat("year")) or _last_year_of_range(flat("year")) or _month_of_a_year(label)
                or _year_of_a_dated_row(by_role.get("deadline")))
    if row_year is not None:
        figures = [f if f.year is not None else replace(f, year=row_year) for f in figures]
    money = next((f for f in figures if f.money), None)
    return TableRow(
        number=flat("number"),
        project=_unspaced(flat("project")),
        label=_unspaced(label.flat or None) if label is not None else None,
        label_header=label.header if label is not None else None,
        leader=" ".join(_squash(x) for x in lines("leader")) or None,
        lead_unit=" ".join(lines("lead_unit")) or None,
        partner_units=lines("partner_units") or None,
        figure_cells=figures,
        investment=money.value if money else None,
        area=unit_named(flat("region")),
        sites=tuple(cell.flat for cell in cells if cell.role == "region" and cell.flat),
        year=row_year,
    )


def unit_of_the_plan_before(figures: Sequence[FigureCell], result: FigureCell) -> HeaderUnit | None:
    """The unit of a bare result whose target no prose states (`已完成` under `设计长度（米） | 已完成`,
    the length under `长度单位：米` declared for one column): the unit of the plan column before it in its
    row, what was done of that plan. Not a rate's unit, nor another result's; None where no column before
    it has one."""
    if result.unit is not None or result.cell.role != "result":
        return None
    given = None
    for figure in figures:
        if figure is result:
            return given
        if figure.cell.role not in ("result", "rate") and (own := header_unit(figure.cell.header)) is not None \
                and own.unit not in ("%", "％"):
            given = own
    return None


def _numbers_the_columns(cells: list[Cell]) -> bool:
    """A statistical form's column-number row (`甲　乙　丙　1　2　3` under its header): column labels,
    then bare numbers counting up from 1 in column order; they name the columns its formulas use
    (`2栏÷1栏`), no figure. A row of data whose figures happen to be 1, 2 has a name of its own."""
    filled = [cell.flat.strip() for cell in cells if cell.flat.strip()]
    labels = [text for text in filled if text in _spec().column_numbering_labels]
    numbers = [text for text in filled if text not in _spec().column_numbering_labels]
    return bool(labels) and len(numbers) >= 2 and numbers == [str(i) for i in range(1, len(numbers) + 1)]


def _unless_placeholders(figures: list[FigureCell], label: Cell | None = None) -> list[FigureCell]:
    """A row whose every figure is zero (`目标 0 | 完成 0 | #DIV/0!`) was not filled in yet:
    its zeros hold places, they count nothing. One zero beside other figures is a figure, and
    so are the zeros of a row whose name sets zero as the goal (`零就业家庭动态清零`)."""
    if label is not None and _spec().zero_goal.search(label.flat):
        return figures
    return [] if len(figures) >= 2 and all(f.value == 0 for f in figures) else figures


def _content_label(cells: list[Cell]) -> Cell | None:
    """A row's first cell, in a column of what is promised (`承诺内容`) or one no role names (`包　裹`
    over `礼单数量 | 签收数量`), where it names a thing and its unit (`新增普惠托位（个）` beside
    `年度目标 | 120`) and no name column is there: the row's label. Cells of words before it that name no unit
    (a board's number and who carries it, `第1桥 | 里秧田村 徐家 | 新增普惠托位（个） | 40 | 42`; held-out 349's
    34901) do not hide it; a figure before it does."""
    for cell in cells:
        if not cell.flat:
            continue
        if cell.role not in ("content", None) or _BARE_FIGURE.fullmatch(cell.flat):
            return None
        if header_unit(cell.flat) is not None:
            return cell
    return None


def _label_before_a_measure(cells: list[Cell]) -> Cell | None:
    """Where no column names the rows' things by a role word (`序号 | 树种 | 胸径（cm） | 数量（株）`; or a column of
    the work done names them in words, `服务内容 | 数量 | 单价 | 金额`, an expense claim's, held-out 352's 35204), the
    last cell of words before a column named by a measure alone, or before the unnamed targets of a plan
    beside its results (`靶位 | 箭道 | 靶心 | 报靶`, `_plan_before_the_results`): what that count counts (`国槐`,
    `普惠托位`)."""
    planned = any(cell.role == "result" for cell in cells)
    measure = next((i for i, cell in enumerate(cells) if _measure_header(cell.header)
                    or planned and cell.role == "content" and column_role(cell.header) is None), None)
    words = [cell for cell in cells[:measure or 0]
             if cell.role in (None, "content") and _HAN_WORDS.fullmatch(cell.flat) and not _total_kind(cell.flat)]
    return words[-1] if words else None


#: a cell of words (`国槐`, `毛白杨（雌株）`), no figure in it
_HAN_WORDS = regex.compile(r"\p{Han}[\p{Han}（）()·、]*")


def _label(cells: list[Cell]) -> Cell | None:
    """What a row's bare figures count: of its name cells (`项目名称 | 指标`), the last
    filled one, the narrowest name (`中小学扩容 | 新增学位`: the figure counts 学位), before
    the row's figures: a name column after them notes what follows (`项目 | 年度任务 | 完成数 |
    单位 | 移交事项`: the 移交事项 says where the work goes, not what the figures count)."""
    names = [cell for cell in cells if cell.role == "project" and cell.flat and not _figure_for_a_name(cell)]
    first_figure = next((cell.start for cell in cells if _figure_for_a_name(cell)
                         or (cell.role not in _TEXT_ROLES and _BARE_FIGURE.fullmatch(cell.flat))), None)
    before = [cell for cell in names if first_figure is None or cell.start < first_figure]
    chosen = (before or names or [None])[-1]
    if chosen is not None and column_role(chosen.header) == "group":
        return _work_beside_a_group(cells) or chosen
    return chosen


def _work_beside_a_group(cells: list[Cell]) -> Cell | None:
    """A group column stands for the rows' names only where nothing else names them (`类别 | 计划投资`); beside it
    a content column of words (`类别 | 建设内容 | 计量单位 | 目标`: `幼有所育 | 新建普惠托育点`) names the work
    the row's figures count, its group only the category it falls under."""
    return next((cell for cell in cells if cell.role == "content" and _HAN_WORDS.fullmatch(cell.flat)), None)


def _figure_for_a_name(cell: Cell) -> bool:
    """A cell of a name column that is a figure and nothing else names nothing: its header
    counts things (`超过时序进度项目 | 9个`), or the row's unit column gives its unit
    (`项目 | 任务量 | 单位`: `8.6`)."""
    return cell.role == "project" and bool(cell.flat) and (
        _whole_quantity(cell.flat) is not None or _BARE_FIGURE.fullmatch(cell.flat) is not None)


def _names_an_organisation(cell: str) -> bool:
    """A cell of a `单位` column that names a body, not a measure (`七道泉子镇工会`, `区卫健系统工会`): a
    quota table's rows by the bodies they go to, `单位` in its sense of a work unit."""
    return len(cell) > _MAX_MEASURE_CELL and unit_word(cell) is None


#: the longest cell of a unit column that names a measure (`万人次`, `平方米/日`)
_MAX_MEASURE_CELL = 5


#: a unit column's cell that names a measure (`盒`, `万元`), not one left empty or struck out (`/`, `—`)
_MEASURE_WORD = regex.compile(r"\p{Han}")


#: a cell of a year column: `2023`, `2023年`, `2023年度`
_YEAR_CELL = regex.compile(r"((?:19|20)\d\d)(?:年度?)?")


def _year_cell(cell: str | None) -> int | None:
    """The year a row's cell in a year column (`年份`) gives its figures."""
    match = _YEAR_CELL.fullmatch(cell) if cell else None
    return int(match.group(1)) if match else None


#: a row's years of work in its year column (`2026—2027`, `2026-2027年`)
_YEAR_RANGE_CELL = regex.compile(r"(?:19|20)\d\d\s*(?:年度?\s*)?[—–\-~～至到]{1,2}\s*((?:19|20)\d\d)(?:年度?)?")


#: a row's label that is a month of a year (`2023年11月`, `2023-11`, a statement's months of reading)
_MONTH_OF_A_YEAR = regex.compile(r"((?:19|20)\d\d)\s*(?:年\s*\d{1,2}\s*月(?:份)?|[-/.]\d{1,2})")


#: a row's day in a column of dates (`应还日期`, `日期`): `2025-03-21`, `2025/3/21`, `2025年3月21日`
_DAY_OF_A_YEAR = regex.compile(r"((?:19|20)\d\d)\s*(?:[-/.．]\s*\d{1,2}\s*[-/.．]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")


def _year_of_a_dated_row(cell: Cell | None) -> int | None:
    """The year of a row dated to the day in a column of dates (a repayment schedule's `应还日期`, a
    ledger's `日期`): what the row pays or records falls on that day, whatever year the document is of.
    A column of when work is due or done (`截止日期`, `完成时限`) says nothing of whose year a plan's figures are."""
    if cell is None or not _spec().row_date.search(_WHITE_SPACE.sub("", cell.header)):
        return None
    match = _DAY_OF_A_YEAR.fullmatch(cell.flat)
    return int(match.group(1)) if match else None


def _month_of_a_year(label: Cell | None) -> int | None:
    """The year of a row labelled by a month of it (`2023年11月` over a heating season's statement)."""
    match = _MONTH_OF_A_YEAR.fullmatch(label.flat) if label is not None else None
    return int(match.group(1)) if match else None


def _last_year_of_range(cell: str | None) -> int | None:
    """The last year of a row's range of years (`2026—2027` → 2027): what the row builds is done
    then, as a range's total is reached in its last year (gold/README's year-columns row)."""
    match = _YEAR_RANGE_CELL.fullmatch(cell) if cell else None
    return int(match.group(1)) if match else None


def _column_year(header: str) -> int | None:
    """The year a column's header names: `2023年计划投资`, or a bare year (`2023`) that
    only a header of year columns keeps as a header."""
    if not header:
        return None
    return year_of_heading(header) or _year_cell(_flat(header))


#: A cell that is a figure and nothing else: `0.08`, `61.2`, `114.3%`, `4.8万`, `1,200`, maybe
#: signed (a gap column's `+12`, `-5`: more or less than the plan)
_PLUS = NUMERALS.plus_signs
_BARE_FIGURE = regex.compile(rf"[{regex.escape(_PLUS + NUMERALS.minus_signs)}]?[\d,，.．]*\d(?:[万亿])?\s*[%％]?")


def figure_cell(cell: Cell, money_scale: float | None, targets: list[Span], label: Cell | None = None,
                row_unit: HeaderUnit | None = None, declared: HeaderUnit | None = None) -> FigureCell | None:
    """The figure a cell holds (`_figure_of`), dated back a year under `上年同期`."""
    sign, bound = _threshold(cell.text)
    if sign:
        cell = _after_sign(cell, sign)
    found = _figure_of(cell, money_scale, targets, label, row_unit, declared)
    if found is not None and sign:
        found.qualifier = bound
    if found is not None and _spec().year_before.match(_WHITE_SPACE.sub("", cell.header)):
        found.years_back = 1
    if found is not None and _spec().this_year.match(_WHITE_SPACE.sub("", cell.header)):
        found.this_year = True
    return found


@lru_cache(maxsize=1)
def _threshold_signs() -> list[tuple[str, str]]:
    """The signs of a bound that may open a cell (`≥`, `>=`, `＜`), longest first: the
    qualifiers of extractors/data/quantities.toml that are no words."""
    before = read_table("quantities.toml")["qualifiers"]["before"]
    signs = [(sign, bound) for sign, bound in before.items() if not regex.search(r"[\p{Han}\p{L}]", sign)]
    return sorted(signs, key=lambda pair: len(pair[0]), reverse=True)


@lru_cache(maxsize=1)
def _any_threshold_sign() -> tuple[str, ...]:
    return tuple(sign for sign, _bound in _threshold_signs())


def _threshold(text: str) -> tuple[int, str]:
    """A bare number after the sign of a bound, as a standard or threshold column writes
    it (`≥4.5`, `<= 3500`): the length of its sign with the spaces after it, and the bound
    it sets; (0, "exact") for any other cell."""
    stripped = text.lstrip()
    if not stripped.startswith(_any_threshold_sign()):
        return 0, "exact"       # most cells: one `startswith` for all the signs, not one a sign
    for sign, bound in _threshold_signs():
        if stripped.startswith(sign):
            rest = stripped[len(sign):].strip()
            # a figure with its unit (`≥90%`, `≥420个`) is read whole, its sign included
            if not _BARE_FIGURE.fullmatch(rest) or rest.endswith(("%", "％")):
                break
            return len(text) - len(stripped[len(sign):].lstrip()), bound
    return 0, "exact"


def _after_sign(cell: Cell, sign: int) -> Cell:
    """The cell without its threshold sign, read as the figure it bounds."""
    parts = [(cell.parts[0][0] + sign, cell.parts[0][1])] + cell.parts[1:] if cell.parts else []
    return replace(cell, start=cell.start + sign, text=cell.text[sign:], parts=parts)


def _figure_of(cell: Cell, money_scale: float | None, targets: list[Span], label: Cell | None,
               row_unit: HeaderUnit | None, declared: HeaderUnit | None) -> FigureCell | None:
    """The figure a cell holds, with its unit from wherever the table gives it: the cell
    itself (`114.3%`, `912个`), the unit line above a money column, the header's bracket,
    the row's label in a table of indicators by period (`新增就业（人） | 1200 | 1350`),
    the row's cell in a unit column (`计量单位`), a rate column (`完成率`: %), the unit
    line above the table, or, for a bare result in a progress
    table (a column of what is done: `完成量`), the target beside it (left to the caller,
    who has read the target's figure; a result takes the target's indicator too). `/`,
    empty cells, and cells of words, row numbers, dates and phone numbers give none."""
    text = read_digits(cell.flat)            # `6OOOO`, `l80000`: OCR's letters for digits, same length
    counted_under_the_names = cell.role == "person" and _whole_quantity(text) is not None    # `合计 | 412户`
    if (cell.role in _TEXT_ROLES and not counted_under_the_names
            and not _bare_target(cell, row_unit or declared or _label_unit(label))):
        return None
    unit, name = _unit_and_name(cell, label, row_unit)
    year = _column_year(cell.header)
    result = targets if cell.role == "result" else []
    if (bare_range := _spec().range_cell.fullmatch(text)) is not None:
        return _range_figure(cell, bare_range, unit or declared, name, year)
    if not _BARE_FIGURE.fullmatch(text) or text.endswith(("%", "％")):
        found = _whole_quantity(text) or _whole_quantity(text.lstrip(_PLUS))    # a rise's sign: `+2.27%`
        if found is None:
            return None
        if found.unit == "%" and cell.role == "result":
            # the rate of completion, unless the target beside it is a rate too (a
            # 合格率 of 100% planned, 98% reached): that rate, read from the target
            name = _spec().rate_indicator
        return FigureCell(cell, found.value, found.unit, found.qualifier, name, list(result), year=year,
                          per=found.per, value_max=found.value_max)
    if LEADING_ZERO.match(text):
        return None                          # `0431` in a passbook's teller column: a code, no figure
    number = parse_number(text.lstrip(_PLUS))
    if number is None:
        return None
    account = _account_of(label)
    if row_unit is not None and _priced_per_row_unit(cell.header, declared):
        # a price list's money column beside a unit column (`计量单位 | 参考单价` under `金额单位：元`):
        # money per the row's unit (`卫生间扶手 | 米 | 180`: 180 元 a metre)
        return FigureCell(cell, scaled(number, declared.scale), "元", indicator=name, year=year, per=row_unit.unit)
    if cell.role == "investment" and money_scale is not None:
        return FigureCell(cell, scaled(number, money_scale), "元", indicator=account or name, money=True, year=year)
    if unit is not None:
        return FigureCell(cell, scaled(number, unit.scale), unit.unit, indicator=name,
                          money=cell.role == "investment" and unit.unit == "元", year=year, per=unit.per)
    if cell.role == "row_count":  # how many items a pivot's group holds: the counted noun's measure word
        return FigureCell(cell, number, _spec().label_nouns.get(cell.header.removesuffix(_COUNT_OF)),
                          indicator=_pivot_count_indicator(cell.header), year=year)
    if cell.role == "rate":       # a share of the plan: `完成率` over `58.3` is 58.3%
        return FigureCell(cell, _as_percentage(text, number), "%", indicator=name, year=year)
    if declared is not None and not _spec().duration_header.search(cell.header):
        money = declared.unit == "元"
        if money and label is not None and _spec().statement_period.fullmatch(_squash(cell.header)):
            name = account or _name_of(label.flat, money=True)     # `本年数`, `年初数` say when; the row says which money
        elif money:     # a money column keeps the words that say which money (`全年执行数`)
            name = account or _name_of(_counted_name(cell), money=True)
        elif label is None and is_period(cell.header):
            name = measure_of_title(declared)   # `1月` names when; the title says what is counted
        return FigureCell(cell, scaled(number, declared.scale), declared.unit, indicator=name,
                          money=cell.role == "investment" and money, year=year, per=declared.per)
    # (after a unit line, which names the unit the table counts in: `单位：件、%`)
    if (counted := _counted_header_unit(cell.header)) is not None:
        value = _as_percentage(text, number) if counted == "%" else number
        return FigureCell(cell, value, counted, indicator=name, year=year)
    if result:
        return FigureCell(cell, number, None, indicator=name, targets=list(result), year=year)
    return None


def _priced_per_row_unit(header: str, declared: HeaderUnit | None) -> bool:
    """A column of money a unit line declares (`金额单位：元`) whose header names money or a price
    (`参考单价`, `补贴上限`… `补贴`) and no unit of its own."""
    if declared is None or declared.unit != "元" or header_unit(header) is not None:
        return False
    return any(word in header for word in _spec().listed_headers.get("money", ()))


def _range_figure(cell: Cell, bare_range: regex.Match, unit: HeaderUnit | None, name: str | None,
                  year: int | None) -> FigureCell | None:
    """A bare range (`25—45` under `主力户型（㎡）`): one figure, its low end the value and its
    high end `value_max`, in the unit the column, row or table gives; none without a unit,
    or where the ends do not rise (a code, `3-1`)."""
    low, high = parse_number(bare_range.group("low")), parse_number(bare_range.group("high"))
    if unit is None or low is None or high is None or not low < high:
        return None
    return FigureCell(cell, scaled(low, unit.scale), unit.unit, indicator=name, year=year, per=unit.per,
                      value_max=scaled(high, unit.scale))


@lru_cache(maxsize=_CACHED_HEADERS)
def _counted_header_unit(header: str) -> str | None:
    """The unit a header with no unit of its own gives its bare figures where it names a
    rate (`签约率` → %) or a count of a noun of a known measure word (`招生班数` → 个), as a
    label before a bare figure does in text; a bracket or unit line says it otherwise."""
    compact = _without_unit(header)
    if not compact or header_unit(header) is not None:
        return None
    stem = compact.removesuffix(_COUNT_OF)
    counted = stem != compact
    return _counted_label_unit(stem, counted=counted) or (_measure_word_counted(stem) if counted else None)


def _measure_word_counted(counted: str) -> str | None:
    """The measure word a count header counts in by name (`次数` → 次, `参保人数` → 人, `服务人次数` → 人次):
    the last one or two characters before its `数`, where they are a unit of a count."""
    for size in (2, 1):
        if len(counted) >= size and (unit := unit_word(counted[-size:])) is not None \
                and unit.kind != "money" and unit.scale == 1 and unit.per is None:
            return unit.unit if unit.unit not in _spec().uncounted_measures else None
    return None


def _account_of(label: Cell | None) -> str | None:
    """In a budget's table of accounts, the account a row's money is spent on: its name
    (`养老服务` under `科目名称`), which says what the money is, as a column says which."""
    if label is None or not label.flat or not _header_holds(label.header, _spec().account_names):
        return None
    return _name_of(label.flat, money=True)


def _header_holds(header: str, words: tuple[str, ...]) -> bool:
    """A column header holds one of `words`, however its cell spaced them (`科 目 名 称`)."""
    compact = _WHITE_SPACE.sub("", header)
    return any(word in compact for word in words)


def _as_percentage(text: str, number: float) -> float:
    """A bare rate cell's percentage: `58.3` is 58.3%, `0.8933` (a fraction of one) 89.33%; `.7`, written
    without its zero as a statistics package prints a small percentage (SPSS's `百分比`), 0.7%."""
    if "." in text and not text.startswith(".") and number <= _spec().rate_fraction_max:
        return round(number * 100, 10)
    return number


def _label_unit(label: Cell | None) -> HeaderUnit | None:
    """The unit a row's label gives in brackets (`新增学位（个）`), if any."""
    return header_unit(label.flat) if label is not None else None


def _bare_target(cell: Cell, row_unit: HeaderUnit | None) -> bool:
    """A bare number in a column of targets (`年度目标`) where a unit column, a row label
    (`新增学位（个）`) or the column's own header (`年度目标（个）`) gives it a unit: a figure,
    where a target column otherwise holds words."""
    has_unit = row_unit is not None or header_unit(cell.header) is not None
    return cell.role in ("content", "project") and has_unit and bool(_BARE_FIGURE.fullmatch(cell.flat))


def _unit_and_name(cell: Cell, label: Cell | None, row_unit: HeaderUnit | None = None
                   ) -> tuple[HeaderUnit | None, str | None]:
    """The unit and indicator of a cell's bare figure: its column's; in a column named by
    a period, or one giving no unit, its row label's (`新增就业（人）`) where that gives one,
    else the row's unit column's, with the row label naming what it counts."""
    unit = header_unit(cell.header)
    if cell.role == "rate":
        return unit, _indicator_of(cell)
    if unit is None and _counts_in_time(cell.header):
        return None, _indicator_of(cell)    # `折旧年限（年）`: a duration, not the row's unit column's count
    if label is not None and (change := _change_name(cell.header, label)):
        return unit, change
    if label is not None and (measured := _measured_name(cell.header, label)):
        # (`数量` beside `外墙保温（平方米）`: the row's label gives the unit its quantity is in)
        return unit or row_unit or header_unit(label.flat), measured
    if label is None or not (unit is None or is_period(cell.header)):
        return unit or row_unit, _indicator_of(cell)
    label_unit = header_unit(label.flat) or row_unit
    if label_unit is None and unit is None:
        # a period (`1—2月`) names when, not what: the row's label says what is counted
        # (and so does a result column no word of its name tells, glossed by the legend: `报靶`)
        # (and so does a column of the row's measure planned or found: `设计值 | 实测值`)
        named_by_row = (is_period(cell.header) or cell.role == "result" and column_role(cell.header) is None
                        or _squash(cell.header) in _spec().measure_states)
        return None, _name_of(label.flat, money=False) if named_by_row else _indicator_of(cell)
    return unit or label_unit, _name_of(label.flat, money=False)


def _counts_in_time(header: str) -> bool:
    """The header's bracket names a unit of time (`折旧年限（年）`, `工期（天）`): its cells are durations."""
    found = _spec().header_unit.search(_WHITE_SPACE.sub("", header))
    return found is not None and is_time_unit(found.group("unit"))


def _change_name(header: str, label: Cell) -> str | None:
    """Under a change column (`1—10月同比±%`), the row's thing and the change's frame read as
    growth (`城镇新增就业同比增长`); None under any other column."""
    change = _spec().change_column.search(_WHITE_SPACE.sub("", header))
    name = _name_of(label.flat, money=False) if change else None
    return name + change.group("frame") + _spec().change_suffix if name else None


def _measure_header(header: str) -> regex.Match | None:
    """A column header that names only a measure (`数量（株）`, `件数`, `占比`; tables.toml measure_header)."""
    return _spec().measure_header.fullmatch(_without_unit(header))


def _measured_name(header: str, label: Cell) -> str | None:
    """Under a column named by a measure alone (`件数（件）`, `占比`), the row's thing
    (`城乡建设（供暖供水）` → 城乡建设), with the share word of a share column (城乡建设占比);
    None under any other column."""
    measure = _measure_header(header)
    if measure and measure.group("money") and column_role(label.header) != "project":
        return None     # a group column standing in for names (`残疾类别`) names no money
    name = _name_of(ROUND_ASIDE.sub("", label.flat), money=False) if measure else None
    return name + (measure.group("share") or "") if name else None


def _whole_quantity(text: str) -> Quantity | None:
    """The one quantity a cell is made of, if it is nothing else (`114.3%`, `912个`, `3.9万人`)."""
    found = find_quantities(text)
    return found[0] if len(found) == 1 and found[0].text == text else None


def _indicator_of(cell: Cell) -> str | None:
    """What the column counts: its header without the unit, cleaned as an indicator of
    text is (`新增学位（个）` → `学位`); a money column keeps its header whole, which says
    which money it is (`当年投资`, `完成投资`); a rate column's rate is the one it names."""
    if cell.role == "rate":
        return _rate_name(cell.header)
    return _name_of(_counted_name(cell), money=cell.role == "investment")


def _counted_name(cell: Cell) -> str:
    """The header that says what a column counts: under a group header (`“一老一小”`,
    `教育`, `资金` over the columns of each), the column's own name where it gives its own
    unit (`普惠托位（个）`), since the group names a topic, not the thing counted; the
    merged name still gives the year, stance and category (`2025年` over `目标`)."""
    own = header_unit(cell.lower_header) if cell.lower_header else None
    return cell.lower_header if own is not None and own.name else cell.header


def _rate_name(header: str) -> str:
    """The rate a rate column holds: the one its header names (`完成进度（%）` → `完成进度`),
    else the completion rate (`完成比例`)."""
    name = _without_unit(header)
    return name if _spec().rate_name.search(name) else _spec().rate_indicator


def _name_of(label: str, money: bool) -> str | None:
    name = _without_part_lead(_without_unit(label))
    if money:
        return _spec().money_name_end.sub("", name) or None
    name = _spec().count_note.sub("", name)
    if not name:
        return None
    return indicator_of_label(name) or name


def _without_part_lead(name: str) -> str:
    """A part's name without the word that says it is one (`其中镇级配套` → `镇级配套`, `其中：80周岁以上`): what
    the part counts (held-out 351's 35100)."""
    for lead in _spec().part_header_starts:
        if name.startswith(lead) and (rest := name[len(lead):].lstrip("：:")):
            return rest
    return name


def _without_unit(label: str) -> str:
    """A header or label without the unit bracket it ends in, compacted."""
    unit = header_unit(label)
    return unit.name if unit else _WHITE_SPACE.sub("", label)


def referred_row(text: str, at: int) -> str | None:
    """The number of the table row that a note names before the figure at `at` (`第6项差12台`:
    `6`), where its reference reaches the figure (no sentence end or semicolon between)."""
    spec = _spec()
    window = text[max(0, at - _ROW_REFERENCE_REACH):at]     # bounded: a figure's look-back stays linear
    reach = window[max((m.end() for m in spec.row_reference_end.finditer(window)), default=0):]
    found = list(spec.row_reference.finditer(reach))
    return found[-1].group("number") if found else None


#: how far before a figure a note's row reference may stand (`第9项…，因…1200户`: 45 characters)
_ROW_REFERENCE_REACH = 80


def commented_column(line: str) -> int | None:
    """The column (0 for `A`) of the cell a spreadsheet's dumped comment on `line` speaks of
    (`批注 D10（张伟）：…`: 3), or None where the line is no such comment."""
    found = _spec().cell_comment.match(line)
    if found is None:
        return None
    column = 0
    for letter in found.group("column"):
        column = column * 26 + ord(letter) - ord("A") + 1
    return column - 1


def column_of(row_text: str, at: int) -> int:
    """The column of the tab-separated row's cell at offset `at` of `row_text`."""
    return row_text.count("\t", 0, at)


def row_name_indicator(row: TableRow | None) -> str | None:
    """What a cell of nothing but a figure counts where its row's name cell says it
    (`新增普惠性托位 | 1800个`): that name, cleaned as a label is (`普惠性托位`); of
    several name cells, the narrowest (`_label`)."""
    name = (row.label or row.project) if row is not None else None
    return _name_of(name, money=False) if name else None


#: a name spaced out one character at a time (`路   灯`, `合   计`: an OCR'd board, a padded cell)
_SPACED_NAME = regex.compile(r"\p{Han}(?:[ \u3000]+\p{Han})+")


def _unspaced(name: str | None) -> str | None:
    """A name spaced out character by character, closed up (`路   灯` → `路灯`); others as they are."""
    return _squash(name) if name and _SPACED_NAME.fullmatch(name) else name


def _squash(name: str) -> str:
    """Word pads two-character names to the width of three: `李  林` → `李林`."""
    return _WHITE_SPACE.sub("", name)

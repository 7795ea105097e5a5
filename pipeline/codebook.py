"""Codebook-coded data files (an open-data portal's CSV whose cells hold codes) read as the
table an analyst would make of them: a data dictionary above the rows, often in `#`
comment lines, maps each coded column's codes to their meanings
(`cat_code：01 = 一老一小；02 = 教育`, `unit_code：U01 = 个；U07 = 万元`), and the rows hold
the codes (`DC2023-10,05,困难群众临时救助资金,U07,500,543.6,2023,2`). Read as they stand,
the rows are numbers without units, categories or stances.

The view, mapped back to the original piece by piece (pipeline/columns.py):
- the rows become a TAB table whose header writes each column's role in the words the
  table reader knows (extractors/data/codebook.toml: `target_value` → 目标值,
  `unit_code` → 计量单位, `year` → 年份), so that pipeline/tables.py gives each figure
  the unit of its row's unit column (`万元` scaled as it says), its row's year and its
  column's stance, as in any table;
- each coded cell reads as its meaning, the span of the dictionary line that says it
  (`U07` → the `万元` of `U07 = 万元`), so that the unit, and the category words of a
  code (`一老一小`) beside the row's indicator, are the dictionary's own text;
- an empty cell reads `/` (no figure); columns of no known role (ids, status codes) are
  left out;
- the dictionary lines and the lines that describe a column (`# proj_id：项目编号（DC+年份+两位序号）`)
  read as nothing: they define the file, they state no figure.

A text needs `min_entries` dictionary entries and a header row naming a coded column and
a target or result column; a cheap screen (one search) lets every other text pass at once.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.tables import read_table

from .spans import Line, Piece, Region, Span, matches_at_least, text_lines, trimmed
from .sqldump import tab_row
from .tables import column_role, unit_word

#: a CSV cell: quoted (with `""` inside) or up to the next separator
_CELL = regex.compile(r'[ ]*(?:"(?:[^"\n]|"")*"|[^,\t\n"]*)[ ]*')
_SEPARATORS = ",\t"
_HAN = regex.compile(r"\p{Han}")
#: the roles a column of the view may have: what the table reader needs for a figure
_FIGURE_ROLES = frozenset({"content", "result"})
#: a header row needs this many cells
_MIN_COLUMNS = 3


@dataclass(frozen=True, slots=True)
class _Spec:
    dictionary_line: regex.Pattern
    entry: regex.Pattern
    min_entries: int
    screen: regex.Pattern
    roles: dict[str, str]            # a column name, casefolded → its role
    role_words: dict[str, str]       # a role → the header word the view writes
    skipped: frozenset[str]          # names of columns left out whatever their codes (status)
    no_value: frozenset[str]


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    table = read_table("codebook.toml")
    columns: dict[str, list[str]] = table["columns"]
    return _Spec(regex.compile(table["dictionary_line"]), regex.compile(table["entry"]), int(table["min_entries"]),
                 regex.compile(table["screen"]),
                 {name.casefold(): role for role, names in columns.items() for name in names},
                 {role: names[0] for role, names in columns.items()},
                 frozenset(name.casefold() for name in table["skipped"]), frozenset(table["no_value"]))


def column_words() -> dict[str, str]:
    """A data file's column name, casefolded (`xmmc`, `target_value`) → the words the table
    reader reads its role in (`项目名称`, `目标值`)."""
    spec = _spec()
    return {name: spec.role_words[role] for name, role in spec.roles.items()}


@dataclass(frozen=True, slots=True)
class _Dictionary:
    codes: dict[str, dict[str, Span]]    # a field, casefolded → its code → the meaning's span
    lines: dict[str, Line]               # a line of the dictionary or of a field's description, by field


def _dictionary(lines: list[Line]) -> _Dictionary:
    """Every line that names a field and glosses it: with `code = meaning` entries (two or
    more: one `a = b` is a note) they decode the field."""
    spec = _spec()
    codes: dict[str, dict[str, Span]] = {}
    described: dict[str, Line] = {}
    for line in lines:
        match = spec.dictionary_line.match(line.text)
        if match is None:
            continue
        field = match.group("field").casefold()
        described.setdefault(field, line)
        entries = list(spec.entry.finditer(line.text, *match.span("entries")))
        if len(entries) >= 2:
            codes[field] = {e.group("code"): (line.start + e.start("meaning"), line.start + e.end("meaning"))
                            for e in entries}
    return _Dictionary(codes, described)


def _cells(line: Line) -> list[Span]:
    """The cells of a CSV or TSV line, trimmed (a quoted cell without its quotes)."""
    cells: list[Span] = []
    position = 0
    while True:
        match = _CELL.match(line.text, position)
        start, end = trimmed(line.text, match.start(), match.end())
        if end - start >= 2 and line.text[start] == '"' and line.text[end - 1] == '"':
            start, end = start + 1, end - 1
        cells.append((line.start + start, line.start + end))
        position = match.end()
        if position >= len(line.text) or line.text[position] not in _SEPARATORS:
            return cells
        position += 1


def _role(text: str, name: str, dictionary: _Dictionary) -> str | None:
    """The role of a column by its name; a coded column of a name not known reads by its
    meanings: units make the unit column (`dw: 1 = 所  2 = 公里`), words a group of rows
    (`lb: 1 = 教育  2 = 交通`), whose words give the rows their category."""
    spec = _spec()
    folded = name.casefold()
    if folded in spec.skipped:
        return None
    role = spec.roles.get(folded)
    if role is None and _HAN.search(name):
        role = column_role(name)
    if role is None and (codes := dictionary.codes.get(folded)):
        role = "unit" if all(unit_word(text[slice(*span)]) for span in codes.values()) else "group"
    return role if role in spec.role_words else None


@dataclass(frozen=True, slots=True)
class _Table:
    header: list[Span]
    rows: list[list[Span]]
    end: int                              # end of the last row


def _table(text: str, lines: list[Line], start: int, dictionary: _Dictionary) -> _Table | None:
    """The header row at line `start` and the rows of its width under it, if the header
    names a coded column and a target or result column."""
    header = _cells(lines[start])
    names = [text[s:e] for s, e in header]
    roles = {_role(text, name, dictionary) for name in names}
    if (len(header) < _MIN_COLUMNS or not roles & _FIGURE_ROLES
            or not any(name.casefold() in dictionary.codes for name in names)):
        return None
    rows = []
    for line in lines[start + 1:]:
        cells = _cells(line)
        if len(cells) != len(header):
            break
        rows.append(cells)
    if not rows:
        return None
    last = lines[start + len(rows)]
    return _Table(header, rows, last.start + len(last.text))


def _find_table(text: str, lines: list[Line], dictionary: _Dictionary) -> tuple[Line, _Table] | None:
    for i, line in enumerate(lines):
        if "," in line.text or "\t" in line.text:
            if (table := _table(text, lines, i, dictionary)) is not None:
                return line, table
    return None


def _view(text: str, table: _Table, dictionary: _Dictionary) -> list[Piece]:
    """The table as a TAB table: the header in the roles' words, each coded cell its
    meaning, an empty cell `/`; columns of no role left out."""
    spec = _spec()
    kept = [(k, _role(text, text[s:e], dictionary)) for k, (s, e) in enumerate(table.header)]
    kept = [(k, role) for k, role in kept if role is not None]
    header: list[list[Piece]] = []
    for k, role in kept:
        name = text[slice(*table.header[k])]
        # a header the table reader reads in this role keeps its words; any other is written
        # in the role's (`target_value` → 目标值, `lb` → 类别)
        header.append([table.header[k]] if column_role(name) == role else [spec.role_words[role]])
    pieces = tab_row(header)
    for row in table.rows:
        cells: list[list[Piece]] = []
        for k, _ in kept:
            codes = dictionary.codes.get(text[slice(*table.header[k])].casefold(), {})
            cell = text[slice(*row[k])]
            if cell in spec.no_value:
                cells.append(["/"])
            else:
                cells.append([codes.get(cell, row[k])])
        pieces += tab_row(cells)
    return pieces


def codebook_regions(text: str) -> list[Region]:
    """The coded table of a codebook data file read as a decoded TAB table, and its
    dictionary lines read as nothing (pipeline/columns.py's regions); none for a text
    without a dictionary of `min_entries` entries over a table of its codes."""
    spec = _spec()
    if not matches_at_least(spec.screen, text, spec.min_entries):
        return []
    lines = text_lines(text)
    dictionary = _dictionary(lines)
    if sum(len(codes) for codes in dictionary.codes.values()) < spec.min_entries:
        return []
    found = _find_table(text, lines, dictionary)
    if found is None:
        return []
    header_line, table = found
    fields = {text[s:e].casefold() for s, e in table.header}
    regions: list[Region] = [(line.start, line.start + len(line.text), [])
                             for field, line in dictionary.lines.items()
                             if (field in fields or field in dictionary.codes) and line.start < header_line.start]
    regions.append((header_line.start, table.end, _view(text, table, dictionary)))
    return sorted(regions)

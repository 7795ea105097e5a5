"""SQL dumps in a text file (an open-data table exported by mysqldump, pg_dump or
sqlite's `.dump`) read as a table: the columns of `CREATE TABLE` (or of an
`INSERT INTO t (col, …)` list) are the header, each `VALUES (…)` tuple is a row (also of
`INSERT IGNORE`, `REPLACE INTO`, sqlite's `INSERT OR REPLACE`), and so is each line of a
pg_dump `COPY t (col, …) FROM stdin;` block (tab-separated, `\\N` for NULL, up to `\\.`), so that
the table reader (pipeline/tables.py) gives each cell its column's unit, its row's
indicator and category, and its column's stance, as it does for any table.

The header cell of a column is its `COMMENT '…'` when it has one (a dump's names are
often pinyin initials: `jhtz_wy COMMENT '计划投资(万元)'`; pg_dump writes it apart,
`COMMENT ON COLUMN t.jhtz_wy IS '…';`), otherwise its name, with a unit
suffix written as a header's bracket (`计划投资_万元` → `计划投资（万元）`, as
pipeline/datafile.py reads a key). Row-id columns (`AUTO_INCREMENT`, `SERIAL`, the
primary key) are left out; `NULL` cells read as `/`, no figure; column types
(`decimal(10,2)`), `LOCK TABLES` and comments inside the dump are no figures, so the view
of a dump is its header and rows alone.

The dump is tokenised here, not by an SQL parser: a parser gives values without their
offsets into the original text. One pass over the text, linear in its length.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from extractors.tables import read_table

from .datafile import unit_split
from .spans import Piece, Region, Span

#: the tokens of a dump: quoted strings (`'…'` with `''` or `\'` inside), quoted names
#: (`` `…` ``, `"…"`, `[…]`), comments, words, numbers, punctuation. A quote left open
#: ends at its line's end and an open `/*` at the text's: each character is read once
#: (an open quote tried again at each later quote would make the pass quadratic)
_TOKEN = regex.compile(r"""
    (?P<string>'(?:[^'\\\n]|\\.|'')*(?:'|(?=\n)|\Z))
  | (?P<name>`[^`\n]*(?:`|(?=\n)|\Z)|"[^"\n]*(?:"|(?=\n)|\Z)|\[[^\]\n]*(?:\]|(?=\n)|\Z))
  | (?P<comment>--[^\n]*|\#[^\n]*|/\*(?:[^*]|\*(?!/))*(?:\*/|\Z))
  | (?P<number>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)
  | (?P<word>[\p{L}_][\p{L}\p{N}_$.]*)
  | (?P<punct>[(),;=])
  | (?P<space>\s+)
  | (?P<other>.)
""", regex.VERBOSE | regex.DOTALL)

_CLOSING = {"'": "'", "`": "`", '"': '"', "[": "]"}
#: a dump has an insert or a copy block before it is tokenised
_SIGNS = regex.compile(r"\b(?:INSERT|REPLACE)\s+(?:(?:IGNORE|OR\s+\w+)\s+)?INTO\b|^COPY\s[^\n]*\bFROM\s+stdin\b",
                       regex.IGNORECASE | regex.MULTILINE)
#: what may stand between INSERT and INTO (`INSERT IGNORE INTO`, `INSERT OR REPLACE INTO`)
_INSERT_MODIFIERS = frozenset({"IGNORE", "OR", "REPLACE", "ABORT", "FAIL", "ROLLBACK", "LOW_PRIORITY", "DELAYED",
                               "HIGH_PRIORITY"})
#: the rows of a pg_dump COPY block: from the line after `FROM stdin;` to a line `\.`
_COPY_END = regex.compile(r"^\\\.[ \t\r]*$", regex.MULTILINE)
#: pg_dump's NULL in a COPY row
_COPY_NULL = "\\N"
#: cells a row needs to be read
_MIN_COLUMNS = 3


@dataclass(frozen=True, slots=True)
class Token:
    """A token of code with its span: SQL here, R and Python in pipeline/codeframes.py."""
    kind: str
    start: int
    end: int
    text: str

    @property
    def upper(self) -> str:
        return self.text.upper()

    @property
    def inner(self) -> Span:
        """The span without quotes."""
        if self.kind not in ("string", "name"):
            return self.start, self.end
        closed = len(self.text) >= 2 and self.text[-1] == _CLOSING[self.text[0]]
        return self.start + 1, self.end - closed


@dataclass(slots=True)
class _Column:
    name: Span
    comment: Span | None = None
    row_id: bool = False


@dataclass(slots=True)
class _Table:
    columns: list[_Column] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Spec:
    constraints: frozenset[str]
    id_definition: tuple[str, ...]
    id_names: frozenset[str]
    id_suffixes: tuple[str, ...]


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    spec = read_table("sqldump.toml")
    return _Spec(frozenset(spec["constraint"]["words"]), tuple(spec["row_id"]["definition"]),
                 frozenset(spec["row_id"]["names"]), tuple(spec["row_id"]["suffixes"]))


def _tokens(text: str) -> list[Token]:
    return [Token(m.lastgroup, m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)
            if m.lastgroup not in ("space", "comment")]


def _bare(text: str, token: Token) -> str:
    return text[token.inner[0]:token.inner[1]]


def _table_name(text: str, tokens: list[Token], i: int) -> tuple[str, int]:
    """The table's name after `CREATE TABLE [IF NOT EXISTS]`/`INSERT INTO` (`db.t` → `t`)
    and the index after it."""
    while i < len(tokens) and tokens[i].upper in ("IF", "NOT", "EXISTS"):
        i += 1
    name = ""
    if i < len(tokens) and tokens[i].kind in ("name", "word"):
        name, i = _bare(text, tokens[i]), i + 1
    while i + 1 < len(tokens) and tokens[i].text == "." and tokens[i + 1].kind in ("name", "word"):
        name, i = _bare(text, tokens[i + 1]), i + 2     # `db`.`t`: the table's own name
    return name.rsplit(".", 1)[-1].lower(), i


def _group(tokens: list[Token], i: int) -> tuple[list[list[Token]], int]:
    """The comma-separated items of the bracket opening at i, and the index after it."""
    items: list[list[Token]] = [[]]
    depth = 0
    for j in range(i, len(tokens)):
        token = tokens[j]
        if token.text == "(":
            depth += 1
            if depth == 1:
                continue
        elif token.text == ")":
            depth -= 1
            if depth == 0:
                return items, j + 1
        elif token.text == "," and depth == 1:
            items.append([])
            continue
        elif token.text == ";":
            break                           # an unclosed bracket: no table
        items[-1].append(token)
    return [], len(tokens)


def _create(text: str, tokens: list[Token], i: int) -> tuple[str, _Table, int]:
    name, i = _table_name(text, tokens, i)
    if i >= len(tokens) or tokens[i].text != "(":
        return name, _Table(), i
    items, after = _group(tokens, i)
    table = _Table()
    keys: set[str] = set()
    for item in items:
        if not item:
            continue
        if item[0].kind == "word" and item[0].text.lower() in _spec().constraints:
            if "PRIMARY" in (t.upper for t in item):
                keys |= {_bare(text, t).lower() for t in item if t.kind in ("name", "word") and t.upper not in ("PRIMARY", "KEY")}
            continue
        table.columns.append(_column(text, item))
    for column in table.columns:
        column.row_id |= text[column.name[0]:column.name[1]].lower() in keys
    return name, table, after


def _column(text: str, item: list[Token]) -> _Column:
    definition = " ".join(t.upper for t in item[1:] if t.kind == "word").lower()
    comment = next((item[k + 1].inner for k, t in enumerate(item[:-1])
                    if t.upper == "COMMENT" and item[k + 1].kind == "string"), None)
    name = _bare(text, item[0])
    row_id = any(word in definition for word in _spec().id_definition) or _is_id_name(name)
    return _Column(item[0].inner, comment, row_id)


def _is_id_name(name: str) -> bool:
    """A column named as a row's number or a key (`id`, `xh`, `project_id`)."""
    lowered = name.lower()
    return lowered in _spec().id_names or lowered.endswith(_spec().id_suffixes)


def _insert(text: str, tokens: list[Token], i: int, tables: dict[str, _Table]
            ) -> tuple[_Table | None, list[list[Token]], int]:
    """An `INSERT INTO t [(cols)] VALUES (…), (…);`: its columns, rows and the index after it."""
    name, i = _table_name(text, tokens, i)
    table = tables.get(name)
    if i < len(tokens) and tokens[i].text == "(":
        names, i = _group(tokens, i)
        table = _listed(text, names, table)
    if i >= len(tokens) or tokens[i].upper != "VALUES":
        return None, [], i
    i += 1
    rows: list[list[Token]] = []
    while i < len(tokens) and tokens[i].text == "(":
        items, i = _group(tokens, i)
        rows.append([item[0] if len(item) == 1 else None for item in items])
        if i < len(tokens) and tokens[i].text == ",":
            i += 1
    if i < len(tokens) and tokens[i].text == ";":
        i += 1
    return table, rows, i


def _listed(text: str, names: list[list[Token]], table: _Table | None) -> _Table:
    """The columns an insert lists, with the comments and ids of the created table's."""
    known = {text[c.name[0]:c.name[1]].lower(): c for c in (table.columns if table else [])}
    columns = []
    for item in names:
        if len(item) != 1:
            return _Table()
        name = _bare(text, item[0])
        columns.append(known.get(name.lower()) or _Column(item[0].inner, None, _is_id_name(name)))
    return _Table(columns)


def sql_regions(text: str) -> list[Region]:
    """Each table's stretch (from its `CREATE TABLE`, or its first insert, to its last
    insert) and the header and rows it reads as."""
    if not _SIGNS.search(text):
        return []
    tokens = _tokens(text)
    tables: dict[str, _Table] = {}
    starts: dict[str, int] = {}
    regions: dict[str, Region] = {}
    copy_ends = [m.span() for m in _COPY_END.finditer(text)]   # found once: an unclosed block looks no further
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.upper == "CREATE" and i + 1 < len(tokens) and tokens[i + 1].upper == "TABLE":
            name, table, i = _create(text, tokens, i + 2)
            tables[name], starts[name] = table, token.start
            continue
        if (into := _into(tokens, i)) is not None:
            name = _table_name(text, tokens, into)[0]
            table, rows, i = _insert(text, tokens, into, tables)
            if table and len(table.columns) >= _MIN_COLUMNS and rows:
                _add_rows(text, regions, name, starts.get(name, token.start), tokens[i - 1].end, table, rows)
            continue
        if token.upper == "ALTER" and _upper_at(tokens, i + 1) == "TABLE":
            i = _alter(text, tokens, i + 2, tables)
            continue
        if token.upper == "COPY":
            i = _copy(text, tokens, i + 1, tables, starts, regions, copy_ends)
            continue
        if token.upper == "COMMENT" and _upper_at(tokens, i + 1) == "ON" and _upper_at(tokens, i + 2) == "COLUMN":
            i = _column_comment(text, tokens, i + 3, tables)
            continue
        i += 1
    return sorted(regions.values())


def _upper_at(tokens: list[Token], i: int) -> str:
    return tokens[i].upper if i < len(tokens) else ""


def _into(tokens: list[Token], i: int) -> int | None:
    """The index after `INTO` where an insert opens at i (`INSERT INTO`, `INSERT IGNORE INTO`,
    `INSERT OR REPLACE INTO`, `REPLACE INTO`), else None."""
    if tokens[i].upper not in ("INSERT", "REPLACE"):
        return None
    j = i + 1
    while j < len(tokens) and tokens[j].upper in _INSERT_MODIFIERS and j - i <= 3:
        j += 1
    return j + 1 if _upper_at(tokens, j) == "INTO" else None


def _alter(text: str, tokens: list[Token], i: int, tables: dict[str, _Table]) -> int:
    """`ALTER TABLE [ONLY] t ADD CONSTRAINT k PRIMARY KEY (c)` or `… ALTER COLUMN c SET
    DEFAULT nextval(…)` (pg_dump's way of stating a row id apart from the table): c numbers
    the rows. The index after the statement."""
    if _upper_at(tokens, i) == "ONLY":
        i += 1
    name, i = _table_name(text, tokens, i)
    table = tables.get(name)
    ids: set[str] = set()
    while i < len(tokens) and tokens[i].text != ";":
        if tokens[i].upper == "PRIMARY" and _upper_at(tokens, i + 1) == "KEY" and _upper_at(tokens, i + 2) == "(":
            items, i = _group(tokens, i + 2)
            ids |= {_bare(text, item[0]).lower() for item in items if len(item) == 1}
            continue
        if tokens[i].upper == "COLUMN" and i + 1 < len(tokens) and any(
                t.upper == "NEXTVAL" for t in tokens[i + 2:i + 6]):
            ids.add(_bare(text, tokens[i + 1]).lower())
        i += 1
    for column in table.columns if table else []:
        column.row_id |= text[column.name[0]:column.name[1]].lower() in ids
    return i + 1


def _column_comment(text: str, tokens: list[Token], i: int, tables: dict[str, _Table]) -> int:
    """`COMMENT ON COLUMN [schema.]t.c IS '…';`: the comment names column c of table t."""
    parts: list[str] = []
    while i < len(tokens) and (tokens[i].kind in ("name", "word") or tokens[i].text == ".") and tokens[i].upper != "IS":
        if tokens[i].kind == "name":
            parts.append(_bare(text, tokens[i]))
        elif tokens[i].kind == "word":                  # `public.t.c`: a word holds its dots
            parts += [p for p in tokens[i].text.split(".") if p]
        i += 1
    if len(parts) < 2 or _upper_at(tokens, i) != "IS" or i + 1 >= len(tokens) or tokens[i + 1].kind != "string":
        return i
    table, column = tables.get(parts[-2].lower()), parts[-1].lower()
    for known in table.columns if table else []:
        if text[known.name[0]:known.name[1]].lower() == column:
            known.comment = tokens[i + 1].inner
    return i + 2


def _copy(text: str, tokens: list[Token], i: int, tables: dict[str, _Table], starts: dict[str, int],
          regions: dict, copy_ends: list[Span]) -> int:
    """A pg_dump `COPY t (cols) FROM stdin;` and its rows, one a line, cells between tabs,
    up to the line `\\.`: read as an insert's rows; the index after the block."""
    copy_start = tokens[i - 1].start
    name, i = _table_name(text, tokens, i)
    if _upper_at(tokens, i) != "(":
        return i
    names, i = _group(tokens, i)
    if _upper_at(tokens, i) != "FROM" or _upper_at(tokens, i + 1) != "STDIN" or _upper_at(tokens, i + 2) != ";":
        return i
    begin = text.find("\n", tokens[i + 2].end)
    at = bisect.bisect_right(copy_ends, (begin, begin)) if begin >= 0 else len(copy_ends)
    if at == len(copy_ends):
        return i + 3
    end_start, end_end = copy_ends[at]
    table = _listed(text, names, tables.get(name))
    rows = [_copy_row(text, start, stop) for start, stop in _lines(text, begin + 1, end_start)]
    if len(table.columns) >= _MIN_COLUMNS and rows:
        _add_rows(text, regions, name, starts.get(name, copy_start), end_end, table, rows)
    while i < len(tokens) and tokens[i].start < end_end:
        i += 1                                          # the rows are read: their tokens are passed over
    return i


def _lines(text: str, start: int, stop: int) -> list[Span]:
    spans, at = [], start
    while at < stop:
        line_end = text.find("\n", at, stop)
        line_end = stop if line_end < 0 else line_end
        spans.append((at, line_end - (text[at:line_end].endswith("\r"))))
        at = line_end + 1
    return spans


def _copy_row(text: str, start: int, stop: int) -> list[Token | None]:
    """The cells of one COPY line as tokens of their spans (`\\N`: NULL)."""
    cells, at = [], start
    while True:
        tab = text.find("\t", at, stop)
        cell_end = stop if tab < 0 else tab
        cell = text[at:cell_end]
        cells.append(Token("word", at, cell_end, "NULL") if cell == _COPY_NULL else Token("cell", at, cell_end, cell))
        if tab < 0:
            return cells
        at = tab + 1


def _add_rows(text: str, regions: dict, name: str, begin: int, end: int, table: _Table,
              rows: list[list[Token | None]]) -> None:
    kept = [k for k, column in enumerate(table.columns) if not column.row_id]
    body: list[Piece] = []
    for row in rows:
        if len(row) == len(table.columns):
            body += tab_row([_cell(row[k]) for k in kept])
    if not body:
        return
    if name in regions:
        first, _, pieces = regions[name]
        regions[name] = (first, end, pieces + body)
    else:
        header = tab_row([_header(text, table.columns[k]) for k in kept])
        regions[name] = (begin, end, ["\n"] + header + body)


def _header(text: str, column: _Column) -> list[Piece]:
    if column.comment:
        return [column.comment]
    split = unit_split(text[column.name[0]:column.name[1]])
    if split is None:
        return [column.name]
    joint, unit = split
    return [(column.name[0], column.name[0] + joint), f"（{unit}）"]


def _cell(token: Token | None) -> list[Piece]:
    if token is None or token.upper == "NULL" or token.kind not in ("string", "number", "cell"):
        return ["/"]
    return [token.inner] if token.inner[1] > token.inner[0] else ["/"]


def tab_row(cells: list[list[Piece]]) -> list[Piece]:
    """One line of the table: the cells, a tab between them."""
    pieces: list[Piece] = []
    for k, cell in enumerate(cells):
        pieces += (["\t"] if k else []) + cell
    return pieces + ["\n"]

"""Tables: which lines of the cleaned text are a table, what its cells are, and what
a row holds (project, leader, units, figure cells).

Tables are the tab-indented dumps of Word/PDF tables: each cell starts a line with a
tab, a cell's further lines have none, rows are separated by blank lines.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Protocol

import regex

from extractors.numerals import parse_number
from extractors.tables import read_table


class Line(Protocol):
    """A line of the text as structure splits it."""
    start: int
    end: int
    text: str
    is_cell: bool       # starts with a tab
    blank: bool


@dataclass(slots=True)
class Cell:
    header: str
    role: str | None
    start: int          # offsets of the cell text in the cleaned document text
    end: int
    text: str           # as in the document (several lines joined by \n)

    @property
    def flat(self) -> str:
        """The cell as one line: Word wraps long cells, the words run on."""
        return "".join(part.strip() for part in self.text.split("\n"))

    @property
    def lines(self) -> list[str]:
        return [part.strip() for part in self.text.split("\n") if part.strip()]


@dataclass(slots=True)
class TableRow:
    number: str | None = None
    project: str | None = None
    leader: str | None = None
    lead_unit: str | None = None
    partner_units: list[str] | None = None
    #: cells that hold only a figure (`0.08` under 当年投资, `114.3%` under 完成率), each with
    #: what a bare number in it is worth in 元 when it is a money column (亿元 → 1e8), else None
    figure_cells: list[tuple[Cell, float | None]] = field(default_factory=list)
    investment: float | None = None     # the row's first money cell, in 元

    def inherit(self, above: "TableRow") -> "TableRow":
        """A continuation row: empty cells are the merged cells of the row above."""
        return replace(
            self,
            number=self.number or above.number,
            project=self.project or above.project,
            leader=self.leader or above.leader,
            lead_unit=self.lead_unit or above.lead_unit,
            partner_units=self.partner_units or above.partner_units,
        )


@lru_cache(maxsize=1)
def _table_spec() -> tuple[list[tuple[str, str]], regex.Pattern]:
    spec = read_table("tables.toml")
    words = [(word, role) for role, ws in spec["columns"].items() for word in ws]
    words.sort(key=lambda pair: len(pair[0]), reverse=True)
    return words, regex.compile(spec["unit_line"])


def column_role(header: str) -> str | None:
    words, _ = _table_spec()
    compact = regex.sub(r"\s+", "", header)
    return next((role for word, role in words if word in compact), None)


def money_scale_of(unit_line: str) -> float | None:
    """`单位：亿元` → 1e8; `单位：万元` → 1e4; anything not money → None."""
    _, pattern = _table_spec()
    match = pattern.match(unit_line)
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


#: A non-tab line after a blank line still belongs to a table cell when it is this short
#: (unit names listed in a cell: `市工信局`, `供电公司`).
_SHORT_CONTINUATION = 20


def table_end(lines: Sequence[Line], first: int) -> int:
    """Index one past the last line of the table that starts at `first`."""
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


def table_cells(lines: Sequence[Line]) -> list[list[tuple[int, int]]]:
    """Group table lines into rows of cells; a cell is (start, end) over its lines."""
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



def unit_line_scale_before(lines: Sequence[Line], first_cell: int) -> float | None:
    for line in reversed(lines[max(0, first_cell - 3):first_cell]):
        if not line.blank:
            scale = money_scale_of(line.text)
            if scale is not None:
                return scale
    return None



def table_row(cells: list[Cell], money_scale: float | None) -> TableRow:
    by_role: dict[str, Cell] = {}
    for cell in cells:
        if cell.role and cell.role not in by_role:
            by_role[cell.role] = cell

    def flat(role: str) -> str | None:
        cell = by_role.get(role)
        return (cell.flat or None) if cell else None

    partners = by_role.get("partner_units")
    figure_cells = [(cell, _cell_scale(cell, money_scale)) for cell in cells
                     if cell.role not in _TEXT_ROLES and _FIGURE_CELL.fullmatch(cell.flat)]
    money = next(((cell, scale) for cell, scale in figure_cells if scale is not None), None)
    return TableRow(
        number=flat("number"),
        project=flat("project"),
        leader=" ".join(_squash(x) for x in by_role["leader"].lines) if "leader" in by_role and by_role["leader"].lines else None,
        lead_unit=" ".join(by_role["lead_unit"].lines) if "lead_unit" in by_role and by_role["lead_unit"].lines else None,
        partner_units=partners.lines or None if partners else None,
        figure_cells=figure_cells,
        investment=parse_number(money[0].flat) * money[1] if money else None,
    )


#: Columns of words, not figures.
_TEXT_ROLES = frozenset({"number", "project", "content", "leader", "lead_unit", "partner_units"})
#: A cell that is a figure and nothing else: `0.08`, `61.2`, `114.3%`.
_FIGURE_CELL = regex.compile(r"[\d,，.．]+\s*[%％]?")


def _cell_scale(cell: Cell, unit_line_scale: float | None) -> float | None:
    """What a bare number in a money column is worth in 元 (the unit line above the
    table, or the header's own `（万元）`); None for a cell that is not money."""
    if cell.role != "investment" or cell.flat.endswith(("%", "％")):
        return None
    return unit_line_scale or _money_scale(_unit_in_header(cell.header))


def _unit_in_header(header: str) -> str:
    match = regex.search(r"[（(]([^）)]*元)[）)]", header)
    return match.group(1) if match else ""


def _squash(name: str) -> str:
    """Word pads two-character names to the width of three: `李  林` → `李林`."""
    return regex.sub(r"\s+", "", name)

"""A database client's session pasted into a text: `mysql> SELECT SUM(计划投资_万元) AS 投资合计,
COUNT(*) AS 项目数 FROM …;` echoed over its `+----+` grid of results. The grid is read as any
table of `|` cells (pipeline/tables.py); what this module adds is the unit its header lost: an
aggregate's alias names the column by a word of its own, so the reading view writes after the
alias the unit of the column it aggregates (`投资合计（万元）`), or for a count of rows the
measure word of the noun it counts (`项目数（项）`), as a header's bracket writes it
(data/sqldump.toml [query_grid]). The document's text is not changed: the bracket is a piece
of the view, with no length in the original."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.tables import read_table

from .datafile import unit_split
from .spans import Piece, Region, text_lines
from .tables import label_measure_word


@dataclass(frozen=True, slots=True)
class _Spec:
    echo: regex.Pattern
    aggregate: regex.Pattern
    counts: frozenset[str]
    count_ends: tuple[str, ...]
    reach: int


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    spec = read_table("sqldump.toml")["query_grid"]
    return _Spec(regex.compile(spec["echo"]), regex.compile(spec["aggregate"]),
                 frozenset(f.upper() for f in spec["counts"]), tuple(spec["count_ends"]), spec["reach"])


def query_grid_regions(text: str) -> list[Region]:
    """For each echoed query with aggregates, the aliases in its grid's header, each read
    with its unit in brackets after it, and the query's line left blank."""
    spec = _spec()
    regions: list[Region] = []
    for query in spec.echo.finditer(text):
        units = _alias_units(query.group("columns"))
        header = _grid_header(text, query.end()) if units else None
        if header is None:
            continue
        line_start, line = header
        # the echoed query is no caption of its grid: the view leaves its line blank, so that
        # the grid stands as a table of its own (the aliases say what its cells are)
        line_end = text.find("\n", query.start())
        regions.append((text.rfind("\n", 0, query.start()) + 1, line_end if line_end >= 0 else len(text), []))
        for alias, unit in units.items():
            for cell in regex.finditer(rf"(?<=\|\s*){regex.escape(alias)}(?=\s*\|)", line):
                start, end = line_start + cell.start(), line_start + cell.end()
                pieces: list[Piece] = [(start, end), f"（{unit}）"]
                regions.append((start, end, pieces))
    return sorted(regions)


def _alias_units(columns: str) -> dict[str, str]:
    """Each aggregate's alias and the unit it takes: the aggregated column's unit suffix
    (`SUM(计划投资_万元) AS 投资合计` → 万元), or for a count the measure word of its noun
    (`COUNT(*) AS 项目数` → 项)."""
    spec = _spec()
    units: dict[str, str] = {}
    for item in _split_top_level(columns):
        found = spec.aggregate.match(item)
        if found is None:
            continue
        alias = found.group("alias")
        if found.group("function").upper() in spec.counts:
            noun = next((alias[:-len(end)] for end in spec.count_ends if alias.endswith(end) and len(alias) > len(end)), alias)
            unit = label_measure_word(noun)
        else:
            split = unit_split(found.group("column"))
            unit = split[1] if split else None
        if unit:
            units[alias] = unit
    return units


def _split_top_level(columns: str) -> list[str]:
    """The items of a column list, split at the commas outside brackets."""
    items, depth, start = [], 0, 0
    for i, char in enumerate(columns):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            items.append(columns[start:i])
            start = i + 1
    items.append(columns[start:])
    return items


def _grid_header(text: str, after: int) -> tuple[int, str] | None:
    """The first `|` line within the reach after the query (its grid's header): its
    offset and text; None where no grid follows."""
    lines = [line for line in text_lines(text[after:])][1:_spec().reach + 2]
    for line in lines:
        if line.text.lstrip().startswith("|"):
            return after + line.start, line.text
    return None

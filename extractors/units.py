"""The canonical unit table (data/units.csv): surface form → canonical unit, kind, scale.

A row whose `language` is `en` is an English unit word (`kilometres`, `percentage points`,
`RMB`): read in an English paragraph only (extractors/english.py), never by the Chinese
finder, whose text holds English glosses that are no statements of their own."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import DATA_DIR


@dataclass(frozen=True, slots=True)
class Unit:
    surface: str
    unit: str      # canonical form, what records carry
    kind: str      # count, person, person_time, household, money, area, length, percent, ...
    scale: float   # multiply the number by this (万人次 → 人次 ×10000)


#: the `language` of the English unit words
ENGLISH = "en"


#: the `language` column's values: the Chinese text's (empty) and English
LANGUAGES = ("", ENGLISH)


@lru_cache(maxsize=1)
def _rows_by_language() -> dict[str, dict[str, Unit]]:
    tables: dict[str, dict[str, Unit]] = {language: {} for language in LANGUAGES}
    with (DATA_DIR / "units.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["language"] not in tables:       # a note with an unquoted comma spills into the column
                raise ValueError(f"units.csv: {r['surface']!r} has language {r['language']!r}, not one of {LANGUAGES}")
            tables[r["language"]][r["surface"]] = Unit(r["surface"], r["unit"], r["kind"], float(r["scale"]))
    return tables


@lru_cache(maxsize=1)
def unit_table() -> dict[str, Unit]:
    """The units the Chinese text writes (Korean counters and Latin symbols, `km`, `%`, too)."""
    return _rows_by_language()[""]


@lru_cache(maxsize=1)
def english_unit_table() -> dict[str, Unit]:
    """The English unit words, and the table's units written in no script of its own
    (`%`, `km`, `m²`): an English paragraph writes those as the Chinese text does."""
    shared = {s: u for s, u in unit_table().items() if not _SCRIPT_LETTER.search(s)}
    return shared | _rows_by_language()[ENGLISH]


#: a character of a script that writes words (Han, Hangul, full-width forms): not a symbol
_SCRIPT_LETTER = regex.compile(r"[\p{Han}\p{Hangul}\uff00-\uffef\u3300-\u33ff]")


@lru_cache(maxsize=1)
def canonical_units() -> frozenset[str]:
    return frozenset(u.unit for table in _rows_by_language().values() for u in table.values())


@lru_cache(maxsize=1)
def surfaces_longest_first() -> tuple[str, ...]:
    return tuple(sorted(unit_table(), key=len, reverse=True))


def lookup(surface: str) -> Unit | None:
    return unit_table().get(surface)

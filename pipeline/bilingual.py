"""Bilingual documents: an English paragraph after each Chinese one, restating its figures
(a bilingual press release). gold/README.md: the English paragraph is a text of its own and
every mention counts; each English figure says what its Chinese twin says.

`Twins` keeps the records of the Chinese paragraph(s) since the last English paragraph and
hands each English figure the one of the same value (its twin), once; `follow_twins` gives
every English record its twin's year, category and stance after the whole document's
passes have settled them (and the twin's measure word to a count whose unit the English
text does not write: `2,400` affordable childcare places → 个 as `2400个`).
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractors.english import EnglishFigure
from extractors.units import lookup as unit_lookup

from .record import Record

#: the kinds of unit a bare English count may be the twin of (`3.6` and `3.6个`, `21` and `21部`)
_COUNT_KINDS = frozenset({"count", "person", "household", "person_time"})
#: the `extra` keys of an English record: its twin's start, and whether its unit is written
TWIN, MEASURED = "twin_start", "unit_written"
#: how close two values are to be one figure (`RMB 2.34 billion` and `23.4亿元`, in floats)
_SAME_VALUE = 1e-9


@dataclass
class Twins:
    """The Chinese records an English paragraph may restate: those since the last English one."""
    candidates: list[Record] = field(default_factory=list)
    after_english: bool = False

    def saw_chinese(self, records: Sequence[Record]) -> None:
        if self.after_english:                 # a new Chinese paragraph: the last one is done
            self.candidates, self.after_english = [], False
        self.candidates.extend(records)

    def saw_english(self) -> None:
        self.after_english = True

    def take(self, figure: EnglishFigure) -> Record | None:
        """The first Chinese record of the figure's value (and its unit, where the English
        writes one) not yet taken."""
        q = figure.quantity
        for i, record in enumerate(self.candidates):
            if _same_value(record.value, q.value) and _same_value(record.value_max, q.value_max) and (
                    record.unit == q.unit if figure.measured else _counts(record.unit)):
                return self.candidates.pop(i)
        return None


def _same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=_SAME_VALUE)


def _counts(unit: str) -> bool:
    known = unit_lookup(unit)
    return known is not None and known.kind in _COUNT_KINDS


def follow_twins(records: Sequence[Record]) -> None:
    """Each English record takes its twin's year, category and stance (and the twin's unit
    where the English writes none)."""
    twins = {r.start: r for r in records if TWIN not in r.extra}
    for record in records:
        twin = twins.get(record.extra.get(TWIN, -1))
        if twin is None:
            continue
        record.year, record.category, record.stance = twin.year, twin.category, twin.stance
        if not record.extra.get(MEASURED):
            record.unit = twin.unit

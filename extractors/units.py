"""The canonical unit table (data/units.csv): surface form → canonical unit, kind, scale."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from . import DATA_DIR


@dataclass(frozen=True, slots=True)
class Unit:
    surface: str
    unit: str      # canonical form, what records carry
    kind: str      # count, person, person_time, household, money, area, length, percent, ...
    scale: float   # multiply the number by this (万人次 → 人次 ×10000)


@lru_cache(maxsize=1)
def unit_table() -> dict[str, Unit]:
    with (DATA_DIR / "units.csv").open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh)
        return {r["surface"]: Unit(r["surface"], r["unit"], r["kind"], float(r["scale"])) for r in rows}


@lru_cache(maxsize=1)
def canonical_units() -> frozenset[str]:
    return frozenset(u.unit for u in unit_table().values())


@lru_cache(maxsize=1)
def surfaces_longest_first() -> tuple[str, ...]:
    return tuple(sorted(unit_table(), key=len, reverse=True))


def lookup(surface: str) -> Unit | None:
    return unit_table().get(surface)

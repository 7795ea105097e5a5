"""Bare figures of progress pairs and status chips, as an app's progress page, a card
dump or a dashboard writes them (data/progress.toml):

- a result or a target with no measure word beside the other figure of its pair, which
  has one (`目标 1500个 | 已完成 1620`, `71.3万人次（目标 60万）`): it counts what its
  partner counts, in the partner's unit (the guideline's progress-table rule, in a line);
- a status chip with a bare count (`[ 已完成 26 ]`): how many of the list's items are in
  that state, counted in the unit the document counts its items in.

Only a numeral right after such a word, with nothing after it that could be a measure
word, is read: ordinals, dates and figures with units never match.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .numerals import parse_number
from .quantities import Quantity
from .tables import alternation, read_table, word_pattern
from .units import lookup as unit_lookup

Span = tuple[int, int]

#: how far (in characters) a bare figure's partner may stand from it on the line
_MAX_PARTNER_GAP = 24


@dataclass(frozen=True, slots=True)
class _Spec:
    pair: regex.Pattern
    over: regex.Pattern          # a bare result before a slash (`1620/`)
    chip: regex.Pattern
    item_nouns: tuple[str, ...]
    default_item_unit: str
    # what every match of `pair`, and of `over`, holds: a result or target word, a slash.
    # Most sentences hold neither, and these scans cost a fraction of the patterns'
    pair_screen: re.Pattern
    over_screen: regex.Pattern


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    spec = read_table("progress.toml")
    figure, gap = spec["figure"], spec["gap"]
    pair = (rf"(?:(?P<result>{alternation(spec['result_words'])})|(?P<target>{alternation(spec['target_words'])}))"
            rf"{gap}(?P<figure>{figure})")
    chip = (rf"{spec['chip_open']}[ \u3000]*(?P<word>{alternation(spec['chip_words'])})[ \u3000]*"
            rf"(?P<figure>\d{{1,4}})[ \u3000]*{spec['chip_close']}")
    over = rf"(?<![\d.,\p{{L}}/／])(?P<figure>{figure}){spec['slash']}(?=\d)"
    return _Spec(regex.compile(pair), regex.compile(over), regex.compile(chip), tuple(spec["item_nouns"]),
                 spec["default_item_unit"], word_pattern([*spec["result_words"], *spec["target_words"]]),
                 regex.compile(spec["slash"]))


@dataclass(frozen=True, slots=True)
class Paired:
    quantity: Quantity       # the bare figure, in its partner's unit
    partner: Quantity        # the figure of the pair that has a measure word
    is_target: bool          # after a target word (`目标 60万`), else after a result word


def paired_figures(text: str, quantities: Sequence[Quantity], taken: Sequence[Span] = ()) -> list[Paired]:
    """Each bare figure of `text` after a result or target word whose pair's other figure
    (the nearest quantity with a unit other than %, on the same line, within
    `_MAX_PARTNER_GAP` characters; the one before it first) gives it a unit."""
    out = []
    spec = _spec()
    pairs = spec.pair.finditer(text) if spec.pair_screen.search(text) else ()
    for match in pairs:
        partner = _partner(text, *match.span("figure"), quantities)
        if (found := _bare(match, partner, taken, match.group("target") is not None)) is not None:
            out.append(found)
    overs = spec.over.finditer(text) if spec.over_screen.search(text) else ()
    for match in overs:
        # over a slash, the partner is the figure right after it (`1620/1500个`)
        partner = next((q for q in quantities if q.start == match.end() and q.unit != "%"), None)
        if (found := _bare(match, partner, taken, False)) is not None:
            out.append(found)
    return sorted(out, key=lambda p: p.quantity.start)


def _bare(match: regex.Match, partner: Quantity | None, taken: Sequence[Span], is_target: bool) -> Paired | None:
    """The bare figure of `match` in its partner's unit; None without a partner, or where
    the figure is read already."""
    start, end = match.span("figure")
    value = parse_number(match.group("figure").replace(",", ""))
    if partner is None or value is None or value <= 0 or any(s < end and start < e for s, e in taken):
        return None
    return Paired(Quantity(start, end, match.group("figure"), value, None, partner.unit, "exact", None, partner.kind),
                  partner, is_target)


def _partner(text: str, start: int, end: int, quantities: Sequence[Quantity]) -> Quantity | None:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    candidates = [q for q in quantities if q.unit != "%" and line_start <= q.start and q.end <= line_end
                  and min(abs(start - q.end), abs(q.start - end)) <= _MAX_PARTNER_GAP]
    before = [q for q in candidates if q.end <= start]
    after = [q for q in candidates if q.start >= end]
    if before:
        return before[-1]
    return after[0] if after else None


@dataclass(frozen=True, slots=True)
class Chip:
    quantity: Quantity       # the count, in the default item unit until the document's is known
    status: str              # the chip's status word (`已完成`)


def status_chips(text: str, taken: Sequence[Span] = ()) -> list[Chip]:
    """Each status chip with a bare count in `text` (`[ 进行中 2 ]`)."""
    spec = _spec()
    unit = unit_lookup(spec.default_item_unit)
    out = []
    for match in spec.chip.finditer(text):
        start, end = match.span("figure")
        if any(s < end and start < e for s, e in taken):
            continue
        out.append(Chip(Quantity(start, end, match.group("figure"), float(match.group("figure")), None, unit.unit,
                                 "exact", None, unit.kind), match.group("word")))
    return out


def item_noun(indicator: str | None) -> str | None:
    """The noun the document counts its items by, where a figure's indicator ends with one
    (`项目` of `民生实事项目`)."""
    if not indicator:
        return None
    return next((noun for noun in _spec().item_nouns if indicator.endswith(noun)), None)

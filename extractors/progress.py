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
from .punctuation import SEMICOLONS, char_class
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
    # a result line answering a target line (answered_items)
    line_label: regex.Pattern
    target_labels: frozenset[str]
    result_labels: frozenset[str]
    field_gap: regex.Pattern
    aside: regex.Pattern
    bare_item: regex.Pattern


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    spec = read_table("progress.toml")
    figure, gap = spec["figure"], spec["gap"]
    pair = (rf"(?:(?P<result>{alternation(spec['result_words'])})|(?P<target>{alternation(spec['target_words'])}))"
            rf"{gap}(?P<figure>{figure})")
    chip = (rf"{spec['chip_open']}[ \u3000]*(?P<word>{alternation(spec['chip_words'])})[ \u3000]*"
            rf"(?P<figure>\d{{1,4}})[ \u3000]*{spec['chip_close']}")
    over = rf"(?<![\d.,\p{{L}}/／])(?P<figure>{figure}){spec['slash']}(?=\d)"
    lines = spec["answer_lines"]
    return _Spec(regex.compile(pair), regex.compile(over), regex.compile(chip), tuple(spec["item_nouns"]),
                 spec["default_item_unit"], word_pattern([*spec["result_words"], *spec["target_words"]]),
                 regex.compile(spec["slash"]), regex.compile(lines["label"]),
                 frozenset(spec["target_words"]), frozenset(spec["result_words"]),
                 regex.compile(lines["field_gap"]), regex.compile(lines["aside"]),
                 regex.compile(rf"\s*(?P<figure>{figure})\s*"))


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
class Answer:
    quantity: Quantity       # the result's figure, a bare one in its target's unit
    name: str                # what the target it answers counts (`新增学位` of `新增学位720个`)


def answered_items(target_line: str, result_line: str, quantities: Sequence[Quantity],
                   legend: dict[str, str] | None = None) -> list[Answer]:
    """The figures of a result line that answers the target line above it item by item, as a
    card of a year-end check sets them (`坯：新增学位720个；招聘教师95名` over `成瓷：720；91名（…）`,
    `目标：…` over `完成：…`): where the two lines' labels are a target's and a result's (data/
    progress.toml's words, or the document's own gloss of them, `legend`) and they list as many
    items, each result item (a bare figure, or one in its target's unit) counts what its target
    item counts. `quantities` are the result line's; offsets are the result line's own."""
    from .quantities import find_quantities

    target, result = _labelled_body(target_line), _labelled_body(result_line)
    if target is None or result is None or _label_kind(target[0], legend) != "target" \
            or _label_kind(result[0], legend) != "result":
        return []
    targets = _items(target_line, target[1])
    results = _items(result_line, result[1], first_field_only=True)
    if len(targets) != len(results):
        return []
    out = []
    spec = _spec()
    for (t_start, t_end), (r_start, r_end) in zip(targets, results):
        goal = [q for q in find_quantities(target_line[t_start:t_end]) if q.unit and q.unit != "%"]
        if len(goal) != 1:
            continue
        name = (target_line[t_start:t_start + goal[0].start] + target_line[t_start + goal[0].end:t_end]).strip()
        done = [q for q in quantities if r_start <= q.start and q.end <= r_end]
        if len(done) == 1 and done[0].unit == goal[0].unit:
            out.append(Answer(done[0], name))
        elif not done and (bare := spec.bare_item.fullmatch(result_line, r_start, r_end)) is not None:
            value = parse_number(bare.group("figure").replace(",", ""))
            if value is not None and value > 0:
                start, end = bare.span("figure")
                out.append(Answer(Quantity(start, end, bare.group("figure"), value, None, goal[0].unit, "exact", None,
                                           goal[0].kind), name))
    return out


def _labelled_body(line: str) -> tuple[str, int] | None:
    """(label, where its body starts) of a line opened by a short label and a colon."""
    found = _spec().line_label.match(line)
    return (found.group("label"), found.end()) if found else None


def _label_kind(label: str, legend: dict[str, str] | None) -> str | None:
    spec = _spec()
    if label in spec.target_labels or (legend or {}).get(label) == "target":
        return "target"
    if label in spec.result_labels or (legend or {}).get(label) == "achieved":
        return "result"
    return None


def _items(line: str, start: int, first_field_only: bool = False) -> list[Span]:
    """The items of a line's body after its label, parted by `；` (an aside in brackets left out
    of each); `first_field_only`: up to a wide gap, after which the line holds another field
    (`成瓷：203　　成瓷率112.8%`)."""
    spec = _spec()
    end = len(line)
    if first_field_only and (gap := spec.field_gap.search(line, start)) is not None:
        end = gap.start()
    spans = []
    for part_end in [*(m.start() for m in _ITEM_BREAK.finditer(line, start, end)), end]:
        aside = spec.aside.search(line, start, part_end)
        stripped = line[start:aside.start() if aside else part_end].rstrip()
        spans.append((start + len(stripped) - len(stripped.lstrip()), start + len(stripped)))
        start = part_end + 1
    return spans


_ITEM_BREAK = regex.compile(char_class(SEMICOLONS))


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

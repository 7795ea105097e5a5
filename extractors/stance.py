"""Stance: does a figure promise (target), report a result (achieved) or state a standing
total (stock)?  ← data/stance.toml

A before→after pair decides first (`由X提高到Y`: X stood, Y is the period's). Then the
words nearest the figure: a cue in its own clause (`已建成`, `力争`, `全市共有`), then the
nearest cue before it in the sentence, then its table column's header, then its section
heading. Where no word
speaks, a table row of a task list is a target, and the figure's year against the
document's says whether it lies behind or ahead; the document kind (a plan, a report, a
mixed release) is the last resort, a prior and not the answer.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .tables import read_table

TARGET, ACHIEVED, STOCK = "target", "achieved", "stock"
PLAN, REPORT, MIXED, UNKNOWN = "plan", "report", "mixed", "unknown"

_CLAUSE_BREAK = regex.compile(r"[，,；;。！？!?：:\n]")


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    stance: str
    strong: bool


@dataclass(frozen=True, slots=True)
class Where:
    """What the stance of one figure is read from (offsets relative to `sentence`)."""
    sentence: str
    start: int
    end: int
    heading: str | None = None
    table_row: bool = False
    column: str | None = None     # the header of the table cell the figure fills
    year: int | None = None


@lru_cache(maxsize=1)
def _tables() -> dict:
    return read_table("stance.toml")


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[tuple[regex.Pattern, str, bool], ...]:
    patterns = []
    for stance, lists in _tables()["cues"].items():
        for strength in ("strong", "weak"):
            for cue in lists.get(strength, ()):
                patterns.append((regex.compile(cue), stance, strength == "strong"))
    return tuple(patterns)


def find_cues(text: str, strong: bool = True) -> list[Cue]:
    """The strong (or else the weak) cues in `text`; where two overlap, the one that starts
    first wins, the longer at one start (`历年累计完成` over `累计完成`, `累计完成` over `累计`)."""
    return list(_cues(text, strong))


#: Sentences whose cues are kept: every figure of a sentence reads the same sentence's cues
#: (and every figure under a heading the heading's), which was one scan per pattern per figure.
_CACHED_TEXTS = 256


@lru_cache(maxsize=2)
def _any_cue(strong: bool) -> regex.Pattern:
    """All strong (or weak) cue patterns as one alternation: it matches a text exactly
    when one of them does, and most sentences hold no cue (one search instead of one per pattern)."""
    return regex.compile("|".join(f"(?:{p.pattern})" for p, _, is_strong in _cue_patterns() if is_strong == strong))


@lru_cache(maxsize=_CACHED_TEXTS)
def _cues(text: str, strong: bool) -> tuple[Cue, ...]:
    if _any_cue(strong).search(text) is None:
        return ()
    found = [Cue(m.start(), m.end(), stance, is_strong)
             for pattern, stance, is_strong in _cue_patterns() if is_strong == strong
             for m in pattern.finditer(text)]
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    for cue in found:
        if kept and cue.start < kept[-1].end:
            continue
        kept.append(cue)
    return tuple(kept)


def nearest_cue(text: str, start: int, end: int, strong: bool = True) -> str | None:
    """The stance of the cue nearest the figure [start, end)."""
    cue = _nearest(text, start, end, strong)
    return cue.stance if cue else None


def _nearest(text: str, start: int, end: int, strong: bool = True) -> Cue | None:
    """The cue nearest the figure [start, end): in its own clause (before or after it, the
    one before winning a tie), else the nearest before it in the sentence."""
    left, right = _clause(text, start, end)
    cues = _cues(text, strong)
    in_clause = [c for c in cues if left <= c.start and c.end <= right and not (c.start < end and c.end > start)
                 and not (c.start >= end and _opens_a_figure(text, c.end))]
    if in_clause:
        return min(in_clause, key=lambda c: (_distance(c, start, end), c.start > start))
    item_start = max(text.rfind("；", 0, left), text.rfind(";", 0, left)) + 1
    before = [c for c in cues if c.end <= left and (item_start <= c.start or _governs_sentence(text, c))]
    if not before:
        return None
    nearest = before[-1]
    if nearest.stance == STOCK and _changes_between(text, nearest.end, end):
        return None
    return nearest


def _changes_between(text: str, start: int, end: int) -> bool:
    """A clause that moves a level (`增加到20批`) between a standing total's cue and a
    figure: the figure is the new level, not the total."""
    return any(word in text[start:end] for word in _tables()["change"]["words"])


def _level_to_reach(cue: Cue | None, text: str, kind: str) -> str | None:
    """A level a plan names (`每千人口拥有托位数达4.5个`) is its goal; in a report the same
    words state the level that stands."""
    if cue is None:
        return None
    if cue.stance == STOCK and kind == PLAN and regex.match(_tables()["levels"]["plan_goal"], text[cue.start:cue.end]):
        return TARGET
    return cue.stance


def _governs_sentence(text: str, cue: Cue) -> bool:
    return bool(regex.match(_tables()["reach"]["whole_sentence"], text[cue.start:cue.end]))


def _opens_a_figure(text: str, at: int) -> bool:
    """A cue right before another figure (`…24.7亿元的108.5%`) speaks of that one."""
    return at < len(text) and text[at].isdigit()


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = _CLAUSE_BREAK.search(text, end)
    return (breaks[-1] if breaks else 0), (after.start() if after else len(text))


def _distance(cue: Cue, start: int, end: int) -> int:
    return start - cue.end if cue.end <= start else cue.start - end


def document_kind(manifest_kind: str | None, title: str | None) -> str:
    """plan, report, mixed or unknown: the manifest's `kind` if it names one, else the title's words."""
    named = _tables()["kind"]["manifest"].get((manifest_kind or "").strip().lower())
    if named:
        return named
    title = title or ""
    hits = {kind for kind, words in _tables()["kind"]["title"].items() if any(w in title for w in words)}
    if len(hits) == 1:
        return hits.pop()
    return MIXED if hits else UNKNOWN


def figure_stance(where: Where, kind: str, doc_year: int | None, plan_year: int | None = None) -> str:
    """The stance of one figure. `plan_year` is, in a mixed document, the year its plan is
    for: figures of that year are targets, earlier ones results."""
    if _before_a_change(where):
        return STOCK
    cue = None if _after_a_change(where) else _nearest(where.sentence, where.start, where.end)
    said = _level_to_reach(cue, where.sentence, kind)
    if said is None and where.column:
        said = column_stance(where.column)
    if said is None and where.heading:
        said = _heading_stance(where.heading)
    if said is not None:
        return said
    if where.table_row:
        return TARGET
    if kind == MIXED:
        by_year = _stance_by_year(where.year, plan_year, same=TARGET)
    else:
        by_year = _stance_by_year(where.year, doc_year)
    return by_year or _by_kind(where, kind)


def _by_kind(where: Where, kind: str) -> str:
    """The document kind's prior. Verbs that plans and reports share (建成, 完成, 新增) say
    something only where the kind says nothing; in a mixed document they say nothing."""
    if kind == UNKNOWN:
        said = nearest_cue(where.sentence, where.start, where.end, strong=False)
        if said is not None:
            return said
    return _tables()["prior"].get(kind, ACHIEVED)


@lru_cache(maxsize=1)
def _pair_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    pairs = _tables()["pairs"]
    return regex.compile(pairs["before"]), regex.compile(pairs["change"]), regex.compile(pairs["after"])


def _before_a_change(where: Where) -> bool:
    """The X of `由X提高到Y`: the level that stood."""
    before, change, _ = _pair_patterns()
    return bool(before.search(where.sentence[:where.start]) and change.search(where.sentence[where.end:]))


def _after_a_change(where: Where) -> bool:
    """The Y of `由X提高到Y`: what the period did to the level; the words of the stock before
    it (拥有, 共有) do not describe it."""
    _, _, after = _pair_patterns()
    return bool(after.search(where.sentence[:where.start]))


def column_stance(header: str) -> str | None:
    """The stance a column header names; the last word wins (`目标完成情况` is a result)."""
    found = [(header.rfind(word), stance) for stance, words in _tables()["columns"].items()
             for word in words if word in header]
    return max(found)[1] if found else None


def _heading_stance(heading: str) -> str | None:
    cues = _cues(heading, True)
    return cues[-1].stance if cues else None


def mixed_plan_year(doc_year: int | None, years: list[int | None]) -> int | None:
    """The year the plan of a mixed document is for: its own year when it also looks back
    (a plan that opens with last year's results), else the first year after it (a report
    that closes with next year's plan)."""
    if doc_year is None:
        return None
    known = [y for y in years if y is not None]
    if any(y < doc_year for y in known):
        return doc_year
    return min((y for y in known if y > doc_year), default=doc_year + 1)


def _stance_by_year(year: int | None, reference: int | None, same: str | None = None) -> str | None:
    """A year after the reference lies ahead (a target); a year before it, behind (a result)."""
    if year is None or reference is None:
        return None
    if year == reference:
        return same
    return TARGET if year > reference else ACHIEVED

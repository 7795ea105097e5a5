"""Time expressions and the year a figure holds for (ANNOTATION.md, "Year").

Rules, in order: an explicit time expression that governs the figure (the nearest
one before it in its sentence, else one after it in its clause); a relative one
resolved against the document year or the year under discussion; else the year of
the section (heading, table title); else the document year. Times that name a
document (`《…2023—2025年》`), or are the base of a comparison (`与去年同期相比`,
`上年度…的30%`), never govern.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from .tables import alternation, read_table

_YEAR = r"(?:19|20)\d\d"
_ABSOLUTE = (
    rf"(?<![\d.])(?P<y1>{_YEAR})(?:\s*[—–\-~～至到]\s*(?P<y2>{_YEAR}))?\s*年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*[日号])?)?"
    rf"|(?<![\d.])(?P<y3>{_YEAR})(?:[-/.]\d{{1,2}}(?:[-/.]\d{{1,2}})?)(?![\d])"
)


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    year: int | None = None          # explicit year
    relative: str | None = None      # the relative word, resolved later

    def resolve(self, doc_year: int | None, context_year: int | None) -> int | None:
        if self.year is not None:
            return self.year
        rule = _tables().relative.get(self.relative, _MONTH_DAY_RULE)
        base = doc_year if rule["base"] == "doc" else (context_year or doc_year)
        return base + rule["offset"] if base is not None else None


#: A date with no year holds in the year of writing.
_MONTH_DAY_RULE = {"base": "doc", "offset": 0}


@dataclass(frozen=True)
class _Tables:
    relative: dict[str, dict]
    pattern: regex.Pattern
    comparison_before: tuple[str, ...]
    comparison_after: tuple[str, ...]
    date_lines: tuple[regex.Pattern, ...]
    attribute: regex.Pattern
    head: regex.Pattern
    announced: regex.Pattern


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = read_table("times.toml")
    relative = alternation(data["relative"])
    # `近年来`, `历年` and `一年来` are spans of time, not a year: the lookbehind keeps
    # `年` words from matching inside them.
    times = rf"{_ABSOLUTE}|(?<![近历一两三四五六七八九十\d])(?P<rel>{relative})|(?P<md>{data['month_day']['pattern']})"
    pattern = regex.compile(times)
    return _Tables(
        relative=data["relative"],
        pattern=pattern,
        comparison_before=tuple(data["comparison"]["before"]),
        comparison_after=tuple(data["comparison"]["after"]),
        date_lines=tuple(regex.compile(p, regex.MULTILINE) for p in data["date_line"]["patterns"]),
        attribute=regex.compile(data["attribute"]["after"]),
        head=regex.compile(data["head"]["pattern"].replace("TIME", times)),
        announced=regex.compile(data["announced_list"]["pattern"]),
    )


def find_times(text: str) -> list[TimeExpr]:
    """Every time expression in `text` (a sentence), in order."""
    found = []
    for m in _tables().pattern.finditer(text):
        if m.group("rel") or m.group("md"):
            found.append(TimeExpr(m.start(), m.end(), m.group(), relative=m.group("rel")))
        else:
            year = m.group("y2") or m.group("y1") or m.group("y3")
            found.append(TimeExpr(m.start(), m.end(), m.group(), year=int(year)))
    return found


def _inside_book_title(text: str, position: int) -> bool:
    return text.rfind("《", 0, position) > text.rfind("》", 0, position)


def _is_comparison_base(text: str, t: TimeExpr) -> bool:
    tables = _tables()
    before = text[max(0, t.start - 2):t.start]
    after = text[t.end:t.end + 2]
    return any(before.endswith(w) for w in tables.comparison_before) or any(after.startswith(w) for w in tables.comparison_after)


_CLAUSE_BREAK = regex.compile(r"[，,；;。！？!?：:]")


def _is_base_of_share(text: str, t: TimeExpr, figure_start: int) -> bool:
    """`按照上年度…支出的30%`: the time dates the base the figure is a share of."""
    between = text[t.end:figure_start]
    return between.endswith("的") and not _CLAUSE_BREAK.search(between)


def _is_attribute(text: str, t: TimeExpr) -> bool:
    """`2000年底前建成的老旧小区`: the time dates the things counted, not the figure."""
    return _tables().attribute.match(text, t.end) is not None


def governing_time(text: str, times: list[TimeExpr], figure_start: int, figure_end: int) -> TimeExpr | None:
    """The time expression that says when the figure at [figure_start, figure_end) holds."""
    usable = [t for t in times if not _inside_book_title(text, t.start) and not _is_comparison_base(text, t)
              and not _is_attribute(text, t)]
    before = [t for t in usable if t.end <= figure_start and not _is_base_of_share(text, t, figure_start)]
    if before:
        return before[-1]
    clause_end = _CLAUSE_BREAK.search(text, figure_end)
    limit = clause_end.start() if clause_end else len(text)
    after = [t for t in usable if figure_end <= t.start < limit]
    return after[0] if after else None


def head_time(text: str, times: list[TimeExpr]) -> TimeExpr | None:
    """The time a sentence opens with (`2024年，…`, `今年以来，…`), which governs
    the sentences after it in its paragraph that state no time of their own."""
    match = _tables().head.match(text)
    if not match:
        return None
    return next((t for t in times if t.start <= match.end() and t.end <= match.end()), None)


def announced_list(text: str) -> tuple[int, int] | None:
    """(year, number of projects) that a title or lead announces
    (`2025年钟楼区十项民生实事项目出炉` → (2025, 10)), else None."""
    from .numerals import parse_number

    match = _tables().announced.search(text)
    if not match:
        return None
    count = parse_number(match.group("count"))
    return (int(match.group("year")), int(count)) if count else None


def year_of_heading(text: str) -> int | None:
    """The year a heading or table title states (a range gives its last year)."""
    for t in find_times(text):
        if t.year is not None and not _inside_book_title(text, t.start):
            return t.year
    return None


def is_date_line(line: str) -> bool:
    """A line that dates the document (`来源：…　2024年12月27日`, `发布日期：2023-12-20`)."""
    return any(pattern.search(line) for pattern in _tables().date_lines)


def document_year(title: str | None, text: str, published_year: int | None) -> tuple[int | None, str]:
    """The year the document was written, which 今年 means, and where it came from: a
    date line, else the metadata's publication date, else the title, else the year the
    text states most often (a report is about the year it keeps naming). A title's year
    is the year of the whole text (the run's subject year): a 2023 list published in
    December 2022 says 今年 for 2022 and lists 2023's figures."""
    for pattern in _tables().date_lines:
        if match := pattern.search(text):
            return int(match.group("year")), "date line"
    if published_year:
        return published_year, "metadata"
    if title and (year := year_of_heading(title)):
        return year, "title"
    counts = Counter(t.year for t in find_times(text) if t.year is not None and not _inside_book_title(text, t.start))
    if counts:
        return counts.most_common(1)[0][0], "most frequent year in the text"
    return None, "unknown"

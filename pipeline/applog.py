"""Application logs (the run log of a job that loads, checks and publishes the projects'
data, such as an open-data ETL job) read as the messages they hold: each entry is a line
`2026-02-03 09:14:07,512 INFO [loader] <message>` (or `[2025-01-02T08:00:00Z] [WARN] …`,
`2025/01/02 08:00:00 - loader - ERROR - …`). Read as it stands, every line opens with the
date the job ran, which is not the year of the data it loads, and the job's own numbers
(rows, seconds, megabytes, a pool's use) stand beside the projects'.

The view, mapped back to the original piece by piece (pipeline/columns.py), reads each
entry as its message alone, one sentence a line (extractors/data/applog.toml):
- the timestamp, level and logger are left out: the run's date governs no figure. The
  year comes from what the messages say they load (a field `数据年度=2025`, else the
  year they name most, `2025年…目标任务表`, `mssx_2025_mbrw.csv`), read as a heading
  over the log (`2025年`, its digits those of the message);
- a message about the job's own work (`耗时 0.63s`, `连接池使用率 85%（17/20）`,
  `万元→元 2 项`) reads as nothing, unless it states a goal or a result (`目标值`);
- a project named in brackets (`项目[新增养老床位]`) reads as its name and a colon, so
  that the figures after it count it;
- a comparison between two figures (`完成值 1320 > 目标值 1200`) reads as a clause break,
  so that each figure keeps the word before it as its stance;
- a goal or result the message says is missing (`完成值为空`) reads as nothing;
- a bare goal or result (`目标值 1200`) takes its project's unit: the one the log writes
  beside that project's other figures (`目标值 26 个`), else the measure word of the noun
  its name ends in (`[新增养老床位]` → 张, gold/README's rule for a bare numeral of a
  thing). The unit is written after the number in the view; the figure's span stays the
  number's.

Lines that are no entry (a traceback under an `ERROR`) stand as they are. A text needs
`min_entries` entries; a cheap screen (one search for times of day) lets other texts pass.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.tables import alternation, read_table

from .spans import Line, Piece, Region, Span, matches_at_least, text_lines, trimmed
from .tables import label_measure_word, unit_word

#: how a message ends in the view: a sentence's end, and no line is joined to the next
_END = "。\n"
_ENDS_SENTENCE = "。！？；"
#: what follows the data year's digits to make them a heading line of their own
_YEAR_HEADING = "年\n\n"
#: the longest unit written after a figure (`万人次`)
_MAX_UNIT = 3


@dataclass(frozen=True, slots=True)
class _Spec:
    entry: regex.Pattern
    screen: regex.Pattern
    min_entries: int
    figure_key: regex.Pattern        # a goal or result word
    keyed_figure: regex.Pattern      # such a word, then its number and what follows it
    job_metric: regex.Pattern
    project_name: regex.Pattern
    comparison: regex.Pattern
    data_year_field: regex.Pattern
    data_year_named: regex.Pattern
    missing_value: regex.Pattern


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    table = read_table("applog.toml")
    keys = alternation(table["figure_keys"])
    return _Spec(regex.compile(table["entry"]), regex.compile(table["screen"]), int(table["min_entries"]),
                 regex.compile(keys),
                 regex.compile(rf"(?:{keys})[ \t]*(?:[:：=][ \t]*)?(?P<number>\d[\d,]*(?:\.\d+)?)(?![\d.])"
                               rf"[ \t]*(?P<after>[\p{{Han}}%％]{{0,{_MAX_UNIT}}})"),
                 regex.compile(alternation(table["job_metric_words"])), regex.compile(table["project_name"]),
                 regex.compile(table["comparison"]), regex.compile(table["data_year_field"]),
                 regex.compile(table["data_year_named"]), regex.compile(table["missing_value"]))


@dataclass(frozen=True, slots=True)
class _Entry:
    line: Line
    message: Span                     # the message's span in the text
    project: Span | None              # the span of the project's name in brackets, if any


def _entries(text: str, lines: list[Line]) -> list[_Entry]:
    spec = _spec()
    entries = []
    for line in lines:
        head = spec.entry.match(line.text)
        if head is None:
            continue
        message = trimmed(text, line.start + head.end(), line.start + len(line.text))
        name = spec.project_name.search(text, *message)
        entries.append(_Entry(line, message, name.span("name") if name else None))
    return entries


def _written_unit(after: str) -> str | None:
    """The unit written after a figure (`个，…` → 个, `万元` → 万元); None where none is."""
    if after[:1] in ("%", "％"):
        return after[:1]
    return next((after[:n] for n in range(len(after), 0, -1) if unit_word(after[:n]) is not None), None)


def _project_units(text: str, entries: list[_Entry]) -> dict[str, str]:
    """Each bracketed project's unit, as the log writes it beside its goals and results."""
    units: dict[str, str] = {}
    for entry in entries:
        if entry.project is None:
            continue
        name = text[slice(*entry.project)]
        for figure in _spec().keyed_figure.finditer(text, *entry.message):
            if (unit := _written_unit(figure.group("after"))) is not None:
                units.setdefault(name, unit)
    return units


def _edits(text: str, entry: _Entry, units: dict[str, str]) -> list[tuple[Span, list[Piece]]]:
    """What the view writes instead of spans of the message: the project's name and a colon
    for its brackets, a clause break for a comparison, nothing for a missing value, a bare
    figure's unit after it."""
    spec = _spec()
    edits: list[tuple[Span, list[Piece]]] = []
    if entry.project is not None:
        bracket = spec.project_name.search(text, *entry.message)
        edits.append((bracket.span(), [entry.project, "："]))
        name = text[slice(*entry.project)]
        unit = units.get(name) or label_measure_word(name)
        if unit is not None:
            for figure in spec.keyed_figure.finditer(text, *entry.message):
                if _written_unit(figure.group("after")) is None:
                    end = figure.end("number")
                    edits.append(((end, end), [unit]))
    edits += [(found.span(), ["，"]) for found in spec.comparison.finditer(text, *entry.message)]
    edits += [(found.span(), []) for found in spec.missing_value.finditer(text, *entry.message)]
    return sorted(edits, key=lambda edit: edit[0])


def _message_view(text: str, entry: _Entry, units: dict[str, str]) -> list[Piece]:
    """The message as the view reads it; nothing for a message about the job's own work."""
    spec = _spec()
    start, end = entry.message
    if not spec.figure_key.search(text, start, end) and spec.job_metric.search(text, start, end):
        return []
    pieces: list[Piece] = []
    position = start
    for (edit_start, edit_end), written in _edits(text, entry, units):
        if edit_start < position:
            continue                  # overlapping an edit before it
        pieces += [(position, edit_start), *written]
        position = edit_end
    pieces.append((position, end))
    if start < end and text[end - 1] not in _ENDS_SENTENCE:
        pieces.append(_END)
    return pieces


def _data_year(text: str, entries: list[_Entry]) -> Span | None:
    """The span of the year of the data the log loads: a field that says it, else the year
    the messages name most often (its first mention); None where they name none."""
    spec = _spec()
    named: dict[str, list[Span]] = {}
    for entry in entries:
        if field := spec.data_year_field.search(text, *entry.message):
            return field.span("year")
        for year in spec.data_year_named.finditer(text, *entry.message):
            named.setdefault(year.group("year"), []).append(year.span("year"))
    if not named:
        return None
    return max(named.values(), key=len)[0]


def applog_regions(text: str) -> list[Region]:
    """Each entry of an application log read as its message (pipeline/columns.py's regions);
    none for a text with fewer than `min_entries` entries."""
    spec = _spec()
    if not matches_at_least(spec.screen, text, spec.min_entries):
        return []
    entries = _entries(text, text_lines(text))
    if len(entries) < spec.min_entries:
        return []
    units = _project_units(text, entries)
    regions: list[Region] = [(entry.line.start, entry.line.start + len(entry.line.text),
                              _message_view(text, entry, units)) for entry in entries]
    if (year := _data_year(text, entries)) is not None:
        # the data's year as a heading over the log (`2025年`), the year's own digits
        start, end, pieces = regions[0]
        regions[0] = (start, end, [year, _YEAR_HEADING, *pieces])
    return regions

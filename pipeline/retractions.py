"""Figures a correction takes back (extractors/data/dialogue.toml [retraction]): an AI
assistant's answer corrected after the user objects, a notice's `特此更正`. The earlier
figure is no statement of the document any more: its record is dropped."""
from __future__ import annotations

from functools import lru_cache

import regex

from extractors.tables import alternation, read_table

from .record import Record


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern]:
    spec = read_table("dialogue.toml")
    cues = regex.compile(alternation(spec["retraction"]["cues"]))
    askers = alternation([*spec["asking"], *spec["retraction"]["askers"]])
    # a line that opens a turn of the one who asks: the tag alone, or the tag and a colon
    asking = regex.compile(rf"^[ \t#>*_]*(?:{askers})[ \t*_]*(?:[：:][ \t*_]*|$)", regex.MULTILINE)
    return cues, asking


def _key(record: Record) -> tuple:
    return record.indicator, record.unit, record.year


@lru_cache(maxsize=1)
def _withdrawn() -> tuple[regex.Pattern, ...]:
    return tuple(regex.compile(p) for p in read_table("dialogue.toml")["retraction"]["withdrawn"])


def _withdrawn_spans(text: str) -> list[tuple[int, int]]:
    """The texts a correction notice quotes to withdraw (`原文：“…”`, `“…”应为“…”`)."""
    return [m.span("withdrawn") for pattern in _withdrawn() for m in pattern.finditer(text)]


def _may_correct(later: Record, earlier: Record) -> bool:
    """A total standing at the year's end after a correction (`更正后…普惠托位累计达到214个`, stock)
    corrects no target or result of the same thing."""
    return later.stance != "stock" or earlier.stance == "stock"


def drop_retracted(records: list[Record], text: str) -> list[Record]:
    """`records` (in text order, offsets in `text`) less those a later correction takes back,
    and those in the text a correction notice quotes to withdraw."""
    if spans := _withdrawn_spans(text):
        records = [r for r in records if not any(s <= r.start < e for s, e in spans)]
    cues, asking = _patterns()
    retracted: set[int] = set()
    for cue in cues.finditer(text):
        turn = asking.search(text, cue.end())
        reach_end = turn.start() if turn else len(text)
        corrected: dict[tuple, list[Record]] = {}
        for record in records:
            if cue.end() <= record.start < reach_end and record.indicator:
                corrected.setdefault(_key(record), []).append(record)
        for i, record in enumerate(records):
            later = [r for r in corrected.get(_key(record), []) if _may_correct(r, record)] if record.start < cue.start() else []
            if later and record.value not in {r.value for r in later}:
                retracted.add(i)
    return [r for i, r in enumerate(records) if i not in retracted]

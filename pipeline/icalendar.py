"""iCalendar exports (.ics) in a text dump: how content lines read, as edits of the text
that keep offsets into the original (as pipeline/markup.py reads HTML).

A long content line is folded (RFC 5545 3.1: a line break and one space or tab); the fold
is no text, so a figure split by it (`普惠托位3` ⏎ ` 60个`) is read whole. Escapes read as
their characters (`\\,` → `,`, `\\n` → a line break). A property's name is chrome; the value
of a text property (DESCRIPTION, LOCATION, …) is read, an event's SUMMARY as a heading over
its description, and every other property line (UID, DTSTART, RRULE, …) is no text.
The properties are in data/icalendar.toml.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.tables import alternation, read_table

from .markup import Edit, escape_edit

#: a property's parameters up to the colon before its value (RFC 5545 3.2): a parameter's
#: value may be quoted and hold a colon (`ALTREP="cid:part1@host"`), and may list values
_PARAM_VALUE = r'(?:"[^"\n]*"|[^";:,\n]*)'
_PARAMETERS = rf"(?:;[A-Za-z0-9-]+={_PARAM_VALUE}(?:,{_PARAM_VALUE})*)*:"


@dataclass(frozen=True)
class _Spec:
    detect: regex.Pattern
    tokens: regex.Pattern
    headings: dict[str, int]
    escapes: dict[str, str]


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    spec = read_table("icalendar.toml")
    named = alternation(list(spec["text_properties"]) + list(spec["headings"]))
    tokens = regex.compile(
        rf"(?P<name>^(?P<property>{named}){_PARAMETERS})"
        # a run of other property lines, with the lines folded into them, from the line
        # break before it: the run reads as that one break (else a wrap-joiner would join
        # the text lines on either side of it)
        rf"|(?P<chrome>(?:(?:\A|\n)(?!(?:{named}){_PARAMETERS})[A-Z][A-Z0-9-]*{_PARAMETERS}[^\n]*(?:\n[ \t][^\n]*)*)+)"
        r"|(?P<fold>\r?\n[ \t])"
        rf"|(?P<escape>{alternation(spec['escapes'])})",
        regex.MULTILINE)
    return _Spec(regex.compile(spec["detect"]), tokens, dict(spec["headings"]), dict(spec["escapes"]))


def _edit(m: regex.Match, spec: _Spec) -> Edit:
    if m.lastgroup == "name":
        level = spec.headings.get(m.group("property"))
        return m.start(), m.end(), "#" * level + " " if level else ""
    if m.lastgroup == "escape":
        return escape_edit(m.start(), m.group(), spec.escapes[m.group()])
    return m.start(), m.end(), "\n" if m.lastgroup == "chrome" and m.group().startswith("\n") else ""


def icalendar_edits(text: str) -> list[Edit]:
    """The edits that read the content lines of `text`, in order; none for a text that is
    not an iCalendar export."""
    spec = _spec()
    if not spec.detect.search(text):
        return []
    return [_edit(m, spec) for m in spec.tokens.finditer(text)]

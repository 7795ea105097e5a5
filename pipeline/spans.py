"""Lines and spans of a text: the few shapes every reader of a text shares. A leaf module
(it imports nothing of the project), so that the reading view (pipeline/columns.py) can
import the readers of its regions, and they these shapes, without a cycle."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

Span = tuple[int, int]
#: a piece of a reading view: an original span, or a separator of the view's own
Piece = Span | str
#: a stretch of the original [begin, finish) and the pieces it reads as
Region = tuple[int, int, list[Piece]]


@dataclass(frozen=True, slots=True)
class Line:
    start: int          # offset of the line in the text
    text: str           # without its newline


def text_lines(text: str) -> list[Line]:
    """Every line of the text (split on `\\n` alone, as a diff or a dump counts lines), with
    its offset."""
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append(Line(start, line))
        start += len(line) + 1
    return lines


def trimmed(text: str, start: int, end: int) -> Span:
    """The span `start:end` of `text` without the white space at its edges, so that
    offsets hug the words (empty, `start == end`, where there are none)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def line_end(text: str, start: int) -> int:
    """Where the line holding `start` ends: its newline, or the end of the text."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def spans_without(spans: list[Span], cut: list[Span]) -> list[Span]:
    """The spans with the stretches `cut` (sorted, apart) taken out of them."""
    kept: list[Span] = []
    for start, end in spans:
        for cut_start, cut_end in cut:
            if cut_end <= start or cut_start >= end:
                continue
            if cut_start > start:
                kept.append((start, cut_start))
            start = max(start, cut_end)
        if start < end:
            kept.append((start, end))
    return kept


def matches_at_least(pattern: regex.Pattern, text: str, count: int) -> bool:
    """Does `pattern` match `text` `count` times or more? Stops at the `count`-th match:
    a screen for a reader that needs so many lines of its form."""
    return sum(1 for _ in zip(pattern.finditer(text), range(count))) >= count


def display_width(text: str) -> int:
    """Columns a text takes in a monospaced dump (a Han character takes two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

"""Subtitle files (SRT, WebVTT) dumped as text: the cue numbers, timing lines and the
`WEBVTT` header are no text, and the cues read as one paragraph of the narration, so that
the topic a cue names (`医疗卫生方面`) and the time it opens with hold for the cues after it.

A cue's lines are the phrases of one sentence, which read as clauses (a comma between
them); a new cue starts a new line. A short line that is a figure with at most a
qualifier before it (`23.6亿元`, `超过52万人次`) completes the line before it, in its own
cue or the one before (`全州累计投入资金`, `全年提供助餐服务`), and is joined to it as it
is spoken.
"""
from __future__ import annotations

import regex

from .markup import Edit
from .spans import Span

_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
#: `00:00:28,100 --> 00:00:30,520` (SRT), `00:28.100 --> 00:30.520 line:90%` (WebVTT)
_TIMING = regex.compile(rf"^[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}(?:[ \t][^\n]*)?$", regex.MULTILINE)
_HEADER = regex.compile(r"\ufeff?WEBVTT\b")
#: a text is read as subtitles when a timing line stands among its first lines (after
#: a header or a cue number) and at least this many follow
_MIN_CUES = 2
_LINES_BEFORE_FIRST_TIMING = 2
#: a line of at most this many characters, a figure after at most three others, completes
#: the line before it
_FIGURE_LINE = 10
_FIGURE_LEAD = regex.compile(r"[^\d\s，。；！？]{0,3}\d")
_CLAUSE_END, _CUE_END = "，", "\n"


def subtitle_edits(text: str) -> list[Edit]:
    """The edits that read a subtitle file as running text; none for another text."""
    timings = list(_TIMING.finditer(text))
    if len(timings) < _MIN_CUES or not _opens_with_a_cue(text, timings[0].start()):
        return []
    lines = _text_lines(text, {m.start() for m in timings})
    edits: list[Edit] = [(0, lines[0][0], "")] if lines and lines[0][0] > 0 else []
    for (_, end), (start, next_end) in zip(lines, lines[1:]):
        edits.append((end, start, _joint(text, end, start, next_end)))
    return edits


def _joint(text: str, end: int, start: int, next_end: int) -> str:
    """What the gap between two lines of the cues reads as."""
    if _completes(text[start:next_end]):
        return ""
    return _CUE_END if _TIMING.search(text, end, start) else _CLAUSE_END


def _opens_with_a_cue(text: str, first_timing: int) -> bool:
    return len([line for line in text[:first_timing].splitlines() if line.strip()]) <= _LINES_BEFORE_FIRST_TIMING


def _text_lines(text: str, timing_starts: set[int]) -> list[Span]:
    """The spans of the lines that are words of the cues: not blank, not a timing line,
    not the cue's identifier on the line before it (SRT's number, any name in WebVTT), not
    the header."""
    spans: list[Span] = []
    position = 0
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        if (line.strip() and start not in timing_starts and not _HEADER.match(line)
                and position not in timing_starts):
            spans.append((start, start + len(line.rstrip())))
    return spans


def _completes(line: str) -> bool:
    """A short line that is a figure, cut from the words it counts on the line before."""
    words = line.strip()
    return len(words) <= _FIGURE_LINE and _FIGURE_LEAD.match(words) is not None

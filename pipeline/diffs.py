"""A document that is a unified diff (`diff -u`, `git diff`) between a draft and its final
text: which lines the final text drops and which it adds (extractors/data/revisions.toml).

Every line of the diff is text of the document, so its figures are read as usual; a
figure on a removed (`-`) line is the draft's and is marked `revision = "removed"`, one on
an added (`+`) line `"added"`, one on a context line or outside any hunk stays None.

The hunk bodies are read by their first characters, not by the counts of the hunk header:
a diff pasted into a report or edited by hand often has counts that no longer add up, and
a strict parser (`unidiff`) would reject it whole.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from extractors.tables import read_table

from .record import Record
from .spans import Line, text_lines

REMOVED, ADDED = "removed", "added"


@lru_cache(maxsize=1)
def _spec() -> dict[str, Any]:
    return read_table("revisions.toml")["unified_diff"]


@lru_cache(maxsize=1)
def _hunk() -> regex.Pattern:
    return regex.compile(_spec()["hunk"])


@dataclass(frozen=True, slots=True)
class DiffLines:
    """The removed and added lines of a diff: line starts in order, with their ends and marks."""
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    marks: tuple[str, ...] = ()

    def mark_at(self, offset: int) -> str | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.marks[i] if i >= 0 and offset < self.ends[i] else None


def _is_file_header(lines: list[Line], i: int) -> bool:
    """`--- old` directly followed by `+++ new`: the header of a file's diff, not a removed line."""
    spec = _spec()
    return (lines[i].text.startswith(spec["old_file"]) and i + 1 < len(lines)
            and lines[i + 1].text.startswith(spec["new_file"]))


def _line_mark(line: str) -> str | None | bool:
    """What a line inside a hunk is: REMOVED, ADDED, None (context or marker), False (no hunk line)."""
    spec = _spec()
    if not line or line.startswith((spec["context"], spec["no_newline"])):
        return None
    if line.startswith(spec["removed"]):
        return REMOVED
    if line.startswith(spec["added"]):
        return ADDED
    return False


def diff_lines(text: str) -> DiffLines:
    """The removed and added lines of `text`, where it is a unified diff (a file header pair
    before its first hunk header); nothing otherwise."""
    if _spec()["new_file"] not in text:
        return DiffLines()
    lines = text_lines(text)     # a diff's lines end at `\n` alone, as diff and git count them
    headers = [i for i in range(len(lines)) if _is_file_header(lines, i)]
    if not headers:
        return DiffLines()
    starts, ends, marks = [], [], []
    in_hunk = False
    for i, line in enumerate(lines):
        if i < headers[0]:
            continue
        if _is_file_header(lines, i) or (i > 0 and _is_file_header(lines, i - 1)):
            in_hunk = False
        elif _hunk().match(line.text):
            in_hunk = True
        elif in_hunk:
            mark = _line_mark(line.text)
            if mark is False:
                in_hunk = False
            elif mark is not None:
                starts.append(line.start)
                ends.append(line.start + len(line.text))
                marks.append(mark)
    return DiffLines(tuple(starts), tuple(ends), tuple(marks))


def mark_revisions(records: list[Record], text: str) -> None:
    """Each record on a removed or added line of a diff gets that mark (offsets in `text`)."""
    lines = diff_lines(text)
    if not lines.starts:
        return
    for record in records:
        record.revision = lines.mark_at(record.start)

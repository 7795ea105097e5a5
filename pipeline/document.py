"""Document: the original text as loaded, its metadata, and a cleaned view.

Offsets in records always point into `Document.text`. Extraction runs on the
cleaned view (page-break artifacts joined); `OffsetMap` maps back.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

import regex


@dataclass(slots=True)
class DocMeta:
    title: str | None = None
    published: str | None = None   # YYYY, YYYY-MM or YYYY-MM-DD as the manifest gives it
    source: str | None = None
    kind: str | None = None        # plan_list, completion_report, mixed
    doc_year: int | None = None    # set by --doc-year, or resolved by the time stage
    place: str | None = None       # the city, district or county it speaks for, as the manifest names it


@dataclass(slots=True)
class SourceSpan:
    """Where a stretch of `Document.text` came from in a non-text original."""
    start: int
    end: int
    locator: str   # e.g. "page 2", "paragraph 14", "table 1 row 3 cell 2"


@dataclass
class Document:
    doc_id: str
    text: str
    path: str | None = None
    encoding: str | None = None
    sha256: str | None = None
    meta: DocMeta = field(default_factory=DocMeta)
    source_map: list[SourceSpan] = field(default_factory=list)
    # blocks the loader already knows (docx/pdf tables, docx headings); None for text dumps
    layout: list | None = None
    # what the loader had to repair or guess (damaged bytes, a lying byte-order mark, a page
    # without an article): the document is read, and documents.jsonl says what to check
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def clean(self) -> "CleanView":
        return clean_view(self.text)

    @cached_property
    def _source_starts(self) -> list[int]:
        # once per document, not once per record: a long PDF has thousands of both
        return [s.start for s in self.source_map]

    def locate(self, offset: int) -> str | None:
        """The source locator (page, paragraph, cell) of an offset, if known."""
        if not self.source_map:
            return None
        i = bisect.bisect_right(self._source_starts, offset) - 1
        if i >= 0 and self.source_map[i].start <= offset < self.source_map[i].end:
            return self.source_map[i].locator
        return None


class OffsetMap:
    """Maps offsets of a text with some characters deleted back to the original.

    Built from the deleted ranges of the original; `to_original` is O(log n).
    """

    def __init__(self, deleted: list[tuple[int, int]]):
        self._clean_at: list[int] = [0]
        self._shift: list[int] = [0]
        shift = 0
        for start, end in sorted(deleted):
            shift += end - start
            self._clean_at.append(end - shift)
            self._shift.append(shift)

    def to_original(self, offset: int) -> int:
        i = bisect.bisect_right(self._clean_at, offset) - 1
        return offset + self._shift[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """A clean span [start, end) → the original span; never grows over deleted text at its edges."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


@dataclass(slots=True)
class CleanView:
    text: str
    offsets: OffsetMap


# A PDF dump's page footer between two pages: `— 2 —`, `- 12 -`, `第3页`, `第 3 页 共 8 页`.
# A bare number is not taken: on a line of its own it may be a table cell.
_PAGE_NUMBER_LINE = r"[ \t]*(?:[—–-][ \t]*\d{1,3}[ \t]*[—–-]|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)[ \t]*\n(?:[ \t]*\n)*"
# Candidate page break: text, blank line(s), perhaps a page number, text.
_BREAK = regex.compile(rf"(?<=[\p{{Han}}\p{{N}}])[ \t]*\n(?:[ \t]*\n)+(?:{_PAGE_NUMBER_LINE})?(?=[\p{{Han}}\p{{N}}])")
_CLAUSE_PUNCT = regex.compile(r"[，、。；：！？]")
# `一、…`, `（一）…`, `1.`, `第一部分`: a numbered heading, which a page break never splits
_ENUMERATED = regex.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.]|第[一二三四五六七八九十\d]{1,3}[部章节条])")
_MIN_RUNNING_LINE = 30


def _splits_a_sentence(text: str, brk: regex.Match) -> bool:
    """A page break inside a sentence, not a paragraph or heading boundary.

    Either the line before is running text (long, with clause punctuation, no
    heading marker) that stops without closing punctuation, or the break cuts a
    word in two (`工|作者`, `临|时`). In both cases the line after goes on to
    punctuation of its own; headings and captions are short or unpunctuated.
    """
    line_start = text.rfind("\n", 0, brk.start()) + 1
    before = text[line_start:brk.start()]
    after_end = text.find("\n", brk.end())
    after = text[brk.end(): after_end if after_end >= 0 else len(text)]
    if before.lstrip().startswith("#") or _ENUMERATED.match(before) or not _CLAUSE_PUNCT.search(after):
        return False
    if len(before) >= _MIN_RUNNING_LINE and _CLAUSE_PUNCT.search(before):
        return True
    if _CLAUSE_PUNCT.search(before) is None:
        return False
    from extractors.segment import word_crosses  # only reached at a rare candidate break

    left, right = before[-4:], after[:4]
    return word_crosses(left + right, len(left))


# Markdown bold around a figure (`**11家**`) is layout, not text.
_EMPHASIS = regex.compile(r"\*\*(?=\S)|(?<=\S)\*\*")


def clean_view(text: str) -> CleanView:
    """The text with layout artifacts removed: sentences that a page break split are
    joined (`临\\n\\n时救助资金` → `临时救助资金`), markdown bold markers dropped."""
    deleted = [(m.start(), m.end()) for m in _BREAK.finditer(text) if _splits_a_sentence(text, m)]
    deleted += [(m.start(), m.end()) for m in _EMPHASIS.finditer(text)]
    deleted.sort()
    if not deleted:
        return CleanView(text, OffsetMap([]))
    parts, last = [], 0
    for start, end in deleted:
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return CleanView("".join(parts), OffsetMap(deleted))

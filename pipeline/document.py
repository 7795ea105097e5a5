"""Document: the original text as loaded, its metadata, and a cleaned view.

Offsets in records always point into `Document.text`. Extraction runs on the
cleaned view (page-break artifacts joined); `OffsetMap` maps back.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from itertools import accumulate
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import regex

from extractors.punctuation import CELL_BARS, COLONS, COMMAS, SEMICOLONS, SENTENCE_ENDS, char_class
from extractors.script import simplified_same_length
from extractors.tables import read_table
from extractors.times import is_date_line

from .card_lines import card_breaks
from .columns import ReadingOrder, reading_order
from .icalendar import icalendar_edits
from .latex import latex_edits
from .markup import Edit, markup_edits
from .outline import outline_edits
from .revisions import revision_deletions
from .subtitles import subtitle_edits
from .transcript import transcript_edits


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


@dataclass(frozen=True, slots=True)
class ReorderedOffsets:
    """Offsets of a cleaned view of a text read in another order (two columns read one
    after the other) → the original: through the cleaned view's deletions, then the order."""
    cleaned: OffsetMap
    order: ReadingOrder

    def to_original(self, offset: int) -> int:
        return self.order.to_original(self.cleaned.to_original(offset))

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.order.span_to_original(*self.cleaned.span_to_original(start, end))


@dataclass(slots=True)
class CleanView:
    text: str
    offsets: OffsetMap | ReorderedOffsets
    #: where `text` was turned from traditional into simplified characters for matching:
    #: simplified → the document's own character (a `str.translate` table), else empty
    restore: dict[int, int] = field(default_factory=dict)

    def original_chars(self, words: str | None) -> str | None:
        """Words read from `text` (an indicator, a sentence) in the document's own characters."""
        return words.translate(self.restore) if words and self.restore else words


# A PDF dump's page footer between two pages (its number: structure.toml's `page_number`), alone or
# with the document's running title beside it across a wide gap (`某区2026年区级预算（草案）　　　　— 2 —`).
# A bare number is not taken: on a line of its own it may be a table cell.
# (The title opens on a mark: spacing before it is the line's indent, and two runs of spacing that could
# each take it would try every split of a long blank line.)
_PAGE_NUMBER = read_table("structure.toml")["page_number"]
_WIDE_GAP = r"(?:[ \t\u3000]{2,}|\u3000)"
_PAGE_NUMBER_LINE = (rf"[ \t\u3000]*(?:[^\s][^\n]{{0,59}}?{_WIDE_GAP})?{_PAGE_NUMBER}(?:{_WIDE_GAP}[^\n]{{1,60}})?[ \t\u3000]*\n"
                     rf"(?:[ \t]*\n)*")
# Candidate page break: text, blank line(s), perhaps a page number and the next page's
# running header (a PDF dump's title or issuer line), text; or text, a page number's line and
# text with no blank line between (a dump that keeps no empty lines).
_BREAK = regex.compile(rf"(?<=[\p{{Han}}\p{{N}}])[ \t]*\n(?=[ \t]*\n|{_PAGE_NUMBER_LINE})(?:[ \t]*\n)*"
                       rf"(?:(?P<page>{_PAGE_NUMBER_LINE})(?P<header>[^\n]+\n(?:[ \t]*\n)+)?)?(?=[\p{{Han}}\p{{N}}])")
_GOES_ON = regex.compile(r"[\p{Han}\p{N}]")
#: Full width only, unlike extractors/punctuation.py: an ASCII `,` `.` or `:` stands in
#: figures and times too (`1,200`, `8:30`), so it tells no line of prose from a row of figures
_CLAUSE_PUNCT = regex.compile(r"[，、。；：！？]")
# `一、…`, `（一）…`, `1.`, `第一部分`: a numbered heading, which a page break never splits
_ENUMERATED = regex.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.]|第[一二三四五六七八九十\d]{1,3}[部章节条])")
_MIN_RUNNING_LINE = 30

#: a gap between the columns of a row aligned by spaces: two spaces or more, or a
#: full-width one (prose has single spaces between words at most)
_COLUMN_GAP = regex.compile(r"\S(?: {2,}|\u3000[ \u3000]*)\S")


def _page_breaks(text: str) -> list[tuple[int, int]]:
    """The page breaks inside a sentence (`新增停车位2⏎⏎— 4 —⏎⏎<running header>⏎⏎400个`),
    each with what lies between the two halves: blank lines, the page number and, where
    the document repeats it at other pages' heads, the running header line."""
    found, repeated = [], None
    for m in _BREAK.finditer(text):
        end = m.end()
        if m.group("header") is not None:
            repeated = _repeated_lines(text) if repeated is None else repeated
            if m.group("header").strip() not in repeated:
                end = m.start("header")       # a line of the text, not a running header
                if not _GOES_ON.match(text, end):
                    continue
        if _splits_a_sentence(text, m.start(), end):
            found.append((m.start(), end))
    return found


def _repeated_lines(text: str) -> frozenset[str]:
    """Lines the document holds more than once (running headers and footers)."""
    counts = Counter(line.strip() for line in text.split("\n"))
    return frozenset(line for line, n in counts.items() if n > 1 and line)


def _splits_a_sentence(text: str, start: int, end: int) -> bool:
    """A page break inside a sentence, not a paragraph or heading boundary.

    Either the line before is running text (long, with clause punctuation, no
    heading marker) that stops without closing punctuation, or the break cuts a
    word in two (`工|作者`, `临|时`). In both cases the line after goes on to
    punctuation of its own; headings and captions are short or unpunctuated.
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    after_end = text.find("\n", end)
    after = text[end: after_end if after_end >= 0 else len(text)]
    heading = _ENUMERATED.match(before) and len(before) < _MIN_RUNNING_LINE   # not `四、…方面。改造…` run on
    if before.lstrip().startswith("#") or heading or not _CLAUSE_PUNCT.search(after):
        return False
    if _COLUMN_GAP.search(before.strip()) or _COLUMN_GAP.search(after.strip()):
        return False                    # rows of a table aligned by spaces, over a page break
    if len(before) >= _MIN_RUNNING_LINE and _CLAUSE_PUNCT.search(before):
        return True
    if _CLAUSE_PUNCT.search(before) is None:
        return False
    from extractors.segment import word_crosses  # only reached at a rare candidate break

    left, right = before[-4:], after[:4]
    return word_crosses(left + right, len(left))


# Markdown bold around a figure (`**11家**`) is layout, not text, and so are the spaces that
# set it off from the Chinese around it (`总投资约 **6.8亿元**`: the 约 is the figure's). A tab
# is no such space: it parts the cells of a row, and a masked name's stars before it
# (`张**⇥6号楼⇥6000`) must leave the row its cells.
_EMPHASIS = regex.compile(r"(?:(?<=\p{Han})[ \u3000]+)?\*\*(?=\S)|(?<=\S)\*\*(?:[ \u3000]+(?=\p{Han}))?")


#: A text hard-wrapped at a fixed width (a scan's OCR, a fixed-width dump): most of its
#: long lines are about one length.
_WRAP_MIN_LINE = 16
_WRAP_TOLERANCE = 2
_WRAP_SHARE = 0.6
_WRAP_MIN_LINES = 8
_ENDS_SENTENCE = SENTENCE_ENDS + SEMICOLONS + COLONS
#: what starts a new paragraph or item on the next line: an indent, a bullet (a poster's
#: check marks and emoji too: `✅ 新增老年助餐点42个`), a number
#: (`1.`, `（二）`, but not the `18.6` of a figure wrapped to the line's start)
_STARTS_ITEM = regex.compile(r"\s|[—–\-•·▸▪■●◆★☆✔✓☑▶►➤※]|\p{Emoji_Presentation}|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
                             r"|\d{1,2}[、．.](?!\d)|第[一二三四五六七八九十\d]{1,3}[部章节条]")
#: a line that stops inside a number (`新增学位1`, `惠及居民1.` before `3万户`): digits, or
#: digits and a decimal point after a word (a lone `6.` at a line's start is an item number)
_CUT_NUMBER = regex.compile(r"(?:\d|(?<=[^\s\d.．])\d+[.．])$")


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text is wrapped at, or None if it is not hard-wrapped."""
    lengths = [len(line.rstrip()) for line in lines if len(line.strip()) >= _WRAP_MIN_LINE]
    if len(lengths) < _WRAP_MIN_LINES:
        return None
    counts = Counter(lengths)
    width, near = max(((w, sum(counts[w + d] for d in range(-_WRAP_TOLERANCE, _WRAP_TOLERANCE + 1)))
                       for w in counts), key=lambda pair: (pair[1], pair[0]))
    return width if near >= _WRAP_SHARE * len(lengths) else None


#: a row of a table whose cells bars part (`1|彭秀兰|女|1968|…`, `｜`, `│`): rows of one table run to about one
#: length, as hard-wrapped lines do, but are never prose
_BARRED_ROW = regex.compile(rf"{char_class(CELL_BARS)}[^{regex.escape(CELL_BARS)}\n]*{char_class(CELL_BARS)}")


def _wrapped_breaks(text: str) -> list[tuple[int, int]]:
    """Line breaks of a hard-wrapped text that fall inside a sentence (`新增学位1\n320个`):
    the line before is full width and stops mid-sentence, the line after goes on without
    an indent, a number or a bullet (which would start a new paragraph or item). A row
    of a table aligned by spaces (`1　　养老服务　　0.9`), cut by tabs or parted by bars is never wrapped
    prose, nor is the line beside it joined to it (a table's caption)."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return []
    breaks, position = [], 0
    for line, following in zip(lines, lines[1:]):
        position += len(line)
        body = line.rstrip()
        cut_number = following[:1].isdigit() and _CUT_NUMBER.search(body) is not None    # `新增学位1\n320个`
        aligned = (_COLUMN_GAP.search(body.strip()) or _COLUMN_GAP.search(following.strip())
                   or "\t" in body.strip() or "\t" in following.strip()
                   or _BARRED_ROW.search(body) or _BARRED_ROW.search(following))
        if body and following.strip() and not aligned and (cut_number or (
                len(body) >= width - _WRAP_TOLERANCE - 1 and body[-1] not in _ENDS_SENTENCE
                and not _STARTS_ITEM.match(following))):
            breaks.append((position, position + 1))
        position += 1
    return breaks


#: a paragraph of short lines read as prose wrapped at no fixed width (a teleprompter's screen): this many lines
#: at least, at least this share of them ending a clause, a line breaking inside a sentence this long at least
#: (a shorter one, `2036年度`, `年度项目`, is a label over the lines under it)
_PROSE_MIN_LINES, _PROSE_SHARE, _PROSE_WRAPPED_LINE = 3, 0.3, 8
#: …and the shortest line that goes on one (a shorter one, `项目名称`, is a cell of a table under a caption)
_PROSE_GOING_ON = 6
#: (the punctuation table's full-width marks only: a line of ASCII commas is a CSV row, not prose)
_INSIDE_MARKS = "".join(c for c in COMMAS + SEMICOLONS + COLONS if not c.isascii()) + "、"
_PROSE_MARKS = _INSIDE_MARKS + "".join(c for c in SENTENCE_ENDS if not c.isascii()) + "…"
_CLOSES_CLAUSE = regex.compile(f"[{_PROSE_MARKS}]" + r"[”’」』）)]*$")
#: a line that breaks inside a sentence ends with a word, a figure or a mark inside one
_ENDS_INSIDE = regex.compile(rf"[\p{{Han}}\d{_INSIDE_MARKS}]$")
_CLOSES_SENTENCE = regex.compile(char_class(SENTENCE_ENDS) + r"[”’」』）)]*$")
#: a line that goes on a sentence: a word, a figure or an opening quote; not a field's key (`教育：`)
_GOES_ON_A_SENTENCE = regex.compile(r"[\p{Han}\d“‘「](?!\p{Han}{0,7}[:：])")


def _prose_wraps(text: str) -> list[tuple[int, int]]:
    """Line breaks inside the sentences of a paragraph of short lines that most end a clause, wrapped at no fixed
    width (a teleprompter's screen: `先交个底：去年我们许下的⏎十件实事已经全部兑现，⏎完成投资5.2亿元。`); never after
    the paragraph's first line (its title or its label)."""
    breaks: list[tuple[int, int]] = []
    position = 0
    for paragraph in regex.split(r"(\n[^\S\n]*\n)", text):
        lines = paragraph.split("\n")
        if _reads_as_prose(lines):
            at = position + len(lines[0]) + 1
            for line, following in zip(lines[1:], lines[2:]):
                at += len(line)
                if _breaks_inside_a_sentence(line, following):
                    breaks.append((at, at + 1))
                at += 1
        position += len(paragraph)
    return breaks


def _reads_as_prose(lines: list[str]) -> bool:
    """Enough lines, some share of them ending a clause, not all (else no sentence runs over a line)."""
    filled = [line.strip() for line in lines if line.strip()]
    closed = sum(1 for line in filled if _CLOSES_CLAUSE.search(line))
    return len(filled) >= _PROSE_MIN_LINES and _PROSE_SHARE * len(filled) <= closed < len(filled)


def _breaks_inside_a_sentence(line: str, following: str) -> bool:
    """The line ends no sentence, with a word, a figure or a clause's mark, and the line after goes on with one:
    neither a date line, an item, a field's key, a row of a table (columns, tabs, bars, ASCII commas), nor short."""
    body, after = line.strip(), following.strip()
    return (len(body) >= _PROSE_WRAPPED_LINE and len(after) >= _PROSE_GOING_ON
            and not _CLOSES_SENTENCE.search(body) and _ENDS_INSIDE.search(body) is not None
            and _GOES_ON_A_SENTENCE.match(following) is not None
            and not is_date_line(body) and not is_date_line(following)
            and not _STARTS_ITEM.match(following) and not _STARTS_ITEM.match(line)
            and not any(_COLUMN_GAP.search(x) or "\t" in x or "," in x or _BARRED_ROW.search(x) for x in (body, after)))


#: Letter-spaced text (an OCR'd scan, a spaced-out heading: `城 镇 新 增 就 业 4 . 3 万 人`):
#: single characters, each after one space, at least this many in a row with at least
#: _LETTER_SPACED_MIN_HAN Han ones (a date typeset with spaces, `2023 年 2 月 14 日`, has
#: two). Words of two or more characters (`2023 2024`), double spaces (aligned columns)
#: and column bars (`| 是 | 否 |`) break the run. Shorter all-Han runs (`新 建 食 堂`) stay here,
#: since a short run may be a spaced date or a row of cells; the indicators close them in a
#: name only (extractors/indicators.py `_HAN_GAP`), where neither can stand.
_LETTER_SPACED_MIN = 5
_LETTER_SPACED_MIN_HAN = 3
_LETTER_SPACED = regex.compile(rf"[^\s|│](?: [^\s|│]){{{_LETTER_SPACED_MIN - 1},}}")
_HAN_CHAR = regex.compile(r"\p{Han}")


def _letter_spacing(text: str) -> list[tuple[int, int]]:
    """The spaces between the characters of letter-spaced runs, so that words and
    figures read whole (`城镇新增就业4.3万人`)."""
    return [(i, i + 1) for m in _LETTER_SPACED.finditer(text)
            if len(_HAN_CHAR.findall(m.group())) >= _LETTER_SPACED_MIN_HAN
            for i in range(m.start() + 1, m.end(), 2)]


@lru_cache(maxsize=1)
def _spaced_figure() -> regex.Pattern:
    """Single digits each a space apart right before a measure word (`面积2 8 0 平方米`, an OCR'd
    board): one figure spelled out. Three digits at least, so a date's or a list's two numbers
    (`2023 2024`, `1 2个`) never read as one; no digit, point or space just before."""
    from extractors.numerals import TABLE
    from extractors.units import surfaces_longest_first

    digit = f"[{regex.escape(TABLE.arabic_digits + TABLE.full_width_digits)}]"
    units = "|".join(regex.escape(u) for u in surfaces_longest_first())
    return regex.compile(rf"(?<![\s.．,，]|{digit}){digit}(?: {digit}){{2,}}(?= ?(?:{units}))")


def _digit_spacing(text: str) -> list[tuple[int, int]]:
    """The spaces inside a figure spelled out digit by digit, so that it reads whole (`280平方米`)."""
    return [(i, i + 1) for m in _spaced_figure().finditer(text) for i in range(m.start() + 1, m.end(), 2)]


@lru_cache(maxsize=1)
def _figure_cut() -> regex.Pattern:
    """A line break right after a figure glued to the word before it, with a measure word
    (or magnitude and measure word) at the next line's start: `培训2.6⏎万人次`, `河道l2.5⏎公里`
    (an OCR'd figure), or with the magnitude still on the first line (`老人约3.1万⏎人次`).
    Digits OCR misreads count (extractors/numerals.toml)."""
    from extractors.numerals import TABLE
    from extractors.units import surfaces_longest_first

    digits = regex.escape(TABLE.arabic_digits + TABLE.full_width_digits)
    run = f"[{digits}{regex.escape(''.join(TABLE.ocr_digits))}]{{0,15}}[{digits}]"
    point = f"[{regex.escape(TABLE.decimal_points)}]"
    units = "|".join(regex.escape(u) for u in surfaces_longest_first())
    magnitudes = regex.escape("".join(TABLE.magnitudes))
    return regex.compile(rf"(?<=\p{{Han}}{run}(?:{point}[{digits}]{{1,8}})?[{magnitudes}]?[ \t]{{0,4}})\n"
                         rf"(?=[{magnitudes}]?(?:{units}))")


def _figure_breaks(text: str) -> list[tuple[int, int]]:
    """Line breaks between a figure and its measure word in prose, wrapped at any width
    (an OCR'd page's lines vary with its spaces): the line before is a long line of
    prose, not a heading, a caption or a row aligned by spaces, and the line after
    goes on to punctuation of its own."""
    breaks = []
    for m in _figure_cut().finditer(text):
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        after_end = text.find("\n", m.end())
        after = text[m.end():after_end if after_end >= 0 else len(text)]
        if (len(before) >= _WRAP_MIN_LINE and _CLAUSE_PUNCT.search(before) and _CLAUSE_PUNCT.search(after)
                and not _COLUMN_GAP.search(before) and not _COLUMN_GAP.search(after.strip())):
            breaks.append((m.start(), m.end()))
    return breaks


def _outside(candidates: list[tuple[int, int]], deleted: list[tuple[int, int]],
             whole: bool = False) -> list[tuple[int, int]]:
    """The candidate deletions that start inside none of `deleted`, or with `whole` that
    overlap none of them (by bisection: a letter-spaced scan has a deletion for every
    other character, an HTML page an edit for every tag)."""
    ranges = sorted(deleted)
    starts = [start for start, _ in ranges]
    ends = list(accumulate((end for _, end in ranges), max))      # the furthest end so far
    kept = []
    for start, end in candidates:
        # the last range that starts at or before the candidate's start (or before its end)
        i = (bisect.bisect_left(starts, end) if whole else bisect.bisect_right(starts, start)) - 1
        if i < 0 or ends[i] <= start:
            kept.append((start, end))
    return kept


def clean_view(text: str) -> CleanView:
    """`_deletions_view` of the text in reading order: a page set in two columns whose
    dump interleaves their lines is read column by column (pipeline/columns.py)."""
    order = reading_order(text)
    if order is None:
        return _deletions_view(text)
    view = _deletions_view(order.text)
    return CleanView(view.text, ReorderedOffsets(view.offsets, order), view.restore)


def _deletions_view(text: str) -> CleanView:
    """The text with layout artifacts removed: sentences that a page break split are
    joined (`临\\n\\n时救助资金` → `临时救助资金`), and so are the lines of a hard-wrapped
    scan (`新增学位1\\n320个`), tracked changes read as accepted (`[删除：2000个][插入：2400个]` →
    `2400个`, pipeline/revisions.py), letter-spaced runs read whole (`城 镇 新 增 就 业` → `城镇新增就业`),
    markdown bold markers dropped, HTML tags read as nothing
    and table cells as tab-separated; a text in traditional characters is read in
    simplified ones (same length, so offsets hold)."""
    markup = _with_latex(text, markup_edits(text) + outline_edits(text))
    edits = sorted(markup + _spoken_edits(text, markup))
    revisions = revision_deletions(text)
    deleted = _page_breaks(text)
    deleted += [(m.start(), m.end()) for m in _EMPHASIS.finditer(text)]
    wraps = sorted(set(_wrapped_breaks(text)) | set(_figure_breaks(text)) | set(card_breaks(text)) | set(_prose_wraps(text)))
    deleted += _outside(wraps, deleted)
    deleted += _outside(_letter_spacing(text), deleted)
    deleted += _outside(_digit_spacing(text), deleted)
    deleted = revisions + _outside(deleted, revisions, whole=True)
    edits += [(s, e, "") for s, e in _outside(deleted, [(s, e) for s, e, _ in edits], whole=True)]
    edits.sort()
    if edits:
        parts, last = [], 0
        for start, end, replacement in edits:
            parts.append(text[last:start])
            parts.append(replacement)
            last = end
        parts.append(text[last:])
        text = "".join(parts)
    # a one-character replacement stands where its edit starts: the rest is deleted
    deleted = [(start + len(replacement), end) for start, end, replacement in edits]
    simplified, restore = to_simplified(text)
    return CleanView(simplified, OffsetMap(deleted), restore)


def _with_latex(text: str, markup: list[Edit]) -> list[Edit]:
    """The markup edits, and a LaTeX source's or an iCalendar export's edits where none
    of them stands."""
    return markup + _edits_outside(latex_edits(text) + icalendar_edits(text), markup)


def _spoken_edits(text: str, markup: list[Edit]) -> list[Edit]:
    """A subtitle file's edits, else an ASR transcript's, where no markup edit stands."""
    return _edits_outside(subtitle_edits(text) or transcript_edits(text), markup)


def _edits_outside(edits: list[Edit], taken: list[Edit]) -> list[Edit]:
    """The edits whose spans lie wholly outside those of `taken`: where two readers claim
    the same characters, the one read first keeps them."""
    kept = set(_outside([(s, e) for s, e, _ in edits], [(s, e) for s, e, _ in taken], whole=True))
    return [edit for edit in edits if (edit[0], edit[1]) in kept]


#: A text is read as traditional where at least this share of its Han characters differ
#: in simplified script (a traditional text: 20–35 %; a simplified one: 0, or a stray
#: character such as 乾 or 著 that OpenCC would change in a name).
_TRADITIONAL_SHARE = 0.05
_HAN = regex.compile(r"\p{Han}")


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern:
    """The characters OpenCC changes on their own (the CJK block, once), as one character
    class: a simplified text is told apart by one scan, not converted. The standard
    library's `re` finds a class's few members in a text 16× faster than `str.translate`
    deletes them (which was 1 % of the extraction)."""
    block = "".join(map(chr, range(0x4E00, 0xA000)))
    changed = "".join(t for t, s in zip(block, simplified_same_length(block)) if s != t)
    return re.compile(f"[{re.escape(changed)}]")


def _count_traditional(text: str) -> int:
    return len(_traditional().findall(text))


def to_simplified(text: str) -> tuple[str, dict[int, int]]:
    """`text` in simplified characters, and the table that turns words read from it back
    into the text's own characters; `text` itself and an empty table where it is not
    written in traditional characters. Every character keeps its position (all the
    extractors' tables are simplified: `總投資約68.5億元` is read as `总投资约68.5亿元`)."""
    traditional = _count_traditional(text)
    if not traditional or traditional < _TRADITIONAL_SHARE * len(_HAN.findall(text)):
        return text, {}
    converted = simplified_same_length(text)
    return converted, {ord(s): ord(t) for t, s in zip(text, converted) if s != t}



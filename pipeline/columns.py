"""Reading order: a view of a text whose stretches are read in another order than they
stand, mapped back to the original piece by piece. Two kinds of stretch: a two-column
page dumped line by line (here), a run of data elements read as a table
(pipeline/xmlrows.py), and a data file's lines read as labelled figures (pipeline/datafile.py).

A PDF page set in two columns often comes out of a text dump with each physical line
holding a line of the left column, a run of spaces, and the line of the right column
beside it (`全年新增普惠托位      四、老有颐养。新建老年助餐点128个，累计`). Read in
that order, every sentence is cut at each line and a figure lands next to the other
column's words. This module finds such blocks and gives a reading view in which each
column is read whole, left then right, with a map from the view back to the original.

It is conservative: a block needs several lines in a row whose right halves start at
one display column, with prose on both sides (clause punctuation, sentences running on
to the next line). Hard-wrapped single-column text has no gap inside its lines; a table
aligned by spaces has more than one gap, short cells, or no running sentences.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from .spans import Line, Piece, Region, display_width, matches_at_least, text_lines

#: the gap between two columns: three spaces or more, or two full-width ones
_GAP = regex.compile(r"(?<=\S)(?: {3,}|[ \u3000]*\u3000[ \u3000]*\u3000[ \u3000]*)(?=\S)")
_HAN = regex.compile(r"\p{Han}")
#: clause punctuation inside running prose (not a label's colon: `项目名称：…`), full width only
#: as pipeline/document.py's: an ASCII `,` stands in figures too (`1,200`)
_CLAUSE = regex.compile(r"[，、。；！？]")
_ENDS_SENTENCE = "。！？；!?;"
#: a column's line: at least this many characters, this many of them Han
_MIN_PART = 8
_MIN_PART_HAN = 4
#: lines in a row, side by side, before a block is taken
_MIN_LINES = 4
#: how far (in display columns) the right column's start may wander from line to line
_ALIGN_TOLERANCE = 2
#: the share of a block's lines, on each side, that must run on to the next line
#: without closing the sentence (columns of prose, not of labels)
_RUN_ON_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class _Split:
    left: tuple[int, int] | None     # original span of the left column's part
    right: tuple[int, int] | None    # and of the right one's
    right_column: int                # display column where the right part starts


def _is_part(words: str) -> bool:
    return len(words) >= _MIN_PART and len(_HAN.findall(words)) >= _MIN_PART_HAN


def _side_by_side(line: Line) -> _Split | None:
    """A line holding two columns: exactly one gap, with a column's line on each side."""
    gaps = list(_GAP.finditer(line.text))
    if len(gaps) != 1:
        return None
    gap = gaps[0]
    left, right = line.text[:gap.start()], line.text[gap.end():].rstrip()
    if left[:1].isspace() or not (_is_part(left) and _is_part(right)):
        return None
    return _Split((line.start, line.start + gap.start()),
                  (line.start + gap.end(), line.start + gap.end() + len(right)),
                  display_width(line.text[:gap.end()]))


def _continuation(line: Line, right_column: int) -> _Split | None:
    """A line just after a block, read at the block's right column: both columns (however
    short their last lines), the left one alone (no indent, not reaching the right column)
    or the right one alone (indented to it)."""
    body = line.text.rstrip()
    indent = len(body) - len(body.lstrip())
    gaps = list(_GAP.finditer(body.strip()))
    if not body.strip() or len(gaps) > 1:
        return None
    if gaps:
        gap = _GAP.search(body)
        if indent or abs(display_width(body[:gap.end()]) - right_column) > _ALIGN_TOLERANCE:
            return None
        return _Split((line.start, line.start + gap.start()), (line.start + gap.end(), line.start + len(body)),
                      right_column)
    if indent == 0 and display_width(body) < right_column:
        return _Split((line.start, line.start + len(body)), None, right_column)
    if abs(display_width(body[:indent]) - right_column) <= _ALIGN_TOLERANCE:
        return _Split(None, (line.start + indent, line.start + len(body)), right_column)
    return None


def _runs_on(parts: list[str]) -> bool:
    """Sentences of prose going on to the next line, in at least half the lines."""
    if not parts:
        return False
    running = sum(1 for p in parts[:-1] if p[-1] not in _ENDS_SENTENCE)
    punctuated = sum(1 for p in parts if _CLAUSE.search(p))
    return running >= _RUN_ON_SHARE * (len(parts) - 1) and punctuated >= _RUN_ON_SHARE * len(parts)


def _is_column_block(text: str, splits: list[_Split]) -> bool:
    lefts = [text[s:e] for s, e in (x.left for x in splits if x.left)]
    rights = [text[s:e] for s, e in (x.right for x in splits if x.right)]
    return _runs_on(lefts) and _runs_on(rights)


def _blocks(text: str) -> list[list[_Split]]:
    """Blocks of lines set in two columns, each line split into its two parts."""
    if not matches_at_least(_GAP, text, _MIN_LINES):
        # a block has `_MIN_LINES` lines with a gap each; a gap never spans a line end, so
        # one scan of the text finds them where reading every line cost 1 % of the extraction
        return []
    blocks = []
    lines = text_lines(text)
    i = 0
    while i < len(lines):
        run, j = [], i
        while j < len(lines) and (split := _side_by_side(lines[j])) and (
                not run or abs(split.right_column - run[0].right_column) <= _ALIGN_TOLERANCE):
            run.append(split)
            j += 1
        if len(run) >= _MIN_LINES:
            while j < len(lines) and (tail := _continuation(lines[j], run[0].right_column)):
                run.append(tail)
                j += 1
            if _is_column_block(text, run):
                blocks.append(run)
        i = j if run else i + 1
    return blocks


@dataclass(slots=True)
class ReadingOrder:
    """A view of a text in reading order: pieces of the original, in a new order, with
    a newline between the columns. Maps view offsets back (O(log n))."""
    text: str
    _view_at: list[int]
    _original_at: list[int]
    _lengths: list[int]

    def to_original(self, offset: int) -> int:
        i = max(bisect.bisect_right(self._view_at, offset) - 1, 0)
        return self._original_at[i] + min(offset - self._view_at[i], self._lengths[i])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """A view span → the original span; a span that runs over into another piece (a
        figure whose measure word is on the column's next line) is cut at its piece's
        end, so that it never covers the other column's words."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        i = max(bisect.bisect_right(self._view_at, start) - 1, 0)
        j = max(bisect.bisect_right(self._view_at, end - 1) - 1, 0)
        first = self.to_original(start)
        if i == j:
            return first, self.to_original(end - 1) + 1
        return first, self._original_at[i] + self._lengths[i]


def _column_regions(text: str) -> list[Region]:
    regions = []
    for block in _blocks(text):
        begin = (block[0].left or block[0].right)[0]
        finish = max(span[1] for split in block for span in (split.left, split.right) if span)
        pieces: list[Piece] = []
        for side in ("left", "right"):
            pieces += [getattr(split, side) for split in block if getattr(split, side)]
            pieces.append("\n")
        regions.append((begin, finish, pieces))
    return regions


def reading_order(text: str) -> ReadingOrder | None:
    """The text with each two-column block read column by column, and each run of data
    elements read as a table (pipeline/xmlrows.py), and each data file's lines read as
    labelled figures (pipeline/datafile.py), and each data frame of a notebook read as a
    table (pipeline/codeframes.py), and each wiki table and template (pipeline/wikitext.py),
    and each KPI tile of a dashboard dump read as a labelled figure (pipeline/dashboard.py),
    and each chart of a web page read as a table (pipeline/charts.py), and each bar chart of a
    report dumped under its caption read as a table (pipeline/chartdump.py), and each codebook-coded
    data file read as a decoded table (pipeline/codebook.py), and each header of codes under a
    legend read as the legend names it (pipeline/legend.py), and each entry of an application
    log read as its message (pipeline/applog.py), and each aggregate's alias in a database
    client's result grid read with its unit (pipeline/querygrid.py); None if it has none of them."""
    # imported here, not at the top: they bring pipeline.tables, extractors and jieba (half
    # a second), which a process that only loads documents (pipeline.document) does without
    from .applog import applog_regions
    from .chartdump import chart_dump_regions
    from .charts import chart_regions
    from .codebook import codebook_regions
    from .codeframes import frame_regions
    from .dashboard import dashboard_regions
    from .datafile import datafile_regions
    from .legend import legend_regions
    from .querygrid import query_grid_regions
    from .quiz import quiz_regions
    from .sqldump import sql_regions
    from .wikitext import wikitext_regions
    from .xmlrows import element_regions

    regions = sorted(_column_regions(text) + element_regions(text) + datafile_regions(text)
                     + sql_regions(text) + quiz_regions(text) + frame_regions(text)
                     + wikitext_regions(text) + dashboard_regions(text) + chart_regions(text) + chart_dump_regions(text)
                     + codebook_regions(text) + legend_regions(text) + applog_regions(text) + query_grid_regions(text))
    if not regions:
        return None
    pieces: list[Piece] = []
    last = 0
    for begin, finish, region in regions:
        if begin < last:
            continue                 # overlapping another region: read as it stands
        pieces.append((last, begin))
        pieces += region
        last = finish
    pieces.append((last, len(text)))
    return _assemble(text, pieces)


def _assemble(text: str, pieces: list[Piece]) -> ReadingOrder:
    parts, view_at, original_at, lengths = [], [], [], []
    position, anchor = 0, 0
    for piece in pieces:
        if isinstance(piece, str):
            # a separator stands where the piece before it ends
            words, origin = piece, anchor
        else:
            words, origin = text[piece[0]:piece[1]], piece[0]
            anchor = piece[1]
        if not words:
            continue
        parts.append(words)
        view_at.append(position)
        original_at.append(origin)
        lengths.append(len(words) if not isinstance(piece, str) else 0)
        position += len(words)
    return ReadingOrder("".join(parts), view_at, original_at, lengths)

"""Where a sentence's clauses break, found once per sentence and shared by its figures.

Every figure of a sentence asks where the clause before it starts (`clause_start`, several
times over: its own clause, then the clauses before that one) and where the phrase after it
ends (`phrase_end`). Each question used to scan the sentence's delimiters again from its
start or from the figure on; `clause_marks` finds them all in one pass of the pattern over
the sentence, kept per sentence text, and each question bisects into them. The answers are
the scans' own, position for position (`tests/test_clause_marks.py` compares them).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex

from .punctuation import CELL_BARS, CLAUSE_BREAKS, COLONS, char_class

#: What ends a clause or a phrase. An arrow parts a line's goal from its result (`目标80部 →
#: 已完工71部`). `=` and a closing `"` end a clause too: in a dump of attributes
#: (`年度目标="新增托位3500个" 已完成=…`) a value is a phrase of its own, not the continuation
#: of its key or the next key's; so does the `】` of an entry head (`【托育服务】　年内新增托位650个`:
#: the head is a title), a tab or a bar between the cells of a row (`3\t特写\t…`, `食堂38家 | 供餐…`),
#: and a pictograph, which a post puts where prose puts a comma (`缩短了8分钟⏱️ 新增站点40个`).
#: A comma that groups a figure's digits (`2,870名`, `3,416万元`) is part of the figure, not a break.
#: Every alternative is one character long, which the bisection below relies on.
DELIMITER = regex.compile(r"(?!(?<=\d)[,，](?=\d{3}(?!\d)))(?:"
                          + char_class(CLAUSE_BREAKS, COLONS, CELL_BARS, "=\n\t（(）)】→")
                          + r'|"(?=\s)|\p{Extended_Pictographic})')
_OPENING = "（("
_CLOSING = "）)"

#: Sentences whose marks are kept: a sentence's figures are asked about one after another
_CACHED_SENTENCES = 1024


@dataclass(frozen=True, slots=True)
class ClauseMarks:
    """The offsets of a sentence's delimiters, in order: all of them, and apart the
    brackets and the rest."""
    every: tuple[int, ...]
    opening: tuple[int, ...]
    closing: tuple[int, ...]
    plain: tuple[int, ...]


@lru_cache(maxsize=_CACHED_SENTENCES)
def clause_marks(sentence: str) -> ClauseMarks:
    every = tuple(m.start() for m in DELIMITER.finditer(sentence))
    return ClauseMarks(every=every,
                       opening=tuple(at for at in every if sentence[at] in _OPENING),
                       closing=tuple(at for at in every if sentence[at] in _CLOSING),
                       plain=tuple(at for at in every if sentence[at] not in _OPENING + _CLOSING))


def clause_start(sentence: str, position: int) -> int:
    """Where the clause holding `position` starts: after the last delimiter before it.
    Brackets closed before `position` are part of a name (`普惠（示范性）托育机构`), not a
    break; a bracket still open at `position` is one."""
    position = _as_offset(sentence, position)
    marks = clause_marks(sentence)
    last = bisect_left(marks.plain, position) - 1
    if last >= 0 and marks.plain[last] == position - 1 and DELIMITER.match(sentence, position - 1, position) is None:
        last -= 1                                   # a `"` whose space is at `position`: not seen from before it
    start = marks.plain[last] + 1 if last >= 0 else 0
    opened = bisect_left(marks.opening, position) - 1
    if opened >= 0:
        closed = bisect_left(marks.closing, position) - 1
        if closed < 0 or marks.closing[closed] < marks.opening[opened]:
            start = max(start, marks.opening[opened] + 1)
    return start


def phrase_end(sentence: str, position: int) -> int:
    """The first delimiter after `position`. A bracket opened and closed before the next
    delimiter is part of the phrase (`镇（街道）综合性养老服务中心`); a closing bracket
    with no opening one ends it (`（其中农村22个、城市8个）`)."""
    marks = clause_marks(sentence)
    every, open_brackets = marks.every, 0
    for index in range(bisect_left(every, _as_offset(sentence, position)), len(every)):
        at = every[index]
        if sentence[at] in _OPENING and at > position and index + 1 < len(every):
            closing = bisect_left(marks.closing, at + 1)
            if closing < len(marks.closing) and marks.closing[closing] == every[index + 1]:
                open_brackets += 1
                continue
        if sentence[at] in _CLOSING and open_brackets:
            open_brackets -= 1
            continue
        return at
    return len(sentence)


@lru_cache(maxsize=_CACHED_SENTENCES)
def offsets(pattern: regex.Pattern, text: str) -> tuple[int, ...]:
    """Where `pattern` matches in `text`, in order: a pattern of one character and no
    look-around (a class of break marks), so that a match before `position` is a match of
    the text cut at `position` too."""
    return tuple(m.start() for m in pattern.finditer(text))


def break_before(pattern: regex.Pattern, text: str, position: int) -> int:
    """Where the text after the last break (a match of `pattern`) before `position` starts:
    0 where there is none."""
    found = offsets(pattern, text)
    last = bisect_left(found, _as_offset(text, position)) - 1
    return found[last] + 1 if last >= 0 else 0


def break_from(pattern: regex.Pattern, text: str, position: int) -> int | None:
    """The first break (a match of `pattern`) at or after `position`, if any."""
    found = offsets(pattern, text)
    first = bisect_left(found, _as_offset(text, position))
    return found[first] if first < len(found) else None


def _as_offset(sentence: str, position: int) -> int:
    # as a pattern reads a bound it is given: a negative one counts from the end, as a slice's
    if position < 0:
        position += len(sentence)
    return min(max(position, 0), len(sentence))

"""Speech-recognition (ASR) transcripts dumped as text (a radio call-in programme, a
recorded meeting): one line per utterance, opened by a timestamp and/or the speaker's tag,
the words cut by spaces where a writer would put punctuation, the hesitations written out.

Read as the turns of a transcript (pipeline/dialogue.py): the timestamp is no text, the
tag reads as `局长：`, a space between words as a comma, except before a figure, which
completes the words before it across the pause (`全年助餐是 86万人次`, `大概是 十一点二万人`); a
filler that stands as a word of its own (`嗯`, `那个`) is no text, and a particle that closes
a topic (`老年助餐呢 今年…`) reads as a comma. Words and marks are in
extractors/data/dialogue.toml; edits keep offsets into the original.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.numerals import TABLE as NUMERALS
from extractors.tables import alternation, read_table

from .markup import Edit

#: `[00:01:08]`, `00:01:08`, `01:08`, `(00:01:08.250)`, `【01:08】`
_TIME = r"[\[【(（]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\]】)）]?"
_BLANK = r"[ \t\u3000]"
_CLAUSE, _JOINED, _SILENT = "，", "", ""
_SPACES = regex.compile(rf"{_BLANK}+")
#: the most characters a figure's word has after its numeral: a unit and a qualifier (`户左右`)
_FIGURE_TAIL = 4


@dataclass(frozen=True)
class _Words:
    fillers: frozenset[str]
    continuing: tuple[str, ...]
    clause_particles: str
    end_particles: str
    min_utterances: int


@lru_cache(maxsize=1)
def _table() -> dict:
    return read_table("dialogue.toml")["transcript"]


@lru_cache(maxsize=1)
def _words() -> _Words:
    spec = _table()
    return _Words(frozenset(spec["fillers"]), tuple(spec["continuing"]), "".join(spec["clause_particles"]),
                  "".join(spec["end_particles"]), spec["min_utterances"])


def speaker_tags() -> list[str]:
    """The role words that open an utterance (`asking`, then `answering`, then numbered)."""
    spec = _table()
    return [*spec["asking"], *spec["answering"], *spec["numbered"]]


@lru_cache(maxsize=1)
def _utterance() -> regex.Pattern:
    """The opening of an utterance line: a timestamp and/or a tag, then what separates it
    from the words (`sep`: a colon, blanks, or the line's end in a tool that puts the
    words on the next line)."""
    spec = _table()
    # a deputy of any office the table names (`副镇长`, `副馆长`) is a guest as well
    tag = (rf"(?:{alternation(spec['numbered'])}){_BLANK}?\d{{1,2}}"
           rf"|(?:{alternation(spec['asking'])})|副?(?:{alternation(spec['answering'])})")
    return regex.compile(
        rf"^{_BLANK}*(?:(?P<time>{_TIME}){_BLANK}*)?(?P<tag>{tag})?(?:{_BLANK}*(?P<late_time>{_TIME}))?"
        rf"(?P<sep>{_BLANK}*[：:]{_BLANK}*|{_BLANK}+|(?=\n|$))", regex.MULTILINE)


@lru_cache(maxsize=1)
def _figure() -> regex.Pattern:
    """A spaced word that is a figure, its unit and at most a qualifier (`86万人次`,
    `1千6百户左右`, `百分之五十二点五`), not words that open with a numeral (`一个是…`, `一般`)."""
    t = NUMERALS
    chars = (t.chinese_numeral_chars + t.arabic_digits + t.full_width_digits + t.chinese_points
             + t.decimal_points + t.parts_of + t.approximators)
    return regex.compile(rf"[{regex.escape(chars)}]+\S{{0,{_FIGURE_TAIL}}}(?={_BLANK}|\n|$)")


def _figure_word(text: str, start: int) -> bool:
    return _figure().match(text, start) is not None


def transcript_edits(text: str) -> list[Edit]:
    """The edits that read an ASR transcript as turns of running text; none for another text."""
    openings = [m for m in _utterance().finditer(text) if m.group("time") or m.group("tag")]
    if not _is_transcript(openings):
        return []
    edits: list[Edit] = []
    for m in openings:
        edits += _opening_edits(m)
        edits += _words_edits(text, *_words_span(text, m.end()))
    return edits


def _words_span(text: str, after_opening: int) -> tuple[int, int]:
    """The words of the utterance: the rest of its line, or the next line where the tag
    stands alone on its line (`说话人1 00:00:03`, then the words)."""
    start = after_opening + 1 if text.startswith("\n", after_opening) else after_opening
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _is_transcript(openings: list[regex.Match]) -> bool:
    """Enough lines open an utterance, and more than one speaks with a tag or a timestamp
    stands before the words (a schedule's `09:00 开幕` lines have neither a tag nor the
    ASR tool's seconds)."""
    tagged = sum(1 for m in openings if m.group("tag"))
    timed = sum(1 for m in openings if (m.group("time") or m.group("late_time") or "").count(":") == 2)
    return len(openings) >= _words().min_utterances and (tagged >= 2 or timed >= _words().min_utterances)


def _opening_edits(m: regex.Match) -> list[Edit]:
    """The timestamps are no text; the tag reads as a speaker's tag with a colon."""
    edits: list[Edit] = []
    if m.group("time"):
        edits.append((m.start("time"), m.start("tag") if m.group("tag") else m.end("sep"), _SILENT))
    if m.group("tag"):
        edits.append((m.end("tag"), m.end("sep"), "："))
    elif m.group("late_time"):
        edits.append((m.start("late_time"), m.end("sep"), _SILENT))
    return [e for e in edits if e[0] < e[1]]


def _words_edits(text: str, start: int, end: int) -> list[Edit]:
    """The words of one utterance: fillers dropped, particles and pauses read as commas,
    a pause before a figure joined."""
    words = [w for w in _spaced_words(text, start, end) if text[w[0]:w[1]] not in _words().fillers]
    edits: list[Edit] = []
    if words and words[0][0] > start:
        edits.append((start, words[0][0], _SILENT))
    for (_, left_end), (right_start, _) in zip(words, words[1:]):
        edits.append(_pause(text, left_end, right_start))
    if words and words[-1][1] < end:
        edits.append((words[-1][1], end, _SILENT))
    for word_start, word_end in words:
        edits += _particles_inside(text, word_start, word_end)
    return sorted(edits)


def _spaced_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    words, position = [], start
    for gap in _SPACES.finditer(text, start, end):
        if gap.start() > position:
            words.append((position, gap.start()))
        position = gap.end()
    if position < end:
        words.append((position, end))
    return words


def _pause(text: str, left_end: int, right_start: int) -> Edit:
    """What the pause between two words reads as; a closing particle before it goes with it."""
    particle = text[left_end - 1]
    if particle in _words().clause_particles + _words().end_particles:
        return left_end - 1, right_start, _CLAUSE
    joins = (not text[left_end - 1].isdigit() and _figure_word(text, right_start)
             or text.startswith(_words().continuing, right_start))
    return left_end, right_start, _JOINED if joins else _CLAUSE


def _particles_inside(text: str, start: int, end: int) -> list[Edit]:
    """A topic particle inside a spaced word (`老人呢每餐补贴`) closes the clause before it;
    one at the word's end is read with the pause after it (`_pause`)."""
    return [(i, i + 1, _CLAUSE) for i in range(start + 1, end - 1) if text[i] in _words().clause_particles]

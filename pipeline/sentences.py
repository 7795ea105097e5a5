"""Sentences: split each block's regions at 。！？ (with closing quotes) and line breaks.

A run of text with no sentence end in MAX_SENTENCE characters (a 1 MB line, a table
dumped without punctuation) is not a sentence: it is cut at its last clause mark before
the limit, so that the work per figure, which reads its sentence, stays bounded and a
document takes time in proportion to its length.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from extractors.punctuation import COLONS, CLAUSE_MARKS, char_class

from .spans import trimmed
from .structure import SENTENCE_END, Block

#: Longer than any sentence of the corpus and held-out sets (207 characters) by far.
MAX_SENTENCE = 1000
#: Where an over-long run is cut, the last of these before the limit.
_CLAUSE_END = regex.compile(char_class(CLAUSE_MARKS, "、", COLONS), flags=regex.REVERSE)
_DIGITS = regex.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Sentence:
    sent_id: int
    start: int        # offsets in the cleaned text
    end: int
    text: str
    block: Block


def split_sentences(blocks: list[Block], text: str) -> Iterator[Sentence]:
    sent_id = 0
    for block in blocks:
        for region_start, region_end in block.regions:
            for start, end in _spans(text, region_start, region_end):
                yield Sentence(sent_id, start, end, text[start:end], block)
                sent_id += 1


def _spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    position = start
    for match in SENTENCE_END.finditer(text, start, end):
        yield from _bounded(text, position, match.end())
        position = match.end()
    yield from _bounded(text, position, end)


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        clause = _CLAUSE_END.search(text, start + 1, limit)
        cut = clause.end() if clause else _past_digits(text, limit, end)
        yield from _trimmed(text, start, cut)
        start = cut
    yield from _trimmed(text, start, end)


def _past_digits(text: str, position: int, end: int) -> int:
    """`position`, or the end of the run of digits it falls in: a cut inside a number
    would make a figure of each piece."""
    if 0 < position < end and text[position - 1].isdigit() and text[position].isdigit():
        return _DIGITS.match(text, position, end).end()
    return position


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    start, end = trimmed(text, start, end)
    if start < end:
        yield start, end

"""Sentences: split each block's regions at 。！？ (with closing quotes) and line breaks."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .structure import SENTENCE_END, Block


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
        yield from _trimmed(text, position, match.end())
        position = match.end()
    yield from _trimmed(text, position, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end

"""The turns of a transcript (extractors/data/dialogue.toml): a figure that names nothing
itself in a turn (`截至9月底已服务7140名`) counts what the same figure said earlier counts
(quoted back: `7140名离8000名…`), else the latest figure of its unit in the turns so far
(`为8000名失能老年人提供上门服务`, asked just before); an answer's figure
whose topic the rules could not tell takes the topic of the question it answers.
A paragraph that is no turn ends the conversation."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from extractors.categories import OTHER
from extractors.tables import alternation, read_table

from .record import Record
from .sentences import Sentence

ASKING, ANSWERING = "asking", "answering"


@lru_cache(maxsize=1)
def _turn_pattern() -> regex.Pattern:
    spec = read_table("dialogue.toml")
    return regex.compile(rf"\s*(?:(?P<{ASKING}>{alternation(spec['asking'])})|(?P<{ANSWERING}>{alternation(spec['answering'])}))"
                         rf"(?:[\s\u3000][^：:\n]{{0,{spec['max_speaker']}}})?[：:]")


def turn_of(paragraph: str) -> str | None:
    """`asking`, `answering`, or None where the paragraph opens with no speaker's tag."""
    m = _turn_pattern().match(paragraph)
    return m.lastgroup if m else None


@dataclass
class _Conversation:
    by_unit: dict[str | None, Record] = field(default_factory=dict)
    by_figure: dict[tuple[float | None, str | None], Record] = field(default_factory=dict)
    topic: str | None = None      # the category the last question was about


def follow_the_dialogue(records: list[Record], sentences: list[Sentence | None]) -> list[Record]:
    """`records` with what each figure of a turn takes from the turns before it; one pass."""
    talk, block, turn = _Conversation(), None, None
    for i, (record, sentence) in enumerate(zip(records, sentences)):
        if sentence is None:
            continue
        if sentence.block is not block:
            block, turn = sentence.block, turn_of(sentence.block.text)
            if turn is None:
                talk = _Conversation()
        if turn is None:
            continue
        records[i] = record = _in_conversation(record, turn, talk)
        if record.indicator:
            talk.by_unit[record.unit] = talk.by_figure[(record.value, record.unit)] = record
        if turn == ASKING and record.category not in (None, OTHER):
            talk.topic = record.category
    return records


def _in_conversation(record: Record, turn: str, talk: _Conversation) -> Record:
    decided = record.extra.get("category_source") == "document"
    said = talk.by_figure.get((record.value, record.unit)) or talk.by_unit.get(record.unit)
    if not record.indicator and said is not None:
        return replace(record, indicator=said.indicator, indicator_confidence=said.indicator_confidence,
                       category=record.category if decided else said.category)
    if turn == ANSWERING and record.category == OTHER and not decided and talk.topic:
        return replace(record, category=talk.topic)
    return record

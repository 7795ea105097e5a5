"""The turns of a transcript (extractors/data/dialogue.toml): a figure that names nothing
itself in a turn (`截至9月底已服务7140名`) counts what the same figure said earlier counts
(quoted back: `7140名离8000名…`), else the latest figure of its unit in the turns so far
(`为8000名失能老年人提供上门服务`, asked just before); an answer's figure
whose topic the rules could not tell takes the topic of the question it answers.
A paragraph that is no turn ends the conversation."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from extractors.categories import OTHER, names_the_projects, speaks_of_the_list, topic_scores
from extractors.tables import alternation, read_table

from .record import Record
from .sentences import Sentence
from .structure import Block

ASKING, ANSWERING = "asking", "answering"


def _speaker() -> str:
    """A speaker's tag and its colon (`问：`, `应询人　某局局长 李某：`)."""
    spec = read_table("dialogue.toml")
    spoken = spec["transcript"]     # an ASR transcript's tags, which pipeline/transcript.py gives a colon
    asking = alternation([*spec["asking"], *spoken["asking"]])
    # (a deputy, `副镇长`, answers as the office does)
    answering = rf"副?(?:{alternation([*spec['answering'], *spoken['answering']])})|(?:{alternation(spoken['numbered'])})\s?\d{{1,2}}"
    return (rf"(?:(?P<{ASKING}>{asking})|(?P<{ANSWERING}>{answering}))"
            rf"(?:[\s\u3000][^：:\n]{{0,{spec['max_speaker']}}})?[：:]")


@lru_cache(maxsize=1)
def _turn_pattern() -> regex.Pattern:
    return regex.compile(rf"\s*{_speaker()}")


@lru_cache(maxsize=1)
def _speaker_anywhere() -> regex.Pattern:
    """A tag and its colon anywhere: a block without one has no line that opens a turn."""
    return regex.compile(_speaker())


def turn_of(paragraph: str, at: int = 0) -> str | None:
    """`asking`, `answering`, or None where the paragraph opens (at `at`) with no speaker's tag."""
    # matched at `at`, not on a copy of the rest: a block's every line is asked, and copies
    # of the rest cost time quadratic in the block's length (the pattern has no ^ nor look-behind)
    m = _turn_pattern().match(paragraph, at)
    return m.lastgroup if m else None


@dataclass
class _Conversation:
    by_unit: dict[str | None, Record] = field(default_factory=dict)
    by_figure: dict[tuple[float | None, str | None], Record] = field(default_factory=dict)
    topic: str | None = None      # the category the answers are about: what was asked
    spoken: str | None = None     # the category the last figure of either side was of


def follow_the_dialogue(records: list[Record], sentences: list[Sentence | None],
                        blocks: list[Block] | None = None) -> list[Record]:
    """`records` with what each figure of a turn takes from the turns before it; one pass.
    `blocks`, the document's in order, let a question with no figure (`想问一下助餐怎么收费`)
    set the topic of the answers after it; a turn opens a paragraph, or a line of one where
    each line is an utterance (an ASR transcript)."""
    turns = _turns(blocks if blocks is not None else _blocks_of(sentences))
    starts = [turn.start for turn in turns]
    talk, at = _Conversation(), -1
    for i, (record, sentence) in enumerate(zip(records, sentences)):
        if sentence is None:
            continue
        now = max(bisect.bisect_right(starts, sentence.start) - 1, 0)
        if now != at:
            if turns[now].kind is None:
                talk = _Conversation()
            talk.topic = (talk.spoken or talk.topic) if _goes_on(turns, at, now) else _asked_topic(turns[at + 1:now + 1], talk)
            at = now
        turn = turns[now].kind
        if turn is None:
            continue
        records[i] = record = _in_conversation(record, turn, talk)
        if record.indicator:
            talk.by_unit[record.unit] = talk.by_figure[(record.value, record.unit)] = record
        if record.category not in (None, OTHER):
            talk.spoken = record.category
            if turn == ASKING:
                talk.topic = record.category
    return records


@dataclass(frozen=True, slots=True)
class _Turn:
    start: int            # offset in the cleaned text
    kind: str | None      # ASKING, ANSWERING, or None for a paragraph that is no turn
    text: str


def _blocks_of(sentences: list[Sentence | None]) -> list[Block]:
    blocks: dict[int, Block] = {}
    for sentence in sentences:
        if sentence is not None:
            blocks.setdefault(id(sentence.block), sentence.block)
    return sorted(blocks.values(), key=lambda block: block.start)


def _turns(blocks: list[Block]) -> list[_Turn]:
    """Every paragraph as a turn or no turn, and every later line of one that opens with a
    speaker's tag as a turn of its own, each with its words up to the next."""
    turns: list[_Turn] = []
    for block in blocks:
        # one scan for a tag anywhere before asking each line (most documents are no dialogue),
        # and none in a block of one line (most blocks), which has no later line to ask
        lines = (_LINE_BREAK.finditer(block.text)
                 if "\n" in block.text and _speaker_anywhere().search(block.text) else ())
        opened = [0] + [m.end() for m in lines if turn_of(block.text, m.end())]
        for begin, end in zip(opened, opened[1:] + [len(block.text)]):
            words = block.text[begin:end]
            turns.append(_Turn(block.start + begin, turn_of(words), words))
    return turns or [_Turn(0, None, "")]


#: `re`, not `regex`: the same line breaks, its match objects cost a third as much
_LINE_BREAK = re.compile("\n")


def _asked_topic(turns: list[_Turn], talk: _Conversation) -> str | None:
    """The topic of the answers after `turns`: what the last question names, none after a
    question about the whole list (`这些项目怎么保证落地`), what was last spoken of after a
    follow-up that names nothing (`那现在进度怎么样`)."""
    topic = talk.topic
    for turn in turns:
        if turn.kind == ASKING:
            about_the_list = _whole_list().search(turn.text) or names_the_projects(turn.text)
            topic = None if about_the_list else _named_topic(turn.text) or talk.spoken
    return topic


def _goes_on(turns: list[_Turn], at: int, now: int) -> bool:
    """An answer right after an answer: the speaker goes on with what was last spoken of
    (`老年助餐呢 今年…` on one line, `截至5月底 已经建成了六十三个` on the next)."""
    return at >= 0 and now == at + 1 and turns[at].kind == turns[now].kind == ANSWERING


@lru_cache(maxsize=1)
def _whole_list() -> regex.Pattern:
    return regex.compile(alternation(read_table("dialogue.toml")["whole_list"]))


def _named_topic(text: str) -> str | None:
    scores = {category: score for category, score in topic_scores(text).items() if category != OTHER}
    return max(scores, key=scores.get) if scores else None


def _in_conversation(record: Record, turn: str, talk: _Conversation) -> Record:
    decided = record.extra.get("category_source") == "document"
    said = talk.by_figure.get((record.value, record.unit)) or talk.by_unit.get(record.unit)
    if not record.indicator and said is not None:
        return replace(record, indicator=said.indicator, indicator_confidence=said.indicator_confidence,
                       category=record.category if decided else said.category)
    if turn == ANSWERING and not decided and talk.topic and _tells_no_topic(record):
        return replace(record, category=talk.topic)
    return record


def _tells_no_topic(record: Record) -> bool:
    """An answer's figure whose topic the rules could not tell, and not one of the list's
    own (its count, its satisfaction)."""
    return record.category == OTHER and not speaks_of_the_list(record.sentence or "")

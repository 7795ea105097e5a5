"""jieba, in one place: word segmentation of short windows, cached, and dictionary POS tags.

jieba's dictionary loads on the first call (about half a second), not on import.
Segmentation runs with HMM off: new-word discovery is not needed for boundary tests
and costs time.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import jieba

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=131072)
def words(text: str) -> tuple[str, ...]:
    return tuple(jieba.cut(text, HMM=False))


@lru_cache(maxsize=1)
def _tag_table() -> dict[str, str]:
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def tag(word: str) -> str | None:
    """The word's part of speech in jieba's dictionary (None for unknown words)."""
    return _tag_table().get(word)


def word_crosses(text: str, boundary: int) -> bool:
    """Does a word of `text` run across position `boundary`? (`三家|村`, `工|作者`)"""
    position = 0
    for word in words(text):
        if position < boundary < position + len(word):
            return True
        position += len(word)
    return False

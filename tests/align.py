"""Map character offsets between two renderings of the same document.

The text dump and the text a PDF, Word or HTML loader produces differ in layout
(line breaks, blank lines, heading marks, a title line added) but not in their
words. `TextAlignment` matches the two texts character by character with their
whitespace removed (difflib), so that a span labelled in one can be found in
the other.
"""
from __future__ import annotations

import bisect
from difflib import SequenceMatcher


class TextAlignment:
    def __init__(self, source: str, target: str):
        self._source_at, source_chars = _visible(source)
        self._target_at, target_chars = _visible(target)
        # autojunk would discard the commonest Chinese characters and punctuation.
        matcher = SequenceMatcher(None, source_chars, target_chars, autojunk=False)
        self._blocks = [b for b in matcher.get_matching_blocks() if b.size]
        self._block_starts = [b.a for b in self._blocks]

    def map_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The target span of source[start:end], or None where a character of
        it has no counterpart in the target."""
        first = bisect.bisect_left(self._source_at, start)
        last = bisect.bisect_left(self._source_at, end) - 1
        if last < first:
            return None
        target_first, target_last = self._map(first), self._map(last)
        if target_first is None or target_last is None or target_last - target_first != last - first:
            return None
        return self._target_at[target_first], self._target_at[target_last] + 1

    def _map(self, visible: int) -> int | None:
        i = bisect.bisect_right(self._block_starts, visible) - 1
        if i < 0:
            return None
        block = self._blocks[i]
        return block.b + (visible - block.a) if visible < block.a + block.size else None


def _visible(text: str) -> tuple[list[int], str]:
    """The offsets of the non-whitespace characters of `text`, and those characters."""
    offsets = [i for i, char in enumerate(text) if not char.isspace()]
    return offsets, "".join(text[i] for i in offsets)

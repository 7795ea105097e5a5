"""One script to match words against: full-width forms as ASCII (`１２０％` → `120%`),
traditional characters as simplified (`將新增` → `将新增`), the text's length and every
offset unchanged, so a match in the matching copy is a match at the same place in the
original. Word tables are written once, in simplified characters and ASCII digits.
"""
from __future__ import annotations

from functools import lru_cache

#: U+FF01…U+FF5E are ASCII's printable characters shifted by 0xFEE0; U+3000 is a space
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def for_matching(text: str) -> str:
    """`text` in simplified characters and ASCII forms, of the same length."""
    narrow = text.translate(_FULL_WIDTH)
    if narrow.isascii():
        return narrow
    simplified = _converter().convert(narrow)
    if len(simplified) == len(narrow):
        return simplified
    # a phrase whose conversion changes its length: convert character by character,
    # keeping any character whose conversion is not one character
    return "".join(_one_char(ch) for ch in narrow)


def _one_char(ch: str) -> str:
    converted = _converter().convert(ch)
    return converted if len(converted) == 1 else ch

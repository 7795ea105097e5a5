"""One script to match words against: full-width forms as ASCII (`１２０％` → `120%`),
traditional characters as simplified (`將新增` → `将新增`), the text's length and every
offset unchanged, so a match in the matching copy is a match at the same place in the
original. Word tables are written once, in simplified characters and ASCII digits.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: U+FF01…U+FF5E are ASCII's printable characters shifted by 0xFEE0; U+3000 is a space
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


_FULL_WIDTH_FORM = re.compile("[\uff01-\uff5e\u3000]")


def narrow(text: str) -> str:
    """`text` with its full-width forms as ASCII (`２０２３年` → `2023年`), of the same length."""
    # a sentence holds a few full-width forms (`，`, `（`) among many characters: replacing
    # those found is three times faster than `str.translate`, which looks up every character
    return _FULL_WIDTH_FORM.sub(_ascii_form, text)


def _ascii_form(match: re.Match) -> str:
    return chr(_FULL_WIDTH[ord(match.group())])


def for_matching(text: str) -> str:
    """`text` in simplified characters and ASCII forms, of the same length."""
    ascii_forms = narrow(text)
    return ascii_forms if ascii_forms.isascii() else simplified_same_length(ascii_forms)


def simplified_same_length(text: str) -> str:
    """OpenCC's traditional → simplified conversion, line by line; a line whose phrases
    would change its length (none in practice) is converted character by character,
    keeping any character whose conversion is not one character, so offsets still hold."""
    lines = []
    for line in text.split("\n"):
        converted = _converter().convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c := _converter().convert(ch)) == 1 else ch for ch in line)
        lines.append(converted)
    return "\n".join(lines)

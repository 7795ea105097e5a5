"""One script to match words against: full-width forms as ASCII (`１２０％` → `120%`),
traditional characters as simplified (`將新增` → `将新增`), and the letters a scan's OCR
reads for digits as those digits where they stand in a figure (`l2所` → `12所`), the
text's length and every offset unchanged, so a match in the matching copy is a match at
the same place in the original. Word tables are written once, in simplified characters
and ASCII digits.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

import regex

#: U+FF01…U+FF5E are ASCII's printable characters shifted by this; U+3000 is a space
_WIDTH_SHIFT = 0xFEE0
_FULL_WIDTH = {code: code - _WIDTH_SHIFT for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


_FULL_WIDTH_FORM = re.compile("[\uff01-\uff5e\u3000]")


_HAN_RUN = regex.compile(r"\p{Han}+")


def all_han(text: str) -> bool:
    """True for a non-empty run of Chinese characters alone (`灌溉面积`), False where a digit,
    letter, space or mark stands in it (`面积2`, `就业 文体`)."""
    return _HAN_RUN.fullmatch(text) is not None


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


# ---------------------------------------------------------------------------
# Digits misread by OCR

#: What may stand right before or after a figure's run but not a code's, path's or
#: word's: a letter, digit or the joiners of codes and URLs (`GB5O2O`, `/l23`, `No.1`, `COVID-19`).
_CODE_BEFORE = r"A-Za-z0-9_\-/\\:#@&=?+.,"
_CODE_AFTER = r"A-Za-z0-9_\-/\\@&=?+"
#: A table cell's edges, past the spaces that pad it: a tab, a column bar, a line's start or end.
_CELL_EDGES = frozenset("\t|│\n")
_PADDING = frozenset(" \u3000\u00a0")
_ASCII_DIGITS = frozenset("0123456789")
#: the spaces that part two columns of a table aligned by spaces (one parts the words of a name)
_COLUMN_GAP = 2


@lru_cache(maxsize=4)
def _run_pattern(letters: str) -> regex.Pattern:
    """A run of digits and confusable letters, with points or commas between its parts
    (`1O7.5`, `2.l`, `1,OOO`), that no letter, digit or code joiner touches."""
    chars = "[0-9" + regex.escape(letters) + "]"
    return regex.compile(rf"(?<![{_CODE_BEFORE}]){chars}++(?:[.,]{chars}++)*+(?![{_CODE_AFTER}])")


def ocr_digits(text: str, confusables: Mapping[str, str], figure_follows: regex.Pattern) -> str:
    """`text` with the letters OCR reads for digits (`confusables`: `O` → `0`, `l` → `1`)
    as those digits where they stand in a figure, of the same length; full-width letters
    (`１Ｏ７％`) as full-width digits.

    A run of digits and such letters is a figure when it holds a real digit, does not
    open with a letter read as 0 (a figure has no leading zero: `O2O` is a word), and
    either its letters stand between real digits (`1l8`, `2O22`), or a measure word or
    magnitude follows it (`l0件`, `8OO个`, `2.l亿元`: `figure_follows`, matched at the
    run's end), or it fills a table cell and opens with a real digit (`| 8OO |`).
    Letters in words, codes, URLs and English text (`ICP`, `COVID-19`, `Level l`) stay."""
    letters = "".join(confusables)
    if _any_of(letters + _wide(letters)).search(text) is None:
        return text
    # the run and its context are judged in ASCII forms; a full-width colon, a label's in Chinese
    # text (`高龄补贴：ｌ7人`), joins no code or URL as the ASCII one does, so it stays apart
    ascii_forms = narrow(text.replace("：", "、"))
    pieces, last = [], 0
    for m in _run_pattern(letters).finditer(ascii_forms):
        if _is_figure(ascii_forms, m, confusables, figure_follows):
            pieces += [text[last:m.start()], _as_digits(text[m.start():m.end()], confusables)]
            last = m.end()
    return "".join([*pieces, text[last:]]) if pieces else text


def internet_magnitudes(text: str, letters: Mapping[str, str], figure_follows: regex.Pattern) -> str:
    """`text` with the Latin letters posts write for a magnitude (`letters`: `w` → `万`)
    as that magnitude where they stand right after a figure's Arabic digits and right
    before a Chinese measure word (`1.2w人次`, `3k人`: `figure_follows`), of the same length. Letters in
    codes, words and Latin units (`A3w人`, `5km`, `wifi`) stay."""
    if _any_of("".join(letters)).search(text) is None:
        return text
    pieces, last = [], 0
    for m in _internet_pattern("".join(letters)).finditer(text):
        if not figure_follows.match(text, m.end()):
            continue                         # 4K电视: no measure word, no figure
        pieces += [text[last:m.start()], letters[m.group()]]
        last = m.end()
    return "".join([*pieces, text[last:]]) if pieces else text


@lru_cache(maxsize=8)
def _any_of(chars: str) -> re.Pattern:
    """One scan for any of `chars` (every text is asked before its figures are read; most
    hold none): a character class, not one `in` per character."""
    return re.compile(f"[{re.escape(chars)}]")


@lru_cache(maxsize=4)
def _internet_pattern(letters: str) -> regex.Pattern:
    # the letter right after a digit, then the figure before it opens with a digit that no
    # letter or code joiner touches (looked back on only at such letters: linear time)
    letter = f"[{regex.escape(letters)}]"
    figure = rf"(?<![{_CODE_BEFORE}][0-9]*+(?:[.][0-9]++)?+{letter})"
    # …and before a Chinese word or the plus of "and more" (`3k+`, read as an inner 多)
    return regex.compile(rf"(?<=[0-9]){letter}{figure}(?=\p{{Han}}|[+＋](?![A-Za-z]))")


def _wide(ascii_chars: str) -> str:
    return "".join(chr(ord(c) + _WIDTH_SHIFT) for c in ascii_chars)


def _as_digits(run: str, confusables: Mapping[str, str]) -> str:
    """The run's letters as their digits, each in its own width (`1O` → `10`, `１Ｏ` → `１０`)."""
    digits = []
    for char in run:
        ascii_form = narrow(char)
        digit = confusables.get(ascii_form)
        digits.append(char if digit is None else digit if char == ascii_form else _wide(digit))
    return "".join(digits)


def _is_figure(text: str, run: regex.Match, confusables: Mapping[str, str], figure_follows: regex.Pattern) -> bool:
    body = run.group()
    if not _ASCII_DIGITS.intersection(body) or not any(c in confusables for c in body):
        return False
    if confusables.get(body[0]) == "0" and body[1:2] != ".":
        return False                         # O2O, Oo: no figure opens with a zero
    if body[0] in _ASCII_DIGITS and body[-1] in _ASCII_DIGITS:
        return True                          # 1l8, 1O7.5, 2O22
    if figure_follows.match(text, run.end()):
        return True                          # l0件, 8OO个, 2.l亿元
    return _fills_a_cell(text, run) and (body[0] in _ASCII_DIGITS or _reads_as_a_figure(body, confusables))


def _reads_as_a_figure(body: str, confusables: Mapping[str, str]) -> bool:
    """A cell's run that opens with a letter read as a nonzero digit (`l80000`, a 1 misread) is a
    figure where its digits outnumber its letters: `l0`, `I2` could be a code, `l014000` no word."""
    letters = sum(c in confusables for c in body)
    return body[:1] in confusables and confusables[body[0]] != "0" and len(body) - letters > letters + 1


def _fills_a_cell(text: str, run: regex.Match) -> bool:
    """Does the run fill a table cell: a tab, a bar or a line's edge on each side past its
    padding, or a gap of several spaces, the gap that parts the columns of a table aligned by
    spaces (`街道硬化  4l0000   6OOOO`)?"""
    before, after = run.start(), run.end()
    while before and text[before - 1] in _PADDING:
        before -= 1
    while after < len(text) and text[after] in _PADDING:
        after += 1
    return _is_cell_edge(text, before, run.start(), before - 1) and _is_cell_edge(text, run.end(), after, after)


def _is_cell_edge(text: str, gap_start: int, gap_end: int, edge: int) -> bool:
    return (edge < 0 or edge >= len(text) or text[edge] in _CELL_EDGES
            or gap_end - gap_start >= _COLUMN_GAP or "\u3000" in text[gap_start:gap_end])

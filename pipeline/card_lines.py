"""Data cards (数读, 数说, a figure box): a big figure on a line of its own, its measure word
at the head of the caption on the next line (`12.6万`⏎`人次享受助餐服务`), or a short label
glued to a figure whose measure word the layout pushed to the next line (`惠及居民8960`⏎`户`).
The layout splits one mention; the line break between figure and measure word is read as
nothing, so that the figure reads whole and its span runs across the break (`12.6万\\n人次`).

Long lines of prose cut after a figure are pipeline/document.py `_figure_breaks`; this is
the short line of a card, which that rule leaves alone (no clause of its own).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.punctuation import CLAUSE_BREAKS, COLONS, char_class

#: the longest label that may stand glued before the figure on its line (`单次就餐补贴`)
_MAX_LABEL = 16
#: what sets the cells of a row apart (tabs, a double or full-width space): a table, not a card
_COLUMN = regex.compile(r"\t|\S(?: {2,}|\u3000[ \u3000]*)\S")
#: clause punctuation in a label: a line of prose, not a card's label
_CLAUSE = regex.compile(char_class(CLAUSE_BREAKS + COLONS + "、"))


@dataclass(frozen=True, slots=True)
class _SplitFigure:
    pattern: regex.Pattern
    #: the figure's end, the break and the measure word alone, in `re`: what every match of
    #: `pattern` holds. The whole pattern tries its line start and label at every line (a
    #: tenth of a second a million characters); most documents hold no figure cut from its unit
    screen: re.Pattern


@lru_cache(maxsize=1)
def _split_figure() -> _SplitFigure:
    """A line that ends in a figure (with its magnitude, if any) and no measure word, before
    a line that starts with one."""
    from extractors.numerals import TABLE
    from extractors.units import surfaces_longest_first

    def pieces(escape: Callable[[str], str]) -> tuple[str, str, str, str]:
        return (escape(TABLE.arabic_digits + TABLE.full_width_digits), escape(TABLE.decimal_points),
                escape("".join(TABLE.magnitudes)), "|".join(escape(u) for u in surfaces_longest_first()))

    digits, point, magnitudes, units = pieces(regex.escape)
    pattern = regex.compile(
        rf"(?m)^(?P<label>[^\n{digits}]*?)[ \t\u3000]*(?P<figure>[{digits}]+(?:[{point}][{digits}]+)?)"
        rf"(?P<magnitude>[{magnitudes}]?)[ \t]*(?P<cut>\n)(?P<unit>[{magnitudes}]?(?:{units}))(?P<rest>[^\n]*)")
    digits, _point, magnitudes, units = pieces(re.escape)
    return _SplitFigure(pattern, re.compile(rf"[{digits}][{magnitudes}]?[ \t]*\n[{magnitudes}]?(?:{units})"))


def card_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks between a card's figure and the measure word that opens the next line."""
    split = _split_figure()
    if "\n" not in text or split.screen.search(text) is None:
        return []
    return [(m.start("cut"), m.end("cut")) for m in split.pattern.finditer(text) if _is_card_cut(m)]


def _is_card_cut(m: regex.Match) -> bool:
    label, figure, rest = m.group("label").strip(), m.group("figure"), m.group("rest")
    if len(figure) > 1 and figure[0] in "0０" and figure[1].isdigit():
        return False                 # `01` over its title: an item's number, no figure
    if _COLUMN.search(m.group("label")) or _COLUMN.search(rest):
        return False                 # a row of cells
    if label:
        # a short label glued to the figure (`惠及居民8960`⏎`户`), not a clause of prose
        # (`…分别为12`⏎`个人认为…`) nor a heading's number (`附件2`⏎`项目清单`)
        if len(label) > _MAX_LABEL or _CLAUSE.search(label) or not regex.match(r"\p{Han}", label[-1]):
            return False
    elif not regex.match(r"[\p{Han}（(]", rest):
        return False                 # a lone figure over a lone measure word: cells, one per line
    return not _unit_starts_a_word(m.group("unit"), rest)


#: a line that opens with `本` meaning "this" before a time (`本年收入合计`, `本期支出`, jieba cuts `本|年收入`):
#: a label of its own, not the measure word of books
_THIS_TIME = regex.compile(r"本(?:年|月|周|季|期|次|届|轮)")


#: a surname before the placeholder that stands for the rest of a person's name (`张某某`, `方某`: a roster's
#: cell one a line under a lone figure, held-out 329's 32903): a name, not the measure word of 张 or 方
_ANONYMISED = "某"


def _unit_starts_a_word(unit: str, rest: str) -> bool:
    """Is the measure word the head of a longer word (`个人`, `项目`, `部门`)? Then the
    next line does not go on from the figure."""
    if not rest:
        return False
    if _THIS_TIME.match(unit + rest) or rest.startswith(_ANONYMISED):
        return True
    from extractors.segment import word_crosses  # only reached at a rare candidate break

    return word_crosses(unit + rest[:4], len(unit))

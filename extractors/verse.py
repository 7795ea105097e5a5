"""Counts without a measure word, as verse writes them (快板, 三句半, 顺口溜): a countable
noun, a verb of adding or building, and a Chinese numeral that closes the clause
(`助餐点开了二十六，`, `学位新增两千四，`, `改造小区三十三，`). The guideline reads such a
numeral as a figure whose unit is the noun's usual measure word (the nouns of
data/quantities.toml's [bare.amount_nouns], which a bare magnitude after them takes too;
the verbs in data/verse.toml).

The whole shape is required, noun and verb and the clause's end right after the
numeral, so that ordinals (`第十二`), names (`十二中`), idioms (`一心一意`, `千家万户`,
`百姓`) and numerals inside words never match.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .numerals import TABLE as NUMERALS, parse_number
from .punctuation import CLAUSE_BREAKS, COLONS
from .quantities import Quantity
from .tables import alternation, read_table
from .units import lookup as unit_lookup

Span = tuple[int, int]

#: what may follow the numeral: the clause's end (a mark, 、 or an ellipsis of a list,
#: white space at a verse line's end, a closing bracket)
_CLAUSE_END_CLASS = rf"[{regex.escape(CLAUSE_BREAKS)}、…\s）)]"
_CLAUSE_END = rf"(?={_CLAUSE_END_CLASS}|$)"
#: where the clause of a count starts: after a break, a speaker's colon (`乙：`) or a space
_CLAUSE_START = regex.compile(rf"[{regex.escape(CLAUSE_BREAKS + COLONS)}、…\s（(]", flags=regex.REVERSE)
#: how far before its noun a count's name may start
_MAX_NAME = 12
#: a numeral of verse: Chinese digits and places, not starting with a place-holder zero
_MAX_NUMERAL = 8


@dataclass(frozen=True, slots=True)
class _Spec:
    pattern: regex.Pattern
    measure: dict[str, str]
    #: a numeral's character right before the clause's end, which every count has: one scan
    #: of a character class that most sentences fail, before the pattern's long alternations
    #: (by `re`, whose \s takes every character regex's does)
    screen: re.Pattern


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    spec = read_table("verse.toml")
    measure = read_table("quantities.toml")["bare"]["amount_nouns"]
    nouns = alternation(measure)
    chars = regex.escape(NUMERALS.chinese_numeral_chars)
    zeros = regex.escape("".join(c for c, v in NUMERALS.digits.items() if v == 0))
    numeral = f"(?P<number>(?![{zeros}])[{chars}]{{1,{_MAX_NUMERAL}}})"
    adverb = f"(?:{alternation(spec['adverbs'])})?"
    after = f"(?P<noun>{nouns}){adverb}(?:{alternation(spec['verbs_after'])})了?{numeral}{_CLAUSE_END}"
    before = f"(?:{alternation(spec['verbs_before'])})(?P<noun>{nouns}){numeral}{_CLAUSE_END}"
    screen = re.compile(f"[{chars}](?:{_CLAUSE_END_CLASS}|$)")
    return _Spec(regex.compile(f"(?:{after}|{before})"), measure, screen)


def verse_counts(text: str, taken: Sequence[Span] = ()) -> list[tuple[Quantity, str]]:
    """Each count without a measure word in `text` and the words that name what it
    counts (the clause up to the noun's end: `普惠托位` of `普惠托位增加三百六`, not the
    verb); none that overlaps a span already `taken` (a quantity, a date)."""
    out: list[tuple[Quantity, str]] = []
    spec = _spec()
    if spec.screen.search(text) is None:
        return out
    for match in spec.pattern.finditer(text):
        start, end = match.span("number")
        value = parse_number(match.group("number"))
        if value is None or value <= 0 or any(s < end and start < e for s, e in taken):
            continue
        noun = match.group("noun")
        unit = unit_lookup(spec.measure[noun])
        out.append((Quantity(start, end, match.group("number"), value, None, unit.unit, "exact", None, unit.kind),
                    _named(text, match.start(), match.end("noun"))))
    return out


def _named(text: str, start: int, noun_end: int) -> str:
    """The words from the clause's start to the end of the counted noun."""
    limit = max(0, start - _MAX_NAME)
    found = _CLAUSE_START.search(text, limit, start)
    return text[found.end() if found else limit:noun_end]

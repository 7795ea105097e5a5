"""English numerals: find them (`ENGLISH_NUMERALS.pattern`) and resolve their value
(`parse_english_numeral`), for the English paragraphs of a bilingual document.

Digits as written in English text (`2,400`, `3.6`, `16,500`; the separators and points of
numerals.toml [arabic]), number words (`five`, `Ten`, `forty-two`, `three hundred and
twenty`) and a magnitude after either (`2.34 billion`, `1.65 million`, `five thousand`). The
words are numerals.toml [english]; this module holds the grammar only.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import regex

from .numerals import TABLE as NUMERALS
from .tables import alternation, read_table


@dataclass(frozen=True)
class EnglishNumerals:
    words: dict[str, Decimal]        # one … nineteen
    tens: dict[str, Decimal]         # twenty … ninety
    hundreds: dict[str, Decimal]     # hundred
    joiners: tuple[str, ...]         # `and` of `two hundred and fifty`
    magnitudes: dict[str, Decimal]   # thousand, million, billion
    digits: str                      # the pattern of a numeral in digits
    in_words: str                    # the pattern of a numeral in words
    magnitude: str                   # the pattern of a magnitude word

    @property
    def pattern(self) -> str:
        """A numeral in digits or words, with its magnitude (named groups `digits`, `words`, `magnitude`)."""
        return rf"(?:(?P<digits>{self.digits})|(?P<words>{self.in_words}))(?:[ \u00a0]?(?P<magnitude>{self.magnitude}))?"


def _by_word(section: dict[str, list[str]]) -> dict[str, Decimal]:
    return {word.lower(): Decimal(value) for value, words in section.items() if value.isdigit() for word in words}


@lru_cache(maxsize=1)
def english_numerals() -> EnglishNumerals:
    spec = read_table("numerals.toml")["english"]
    words, tens = _by_word(spec["words"]), _by_word(spec["tens"])
    hundreds, magnitudes = _by_word(spec["hundreds"]), _by_word(spec["magnitudes"])
    joiners = tuple(spec["hundreds"]["joiners"])
    digit = f"[{regex.escape(NUMERALS.arabic_digits)}]"
    separators = regex.escape(NUMERALS.thousands_separators.replace(" ", "").replace("\u00a0", ""))
    point = f"[{regex.escape(NUMERALS.decimal_points)}]"
    # grouped by threes (`16,500`), or plain (`2400`); a decimal part after either
    digits = rf"(?:{digit}{{1,3}}(?:[{separators}]{digit}{{3}})+|{digit}+)(?:{point}{digit}+)?"
    # `forty-two`, `forty two`, `ten`; then `hundred` and what follows it (`and fifty`)
    below_hundred = (rf"(?:(?:{alternation(tens)})(?:[- ](?:{alternation(_units(words))}))?"
                     rf"|{alternation(words)})")
    in_words = (rf"\b{below_hundred}(?:[ ](?:{alternation(hundreds)})"
                rf"(?:[ ](?:(?:{alternation(joiners)})[ ])?{below_hundred})?)?\b")
    return EnglishNumerals(words=words, tens=tens, hundreds=hundreds, joiners=joiners, magnitudes=magnitudes,
                           digits=digits, in_words=in_words, magnitude=rf"(?:{alternation(magnitudes)})\b")


def _units(words: dict[str, Decimal]) -> list[str]:
    """The words of 1–9, which may follow a word of tens (`forty-two`)."""
    return [w for w, v in words.items() if 1 <= v <= 9]


def parse_english_numeral(digits: str | None, words: str | None, magnitude: str | None) -> Decimal | None:
    """The value of a numeral found by `EnglishNumerals.pattern`, from its groups."""
    table = english_numerals()
    value = _digits_value(digits) if digits else _words_value(words or "", table)
    if value is None:
        return None
    return value * table.magnitudes[magnitude.lower()] if magnitude else value


def _digits_value(digits: str) -> Decimal | None:
    plain = "".join(c for c in digits if c not in NUMERALS.thousands_separators)
    plain = "".join("." if c in NUMERALS.decimal_points else c for c in plain)
    try:
        return Decimal(plain)
    except InvalidOperation:
        return None


def _words_value(words: str, table: EnglishNumerals) -> Decimal | None:
    """`three hundred and twenty` → 320: words of units and tens add up, `hundred` multiplies
    what is before it."""
    total, current = Decimal(0), Decimal(0)
    for word in regex.split(r"[- ]+", words.lower()):
        if word in table.joiners:
            continue
        if word in table.hundreds:
            current = (current or Decimal(1)) * table.hundreds[word]
            total, current = total + current, Decimal(0)
        elif word in table.tens:
            current += table.tens[word]
        elif word in table.words:
            current += table.words[word]
        else:
            return None
    return total + current

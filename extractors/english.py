"""English figures: the quantities of an English paragraph in an otherwise Chinese document
(a bilingual release whose Chinese paragraphs each have their translation after them).

As the Chinese finder (quantities.py): `_candidates` finds spans with one regex (a
currency before, the numeral with its magnitude, a range, a unit word; an outer qualifier
before or after), `_resolve` turns one into an `EnglishFigure` or rejects it (years, dates,
times, durations, ages, codes and labelled numbers, the number of a `per` phrase, a number
word that counts nothing). The numerals are english_numerals.py, the unit words units.csv
(language `en`), the rest data/english.toml. The measure word of a bare count is the
counted noun's (`households` → 户), else 个; pipeline/bilingual.py lets the Chinese twin of
the figure give its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex

from .english_numerals import english_numerals, parse_english_numeral
from .english_phrases import clause_start, head_part, phrase_after
from .quantities import Quantity
from .tables import alternation, read_table
from .units import Unit, english_unit_table, lookup as unit_lookup



@dataclass(frozen=True, slots=True)
class EnglishFigure:
    quantity: Quantity
    counted: str | None     # the noun phrase after the figure (`affordable childcare places`)
    measured: bool          # its unit is written (`42 km`, `RMB`, `%`), not the counted noun's


@dataclass(frozen=True)
class _Data:
    pattern: regex.Pattern
    function_words: frozenset[str]
    min_words: int
    min_share: float
    min_function_words: int
    min_chinese_share: float
    first_year: int
    last_year: int
    labels_before: frozenset[str]
    other_money: regex.Pattern         # a currency with no canonical unit right before the number (`US$5`)
    months: frozenset[str]
    time_after: regex.Pattern
    not_counted_after: frozenset[str]
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    qualifier_after: regex.Pattern     # one of them after what the figure counts
    counted_nouns: dict[str, str]
    general_counter: str               # the measure word of any other noun
    per: regex.Pattern
    denominators: dict[str, str]       # the written phrase after `per`, lower case → the `per` field


@lru_cache(maxsize=1)
def _data() -> _Data:
    spec = read_table("english.toml")
    figures, qualifiers = spec["figures"], spec["qualifiers"]
    numeral = english_numerals().pattern
    second = numeral.replace("?P<digits>", "?P<digits2>").replace("?P<words>", "?P<words2>").replace(
        "?P<magnitude>", "?P<magnitude2>")
    units = alternation(english_unit_table())
    gap = r"[ \u00a0]?"
    pattern = regex.compile(
        rf"(?:(?P<pre>{alternation(qualifiers['before'])})[ ])?"
        rf"(?<![\w.,+\-/#:])"                            # not inside a code, a version, a phone number
        rf"(?:(?P<currency>{alternation(figures['currency_before'])}){gap})?"
        rf"{numeral}"
        rf"(?:[ ]?(?P<join>{alternation(figures['range_joiners'])})[ ]?{second})?"
        rf"(?:{gap}(?P<unit>{units})(?![A-Za-z]))?"
        rf"(?![0-9]|[.,\-/:][0-9])"                      # a number goes on (`660-3380617`, `8:30`)
        rf"(?:[ ](?P<post>{alternation(qualifiers['after'])})\b)?",
        flags=regex.IGNORECASE)
    per = spec["per"]
    return _Data(
        pattern=pattern,
        function_words=frozenset(spec["paragraph"]["function_words"]),
        min_words=spec["paragraph"]["min_words"], min_share=spec["paragraph"]["min_share"],
        min_function_words=spec["paragraph"]["min_function_words"],
        min_chinese_share=spec["document"]["min_chinese_share"],
        first_year=figures["years"][0], last_year=figures["years"][1],
        labels_before=frozenset(figures["labels_before"]), months=frozenset(figures["months"]),
        other_money=regex.compile(rf"(?:{alternation(figures['other_currencies'])})[ \u00a0]?$", flags=regex.IGNORECASE),
        time_after=regex.compile(rf"[ \-]?(?:{alternation(figures['time_after'])})(?![A-Za-z\-])", flags=regex.IGNORECASE),
        not_counted_after=frozenset(figures["not_counted_after"]),
        qualifiers_before=qualifiers["before"], qualifiers_after=qualifiers["after"],
        qualifier_after=regex.compile(rf"[ ](?P<post>{alternation(qualifiers['after'])})\b", flags=regex.IGNORECASE),
        counted_nouns=spec["counted_nouns"], general_counter=figures["general_counter"],
        per=regex.compile(rf"\b(?:{alternation(per['words'])})[ ](?P<what>{alternation(per['denominators'])})\b",
                          flags=regex.IGNORECASE),
        denominators={k.lower(): v for k, v in per["denominators"].items()},
    )


# ----------------------------------------------------------------- which text is English

_TOKEN = regex.compile(r"\S+")
#: a word of prose: two letters at least (a spreadsheet's column letters `A B C` are none), its punctuation around it
_LATIN_WORD = regex.compile(r"[\"“‘(]?[A-Za-z][A-Za-z'’\-]+[\"”’),.;:!?]*")
_HAN = regex.compile(r"\p{Han}")
_ENGLISH_WORD = regex.compile(r"[A-Za-z]+")


def is_english_prose(text: str) -> bool:
    """A sentence of English prose (or a headline): mostly words of Latin letters, a function
    word among them, no Chinese character (not a line of code, a label, a Chinese sentence
    with an English gloss)."""
    data = _data()
    if _HAN.search(text):
        return False
    tokens = _TOKEN.findall(text)
    words = [t for t in tokens if _LATIN_WORD.fullmatch(t)]
    if len(words) < data.min_words or len(words) < data.min_share * len(tokens):
        return False
    bare = {w.strip("\"“‘(\"”’),.;:!?").lower() for w in words}
    return len(bare & data.function_words) >= data.min_function_words


def is_mostly_chinese(text: str) -> bool:
    """Chinese characters make enough of the words of `text` (a document; a Chinese character
    weighs as an English word) that an English paragraph in it is a translation beside the
    Chinese, not the document itself."""
    # counted by two C-level scans: a generator over each character of a long document cost
    # 3 % of the extraction
    chinese = len(_HAN.findall(text))
    words = chinese + len(_ENGLISH_WORD.findall(text))
    return words > 0 and chinese >= _data().min_chinese_share * words


# ----------------------------------------------------------------- finding the figures

def find_english_figures(text: str) -> list[EnglishFigure]:
    """Every figure of an English sentence, in order, not overlapping."""
    data = _data()
    found = []
    for match in data.pattern.finditer(text):
        figure = _resolve(text, match, data)
        if figure is not None:
            found.append(figure)
    return found


def _resolve(text: str, m: regex.Match, data: _Data) -> EnglishFigure | None:
    start = m.start("currency") if m.group("currency") else m.start("digits") if m.group("digits") else m.start("words")
    end = m.end("unit") if m.group("unit") else _numeral_end(m)
    if _not_a_figure(text, m, start, end, data):
        return None
    value = parse_english_numeral(m.group("digits"), m.group("words"), m.group("magnitude"))
    if value is None:
        return None
    value_max = None
    if m.group("join"):
        value_max = parse_english_numeral(m.group("digits2"), m.group("words2"), m.group("magnitude2") or m.group("magnitude"))
        if value_max is None or value_max <= value:
            return None
        if m.group("magnitude2") and not m.group("magnitude"):
            value *= english_numerals().magnitudes[m.group("magnitude2").lower()]   # `2 to 3 million`
    counted = phrase_after(text, end)
    unit, kind, scale = _unit(m, counted, data)
    measured = bool(m.group("unit") or m.group("currency"))
    quantity = Quantity(
        start=start, end=end, text=text[start:end], value=float(value * scale),
        value_max=None if value_max is None else float(value_max * scale), unit=unit,
        qualifier=_qualifier(text, m, _past_counted(text, end, counted), data),
        per=_per(text, start, end, counted, data), kind=kind)
    return EnglishFigure(quantity, counted, measured)


def _numeral_end(m: regex.Match) -> int:
    for group in ("magnitude2", "digits2", "words2", "magnitude", "digits", "words"):
        if m.group(group):
            return m.end(group)
    return m.end()


def _not_a_figure(text: str, m: regex.Match, start: int, end: int, data: _Data) -> bool:
    """A year, a date, a time, a duration, an age, a labelled number, a `per` phrase's
    number, a number glued to letters (`21st`, `3B`), or a number word that counts nothing."""
    before = _word_before(text, start)
    if before in data.labels_before or before in data.months:
        return True                                  # `aged 65`, `No. 3`, `per 1,000`, `December 12`
    if data.other_money.search(text, max(0, start - _CURRENCY_REACH), start):
        return True                                  # `US$5 million`: no unit of the table
    if regex.match(r"[A-Za-z]", text[end:end + 1]):
        return True                                  # `21st`, `3B`, `5G`
    unit = m.group("unit") or m.group("currency")
    if not unit and data.time_after.match(text, end):
        return True                                  # `8 a.m.`, `3 years`, `65 years old`, `5-day`
    if _word_after(text, end) in data.months:
        return True                                  # `12 December`
    if not unit and _is_a_year(m, data):
        return True                                  # `of 2025`, `In 2026,`
    if m.group("words") and not unit:
        after = _word_after(text, end)
        return after is None or after in data.not_counted_after or text[end:end + 1] == "-"
    return False


#: the longest currency word looked for before a number
_CURRENCY_REACH = 5


def _is_a_year(m: regex.Match, data: _Data) -> bool:
    digits = m.group("digits")
    return (digits is not None and digits.isdigit() and len(digits) == 4 and not m.group("magnitude")
            and not m.group("join") and data.first_year <= int(digits) <= data.last_year)


_WORD_BEFORE = regex.compile(r"([A-Za-z][A-Za-z.']*|#)[ \u00a0]*$")
_WORD_AFTER = regex.compile(r"[ \u00a0]+([A-Za-z][A-Za-z']*)")


def _word_before(text: str, position: int) -> str | None:
    found = _WORD_BEFORE.search(text[max(0, position - 24):position])
    return found.group(1).lower() if found else None


def _word_after(text: str, position: int) -> str | None:
    found = _WORD_AFTER.match(text, position)
    return found.group(1).lower() if found else None


def _unit(m: regex.Match, counted: str | None, data: _Data) -> tuple[str, str, Decimal]:
    """The canonical unit, its kind and scale: the unit word's or currency's, else the
    counted noun's measure word (by the phrase's last word), else 个."""
    written = m.group("unit") or m.group("currency")
    if written:
        unit = english_unit_table().get(written) or _any_case(written)
        if unit is not None:
            return unit.unit, unit.kind, Decimal(str(unit.scale))
    measure = _counter_of(counted, data)
    known = unit_lookup(measure)
    return measure, known.kind if known else "count", Decimal(1)


def _any_case(written: str) -> Unit | None:
    lower = written.lower()
    return next((u for s, u in english_unit_table().items() if s.lower() == lower), None)


def _counter_of(counted: str | None, data: _Data) -> str:
    if not counted:
        return data.general_counter
    head = head_part(counted.lower())
    return next((measure for noun, measure in data.counted_nouns.items()
                 if head == noun or head.endswith(" " + noun)), data.general_counter)


def _qualifier(text: str, m: regex.Match, after_counted: int, data: _Data) -> str:
    """The qualifier before the figure, or after it or after what it counts (`2,000 jobs or more`)."""
    if m.group("pre"):
        return data.qualifiers_before[_key(m.group("pre"), data.qualifiers_before)]
    post = m.group("post") or ((found := data.qualifier_after.match(text, after_counted)) and found.group("post"))
    if post:
        return data.qualifiers_after[_key(post, data.qualifiers_after)]
    return "exact"


def _past_counted(text: str, end: int, counted: str | None) -> int:
    """Where the figure's counted phrase ends (`2,000 jobs`), or the figure itself."""
    return end + 1 + len(counted) if counted and text.startswith(counted, end + 1) else end


def _key(written: str, table: dict[str, str]) -> str:
    lower = written.lower()
    return next(k for k in table if k.lower() == lower)


def _per(text: str, start: int, end: int, counted: str | None, data: _Data) -> str | None:
    """The denominator of a rate: a `per` phrase right after the figure and what it counts
    (`RMB 760 per person per month`, `3.6 places per 1,000 residents`), or before the figure
    in its clause (`places per 1,000 residents to 3.6`)."""
    after = _past_counted(text, end, counted)
    denominators = []
    for found in data.per.finditer(text, after, min(len(text), after + 60)):
        if text[after:found.start()].strip(" \u00a0"):
            break
        denominators.append(found)
        after = found.end()
    if not denominators:
        clause = clause_start(text, start)
        denominators = list(data.per.finditer(text, clause, start))
    return "·".join(data.denominators[f.group("what").lower()] for f in denominators) or None

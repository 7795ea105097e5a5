"""Quantities: find numeral + unit spans in a sentence and resolve them.

After Microsoft Recognizers-Text: `_candidates` finds spans with one compiled regex
(numeral, approximator, magnitude, range, unit, rate, outer qualifiers), and
`_resolve` turns a span into a `Quantity` or rejects it by the guideline's
exclusions (dates, durations, ages, frequencies, ordinals, grades, names, vague
amounts). The language data is in data/quantities.toml, data/units.csv and
data/numerals.toml.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import DATA_DIR
from .numerals import NUMERAL_PATTERN, parse_number
from .units import lookup as unit_lookup, surfaces_longest_first


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int            # offsets in the text searched (end exclusive)
    end: int
    text: str
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    per: str | None
    kind: str             # the unit's kind: count, person, money, percent, area, ...


@dataclass(frozen=True)
class _Data:
    before: dict[str, str]
    after: dict[str, str]
    inner: dict[str, str]
    time_units: tuple[str, ...]
    ordinal_or_denominator_before: tuple[str, ...]
    vague_before: tuple[str, ...]
    everyday_numerals: str
    grade_units: frozenset[str]
    article_units: frozenset[str]
    frequency_units: frozenset[str]
    frequency_periods: tuple[str, ...]
    names: regex.Pattern
    person_endings: frozenset[str]
    place_nouns: dict[str, str]
    amount_nouns: dict[str, str]
    every_words: tuple[str, ...]
    averages: dict[str, str]
    pattern: regex.Pattern


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _data() -> _Data:
    with (DATA_DIR / "quantities.toml").open("rb") as fh:
        spec = tomllib.load(fh)
    q, ex, bare, per = spec["qualifiers"], spec["exclude"], spec["bare"], spec["per"]
    units = _alternation(surfaces_longest_first())
    magnitude = "万亿|亿|万"
    inner = _alternation(q["inner"])
    number = (
        rf"(?P<pct>百分之)?(?P<n1>{NUMERAL_PATTERN})(?P<a1>{inner})?(?P<m1>{magnitude})?(?P<a2>{inner})?"
        rf"(?:(?P<u1>{units})(?=\s*[—–\-~～至到]))?"
        rf"(?:\s*[—–\-~～至到]\s*(?P<pct2>百分之)?(?P<n2>{NUMERAL_PATTERN})(?P<m2>{magnitude})?)?"
        rf"(?P<unit>{units})?"
        rf"(?:/(?P<slash>{_alternation(per['slash_words'])}))?"
    )
    pattern = regex.compile(
        rf"(?P<pre>{_alternation(q['before'])})?{number}(?P<post>{_alternation(q['after'])})?"
    )
    return _Data(
        before=q["before"], after=q["after"], inner=q["inner"],
        time_units=tuple(sorted(ex["time_units"], key=len, reverse=True)),
        ordinal_or_denominator_before=tuple(ex["ordinal_before"] + ex["denominator_before"]),
        vague_before=tuple(ex["vague_before"]),
        everyday_numerals=ex["everyday_numerals"],
        grade_units=frozenset(ex["grade_units"]),
        article_units=frozenset(ex["article_units"]),
        frequency_units=frozenset(ex["frequency_units"]),
        frequency_periods=tuple(ex["frequency_periods"]),
        names=regex.compile(_alternation(ex["names"])),
        person_endings=frozenset(bare["person_noun_endings"]),
        place_nouns=bare["place_nouns"],
        amount_nouns=bare["amount_nouns"],
        every_words=tuple(sorted(per["every_words"], key=len, reverse=True)),
        averages=per["averages"],
        pattern=pattern,
    )


_CJK = regex.compile(r"\p{Han}")
_CLAUSE_START = regex.compile(r"[，,；;。！？!?：:\n（(]")


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity mention in `text` (a sentence), in order, not overlapping."""
    data = _data()
    protected = _protected_spans(text, data)
    found: list[Quantity] = []
    for match in data.pattern.finditer(text):
        quantity = _resolve(text, match, data, protected)
        if quantity is not None:
            found.append(quantity)
    return found


def _protected_spans(text: str, data: _Data) -> list[tuple[int, int]]:
    """Stretches whose numerals are names, not figures: short quoted names
    (`“六个常有”`, `“15分钟养老服务圈”`) and listed policy names.
    Quoted speech (with sentence punctuation inside) is not protected."""
    spans = [(m.start(), m.end()) for m in data.names.finditer(text)]
    for m in regex.finditer(r"“[^“”]*”|‘[^‘’]*’|「[^「」]*」", text):
        if not regex.search(r"[，。；！？,;!?]", m.group()):
            spans.append((m.start(), m.end()))
    return spans


_NUMBER_GROUPS = ("pct", "n1", "a1", "m1", "a2", "u1", "pct2", "n2", "m2")


def _resolve(text: str, m: regex.Match, data: _Data, protected: list[tuple[int, int]]) -> Quantity | None:
    value = parse_number(m.group("n1"))
    if value is None or (len(m.group("n1")) == 1 and _CJK.match(m.group("n1")) and m.group("n1") not in data.everyday_numerals):
        return None
    start = m.start("pct") if m.group("pct") else m.start("n1")
    if any(s <= start < e for s, e in protected):
        return None
    if text[max(0, start - 2):start].endswith(data.ordinal_or_denominator_before):
        return None                          # 第三批, 每千人口
    if _CJK.match(text, start) and text[max(0, start - 2):start].endswith(data.vague_before):
        return None                          # 数百家, 几十万元 (but 托位数2.11万个 is a figure)
    value, value_max = _values(m, value)
    if value_max is None and m.group("n2"):
        return None
    numeral_end = max(m.end(g) for g in _NUMBER_GROUPS if m.group(g))
    end = m.end("slash") if m.group("slash") else m.end("unit") if m.group("unit") else numeral_end
    if text.startswith(data.time_units, end):
        return None                          # dates, durations, ages: 2023年, 16年, 93岁, 24小时
    unit_surface = "百分之" if (m.group("pct") or m.group("pct2")) else (m.group("unit") or m.group("u1"))
    if unit_surface is None:
        return _bare(text, m, start, end, value, value_max, data)
    if _measure_word_starts_a_word(text, m, unit_surface, end):
        return _bare(text, m, start, numeral_end, value, value_max, data)   # 超35万人才, 三家村
    unit = unit_lookup(unit_surface)
    if unit is None or _excluded_by_unit(text, m, unit_surface, end, data):
        return None
    value *= unit.scale
    if value_max is not None:
        value_max *= unit.scale
        if value_max < value:
            return None
    return Quantity(
        start=start, end=end, text=text[start:end], value=value, value_max=value_max,
        unit=unit.unit, qualifier=_qualifier(m, data), per=_per(text, m, start, data), kind=unit.kind,
    )


_TRAILING_MAGNITUDE = regex.compile(r"(万亿|亿|万)$")


def _magnitude(numeral: str | None, separate: str | None) -> float | None:
    """The magnitude a numeral ends with (`15万`) or that follows an approximator (`500多万`)."""
    word = separate or (m.group() if numeral and (m := _TRAILING_MAGNITUDE.search(numeral)) else None)
    return parse_number("1" + word) if word else None


def _has_magnitude(m: regex.Match) -> bool:
    return _magnitude(m.group("n1"), m.group("m1")) is not None


def _values(m: regex.Match, low: float) -> tuple[float, float | None]:
    """The low and high ends with their magnitudes. In `2—3万人` the 万 holds for both
    ends; in `5000—2万` it does not (the low end is already whole)."""
    low *= _magnitude(None, m.group("m1")) or 1
    if not m.group("n2"):
        return low, None
    high = parse_number(m.group("n2"))
    if high is None:
        return low, None
    high *= _magnitude(None, m.group("m2")) or 1
    low_magnitude = _magnitude(m.group("n1"), m.group("m1"))
    high_magnitude = _magnitude(m.group("n2"), m.group("m2"))
    if high_magnitude and not low_magnitude and low * high_magnitude <= high:
        low *= high_magnitude
    return low, high


def _measure_word_starts_a_word(text: str, m: regex.Match, unit: str, end: int) -> bool:
    """The measure word is really the start of a word: `三家村`, `一次性`, `35万人才`."""
    return len(unit) == 1 and not m.group("post") and m.group("unit") is not None and _unit_glued_to_next_word(text, m.start("unit"), end)


def _excluded_by_unit(text: str, m: regex.Match, unit: str, end: int, data: _Data) -> bool:
    if unit in data.grade_units and _CJK.match(text, m.end()) is not None:
        return True                          # 三类以上公厕, 五类困难人员
    if m.group("n1") == "一" and unit in data.article_units:
        return True                          # 一个缩影, 一批
    if text.startswith(unit, end):
        return True                          # 一份份: reduplication
    if unit in data.frequency_units and _in_clause_before(text, m.start(), data.frequency_periods):
        return True                          # 每周两次, 每天1次
    return False


def _in_clause_before(text: str, position: int, words: tuple[str, ...]) -> bool:
    clause = _clause_before(text, position)
    return any(w in clause for w in words)


def _clause_before(text: str, position: int) -> str:
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, position)]
    return text[starts[-1] if starts else 0:position]


def _unit_glued_to_next_word(text: str, unit_start: int, unit_end: int) -> bool:
    """The measure word is really the start of a word: `三家村`, `一次性`."""
    if unit_end >= len(text) or not _CJK.match(text, unit_end):
        return False
    return _word_crosses(text[max(0, unit_start - 2):unit_end + 3], unit_end - max(0, unit_start - 2))


@lru_cache(maxsize=65536)
def _word_crosses(window: str, boundary: int) -> bool:
    import jieba

    position = 0
    for word in jieba.cut(window, HMM=False):
        if position < boundary < position + len(word):
            return True
        position += len(word)
    return False


def _bare(text: str, m: regex.Match, start: int, end: int, value: float, value_max: float | None, data: _Data) -> Quantity | None:
    """A numeral with no measure word: the counted noun follows (`15万老年人`,
    `2区7镇`), or a measure-of-activity noun precedes (`曝光量2027.88万`)."""
    after = text[end:]
    for noun, unit in data.place_nouns.items():
        if after.startswith(noun) and not _has_magnitude(m):
            return _bare_quantity(text, m, start, end, value, value_max, unit, "count", data)
    if _has_magnitude(m) or m.group("a1") or m.group("a2"):
        word = _next_word(text, end)
        if word and word[-1] in data.person_endings:
            return _bare_quantity(text, m, start, end, value, value_max, "人", "person", data)
        before = text[max(0, start - 4):start]
        for noun, unit in data.amount_nouns.items():
            if before.endswith(noun):
                return _bare_quantity(text, m, start, end, value, value_max, unit, "count", data)
    return None


def _bare_quantity(text, m, start, end, value, value_max, unit, kind, data) -> Quantity:
    return Quantity(start=start, end=end, text=text[start:end], value=value, value_max=value_max, unit=unit,
                    qualifier=_qualifier(m, data), per=_per(text, m, start, data), kind=kind)


_NOUN_RUN = regex.compile(r"[\p{Han}]{1,8}")


def _next_word(text: str, position: int) -> str | None:
    """The noun after a bare numeral, up to the next verb or particle, by jieba."""
    match = _NOUN_RUN.match(text, position)
    if not match:
        return None
    import jieba

    words = list(jieba.cut(match.group(), HMM=False))
    noun = ""
    for word in words:
        if word in ("的", "在", "为", "和", "与", "及", "中", "里", "等") or len(noun) >= 6:
            break
        noun += word
        if len(word) > 1 and word[-1] in _data().person_endings:
            return noun
    return noun or None


def _qualifier(m: regex.Match, data: _Data) -> str:
    for group, table in (("a1", data.inner), ("a2", data.inner), ("pre", data.before), ("post", data.after)):
        if m.group(group):
            return table[m.group(group)]
    return "exact"


def _per(text: str, m: regex.Match, start: int, data: _Data) -> str | None:
    """The denominator of a rate: `/月`, `每人每月…`, `日均…`, within the figure's clause."""
    if m.group("slash"):
        return m.group("slash").replace("㎡", "平方米")
    clause = _clause_before(text, start)
    denominators = []
    for every in regex.finditer(r"每", clause):
        rest = clause[every.end():]
        word = next((w for w in data.every_words if rest.startswith(w)), None)
        if word:
            denominators.append(word)
    if denominators:
        return "·".join(denominators)
    for word, denominator in data.averages.items():
        position = clause.rfind(word)
        if position >= 0 and "的" not in clause[position:]:
            return denominator               # 日均供餐1.78万份 (but not 人均…支出的30%)
    return None

"""Numerals: resolve a numeral expression to its value, and find numerals in running text.

After Microsoft Recognizers-Text's Chinese number extractor and parser: finding a span
(`NUMERAL_PATTERN`) and resolving its value (`parse_number`) are separate, and every
character either of them knows comes from the table `data/numerals.toml`.

One grammar: a numeral is a sequence of digits and places (units 十百千, magnitudes
万亿), read left to right by `_PositionalReader`. What the written forms add is layout
around that sequence, stripped or checked before it is read:
- spaces (`7万 5千 4百`, `12 万`), allowed only where the reading stays one;
- an approximator before a magnitude (`500余万`, `十多万`): the value is the round number;
- a decimal point after the whole number (`三点五`, `两千万点五五四四`, `三十五点五万`);
- a sign (`负3.5`, `-.5`), and a fraction (`三分之一`, `3分之1`, `-3/2`, `二又三分之一`).

`parse_number` reads a *whole* expression: Arabic (`1,234.5`, `28 600`, `.5`, `１２３`),
Chinese positional (`三十万零五百`, `一万零十二`), financial and traditional (`壹仟贰佰`,
`叁萬`, `兩`), digit by digit (`二〇二三`), mixed (`5万4千6百`, `3万4000`, `1千零1`,
`1.2万亿`), stacked magnitudes (`四万万`), `半百`. Anything else, including vague amounts
(`几十`, `数百`) and numerals with a qualifier or unit after them (`1.78万余`, `3个`),
gives None.

Values are computed in `Decimal`, so `2.11万` is exactly 21100 and not 21099.999….
"""
from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from collections.abc import Iterable
from itertools import takewhile
from pathlib import Path

import regex

from . import DATA_DIR

TABLE_PATH = DATA_DIR / "numerals.toml"


class NumeralTableError(ValueError):
    """The numeral table is missing, unreadable or contradicts itself."""


# ---------------------------------------------------------------------------
# The table

@dataclass(frozen=True, slots=True)
class NumeralTable:
    digits: dict[str, Decimal]               # Chinese digit → value, 〇/零 → 0
    coefficient_digits: dict[str, Decimal]   # 两 → 2, 半 → 0.5, only before a unit or magnitude
    small_units: dict[str, Decimal]          # 十 → 10, 百 → 100, 千 → 1000
    magnitudes: dict[str, Decimal]           # 万 → 10^4, 亿 → 10^8
    unknown_digit: str                       # 几幾
    unknown_coefficient: str                 # 数數
    approximators: str                       # 余多来餘來, before a magnitude
    chinese_points: str                      # 点點
    negative_signs: str                      # 负負
    parts_of: str                            # 分之
    fraction_and: str                        # 又
    slashes: str                             # /／
    spaces: str                              # spaces that may stand inside a numeral
    arabic_digits: str                       # 0123456789
    full_width_digits: str                   # ０１２３４５６７８９, in the same order
    decimal_points: str                      # .．
    thousands_separators: str                # , and the spaces that group digits
    minus_signs: str                         # -－−
    plus_signs: str                          # +＋, before a signed table cell (`+12`)
    ocr_digits: dict[str, str]               # O → 0, l → 1: letters OCR reads for digits
    internet_magnitudes: dict[str, str]      # w → 万, k → 千: letters posts write for magnitudes
    spoken_range_pairs: frozenset[str] = frozenset()   # 七八, 两三: a range before its place (七八百)

    @property
    def chinese_numeral_chars(self) -> str:
        return "".join([*self.digits, *self.coefficient_digits, *self.small_units, *self.magnitudes])


def load_table(path: Path = TABLE_PATH) -> NumeralTable:
    """Read and check the numeral table; any problem is one `NumeralTableError` line naming the file."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        table = NumeralTable(
            digits=_chars_by_value(data["digits"]),
            coefficient_digits=_chars_by_value(data["coefficient_digits"]),
            small_units=_chars_by_value(data["small_units"]),
            magnitudes=_chars_by_value(data["magnitudes"]),
            unknown_digit=data["vague"]["unknown_digit"],
            unknown_coefficient=data["vague"]["unknown_coefficient"],
            approximators=data["approximators"]["chars"],
            chinese_points=data["chinese_punctuation"]["decimal_points"],
            negative_signs=data["chinese_punctuation"]["negative_signs"],
            parts_of=data["fractions"]["parts_of"],
            fraction_and=data["fractions"]["and"],
            slashes=data["fractions"]["slashes"],
            spaces=data["spaces"]["inside"],
            arabic_digits=data["arabic"]["digits"],
            full_width_digits=data["arabic"]["full_width_digits"],
            decimal_points=data["arabic"]["decimal_points"],
            thousands_separators=data["arabic"]["thousands_separators"],
            minus_signs=data["arabic"]["minus_signs"],
            plus_signs=data["arabic"]["plus_signs"],
            ocr_digits={char: digit for digit, chars in data["ocr_confusables"].items() for char in chars},
            internet_magnitudes={char: m for m, chars in data["internet_magnitudes"].items() for char in chars},
            spoken_range_pairs=frozenset(data["spoken_ranges"]["pairs"]),
        )
    except OSError as err:
        raise NumeralTableError(f"{path}: cannot read the numeral table ({err.strerror})") from None
    except tomllib.TOMLDecodeError as err:
        raise NumeralTableError(f"{path}: not valid TOML ({err})") from None
    except KeyError as err:
        raise NumeralTableError(f"{path}: missing entry {err}") from None
    except (AttributeError, TypeError, ValueError, ArithmeticError) as err:
        raise NumeralTableError(f"{path}: malformed entry ({err})") from None
    _check_table(table, path)
    return table


def _chars_by_value(section: dict[str, str]) -> dict[str, Decimal]:
    """Invert a `value = "characters"` section into character → value."""
    return {char: Decimal(value) for value, chars in section.items() for char in chars}


def _check_table(table: NumeralTable, path: Path) -> None:
    if len(table.full_width_digits) != len(table.arabic_digits):
        raise NumeralTableError(f"{path}: full_width_digits must list one character per Arabic digit")
    misread = sorted(c for c, digit in table.ocr_digits.items() if digit not in table.arabic_digits or c.isdigit())
    if misread:
        raise NumeralTableError(f"{path}: ocr_confusables must map letters to Arabic digits: {' '.join(misread)}")
    chinese = "".join([table.chinese_numeral_chars, table.unknown_digit, table.unknown_coefficient,
                       table.approximators, table.chinese_points, table.negative_signs, table.fraction_and])
    repeated = sorted({char for char in chinese if chinese.count(char) > 1})
    if repeated:
        raise NumeralTableError(f"{path}: characters listed in more than one place: {' '.join(repeated)}")


TABLE = load_table()


# ---------------------------------------------------------------------------
# Finding numerals in running text

def _char_class(chars: str) -> str:
    return "[" + regex.escape(chars) + "]" if chars else "(?!)"


def _arabic_pattern(digits: str, separators: str, points: str, spaces: str = "") -> str:
    """An Arabic number: thousands separators only before groups of exactly three digits;
    a leading point (.5) only where no letter, digit or point stands before it (v1.5, 2..5);
    a point between `spaces` on both sides (`4 . 3`, OCR text), never on one side only (`4. 3个`)."""
    digit, point = _char_class(digits), _char_class(points)
    spaced_point = rf"|(?<={digit}){_char_class(spaces)}+{point}{_char_class(spaces)}+(?={digit})" if spaces else ""
    return (
        rf"(?:(?:{digit}{{1,3}}(?:{_char_class(separators)}{digit}{{3}})+(?!{digit})|{digit}+)"
        rf"(?:(?:{point}{spaced_point}){digit}+)?"
        rf"|{point}(?<!(?:(?!\p{{Han}})\w|{point}){point}){digit}+)"
    )


def _chars_not_starting(chars: str, words: tuple[str, ...]) -> str:
    """One of `chars`, but not the first character of one of `words` (千 but not 千米).
    The check follows the character, so the common case costs one character class."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        if word[0] in chars:
            by_first.setdefault(word[0], []).append(regex.escape(word[1:]))
    free = "".join(c for c in chars if c not in by_first)
    guarded = [f"{regex.escape(c)}(?!{'|'.join(rests)})" for c, rests in by_first.items()]
    return "(?:" + "|".join([_char_class(free), *guarded]) + ")"


def build_numeral_pattern(table: NumeralTable, words_after: Iterable[str] = ()) -> str:
    """The regex source of one maximal numeral expression in running text.

    `words_after`: words that start with a numeral character but follow a numeral as a
    whole (the units `千米`, `百分点`): the numeral ends before them, `3.6千米` → `3.6`.

    Limits, by design (the quantity extractor decides with the unit and context):
    - It finds numeral-like spans, not only valid ones: `十四五`, `几十万`, `数百` are
      matched whole and `parse_number` rejects them; a bare `十`/`百`/`千` (`百姓`,
      `每千人口`) and `一` in words (`统一`, `一老一小`) are matched too.
    - Qualifiers and units are outside the span: `1.78万余份` → `1.78万`,
      `500多个` → `500`, `百分之八十` → `百` and `八十`; an approximator before a
      magnitude is inside (`500多万`, `十 余 万`).
    - Spaces are inside only where `parse_number` reads one number through them: before
      a place (`12 万`, `五百 余万`, `四百 点 五`) or after one before a digit with a
      place of its own (`7万 5千`), or after 十 and 点 (`一百 五 十 二`). So `2023 2024`,
      `5万 3个` and table cells stay apart; tabs and line breaks never join.
    - `,` and a single space join digits only as a thousands separator (exactly three
      digits after it: `28 600`); the full-width `，` is always punctuation. `.` and
      `点` need a digit after them, so `助餐点380个` and `2023.` end before them; dotted
      dates read as decimals (`2023.12` of `2023.12.1`).
    - A minus sign right after a word, number or `%` is a range dash (`30%-40%`,
      `10-20`), so `增长-3%` gives `3`: write the sign as `负` to keep it.
    - 零/〇 never start a span except in `零点…` (`零售`, `零就业` are words).
    - Fractions (`三分之一`, `3/2`) are not joined: `/` is a rate or a date in running text.
    """
    arabic = _arabic_pattern(table.arabic_digits + table.full_width_digits,
                             table.thousands_separators, table.decimal_points, table.spaces)
    zero_chars = "".join(c for c, v in table.digits.items() if v == 0)
    nonzero = _char_class("".join(c for c, v in table.digits.items() if v) + "".join(table.coefficient_digits))
    any_digit = _char_class("".join(table.digits))
    units = "".join(table.small_units)
    words_after = tuple(words_after)
    magnitude = _char_class("".join(table.magnitudes))
    unit_or_magnitude = _char_class(units + "".join(table.magnitudes))
    point = _char_class(table.chinese_points)
    space = _char_class(table.spaces)
    place = _char_class(units + "".join(table.magnitudes) + table.chinese_points + table.approximators)
    ones_before = _char_class("".join(c for c, v in table.small_units.items() if v == 10) + table.chinese_points)
    unknown_digit, unknown_coefficient = _char_class(table.unknown_digit), _char_class(table.unknown_coefficient)
    chinese_start = (
        rf"{_chars_not_starting(units, words_after)}|{nonzero}|{_char_class(zero_chars)}(?={point}{any_digit})"
        rf"|(?:{unknown_digit}|{unknown_coefficient})(?={unit_or_magnitude})"
    )
    chinese_more = (
        rf"{_chars_not_starting(table.chinese_numeral_chars, words_after)}"
        rf"|{point}(?<=(?:{any_digit}|{unit_or_magnitude}){space}*{point})(?={space}*{any_digit})"
        rf"|{_char_class(table.approximators)}(?={space}*{magnitude})"
        rf"|(?<={unit_or_magnitude}){unknown_digit}|{unknown_digit}(?={unit_or_magnitude})"
    )
    digit_with_place = rf"(?:{arabic}|{nonzero}){space}*{unit_or_magnitude}"
    gap = (                                  # (?={space}): most text has none, fail at once
        rf"(?={space})(?:{space}+(?={place})"
        rf"|(?<={place}){space}+(?={digit_with_place})"
        rf"|(?<={ones_before}){space}+(?={any_digit}))"
    )
    sign = rf"{_char_class(table.negative_signs)}|(?<![\w%％]){_char_class(table.minus_signs)}"
    # Arabic digits never go on from a Chinese digit (`队伍28支`: 伍 is a financial five, but
    # `伍28` no number; the word ends there and the figure starts at the digits)
    arabic_after = rf"(?<!{any_digit}){arabic}"
    return rf"(?:{sign})?(?:{arabic}|{chinese_start})(?:(?:{gap})?(?:{arabic_after}|{chinese_more}))*"


# For the `regex` module (also valid for `re`); compile it once, inside a larger pattern if need be.
NUMERAL_PATTERN: str = build_numeral_pattern(TABLE)


# ---------------------------------------------------------------------------
# Reading one numeral: characters → tokens

class Kind(Enum):
    NUMBER = "number"          # an Arabic number or one Chinese digit
    UNIT = "unit"              # 十 百 千
    MAGNITUDE = "magnitude"    # 万 亿
    POINT = "point"            # 点
    APPROX = "approx"          # 余 多 来, before a magnitude
    SPACE = "space"            # folded into the next token's `after_space`
    PARTS_OF = "parts_of"      # 分之: denominator 分之 numerator
    OVER = "over"              # /: numerator / denominator
    AND = "and"                # 又: whole 又 fraction


@dataclass(frozen=True, slots=True)
class Token:
    kind: Kind
    value: Decimal
    chinese: bool = True            # script, so that 3五 and 3点5 can be refused
    coefficient_only: bool = False  # 两, 半
    after_space: bool = False       # 7万 5千: the token follows a space

    @property
    def is_zero_placeholder(self) -> bool:
        return self.kind is Kind.NUMBER and self.chinese and self.value == 0


def _char_tokens(table: NumeralTable) -> dict[str, Token]:
    tokens = {c: Token(Kind.NUMBER, v) for c, v in table.digits.items()}
    tokens |= {c: Token(Kind.NUMBER, v, coefficient_only=True) for c, v in table.coefficient_digits.items()}
    tokens |= {c: Token(Kind.UNIT, v) for c, v in table.small_units.items()}
    tokens |= {c: Token(Kind.MAGNITUDE, v) for c, v in table.magnitudes.items()}
    for kind, chars in ((Kind.POINT, table.chinese_points), (Kind.APPROX, table.approximators),
                        (Kind.SPACE, table.spaces), (Kind.OVER, table.slashes), (Kind.AND, table.fraction_and)):
        tokens |= {c: Token(kind, Decimal(0)) for c in chars}
    tokens[table.parts_of] = Token(Kind.PARTS_OF, Decimal(0))
    return tokens


_CHAR_TOKENS = _char_tokens(TABLE)
#: The table's digits and points in ASCII. Not extractors.script.narrow (every full-width
#: form as ASCII): the numeral grammar reads what numerals.toml lists, in the widths it
#: lists them (`／`, `－`, U+3000 are slashes, signs and spaces there as they stand), so
#: a digit or point added to the table is read here without a second table to keep in step.
_DIGITS_AS_ASCII = str.maketrans(
    TABLE.full_width_digits + TABLE.decimal_points,
    TABLE.arabic_digits + "." * len(TABLE.decimal_points),
)
_DROP_SEPARATORS = str.maketrans("", "", TABLE.thousands_separators)
_SIGNS = TABLE.negative_signs + TABLE.minus_signs
# Applied after full-width digits and points are made ASCII, so one form suffices.
_TOKENS_RE = regex.compile(
    rf"(?:(?P<token>{_arabic_pattern(TABLE.arabic_digits, TABLE.thousands_separators, '.')}"
    rf"|{regex.escape(TABLE.parts_of)}|{_char_class(''.join(c for c in _CHAR_TOKENS if len(c) == 1))}))+"
)


# What float() reads exactly as the reader would (ASCII digits, one point): the common case.
_PLAIN_ARABIC = regex.compile(r"[0-9]+(?:\.[0-9]+)?")
#: A decimal point between spaces (`4 . 3`, OCR text), read as the point alone.
_SPACED_POINT = regex.compile(
    rf"(?<=[{TABLE.arabic_digits}{TABLE.full_width_digits}])[{regex.escape(TABLE.spaces)}]+"
    rf"([{regex.escape(TABLE.decimal_points)}])[{regex.escape(TABLE.spaces)}]+(?=[{TABLE.arabic_digits}{TABLE.full_width_digits}])")


class _Malformed(Exception):
    """Internal: the expression is not a whole numeral."""


def _tokenize(body: str) -> list[Token]:
    match = _TOKENS_RE.fullmatch(body.translate(_DIGITS_AS_ASCII))
    if match is None:
        raise _Malformed
    tokens, spaced = [], False
    for text in match.captures("token"):
        token = _CHAR_TOKENS.get(text) or _arabic_token(text)
        if token.kind is Kind.SPACE:
            spaced = True
            continue
        tokens.append(replace(token, after_space=True) if spaced else token)
        spaced = False
    return tokens


def _arabic_token(text: str) -> Token:
    return Token(Kind.NUMBER, Decimal(text.translate(_DROP_SEPARATORS)), chinese=False)


# ---------------------------------------------------------------------------
# Reading one numeral: tokens → value

def _value(tokens: list[Token]) -> Decimal:
    """numeral := number | fraction | number 又 fraction."""
    parts = _split(tokens, Kind.AND)
    if len(parts) == 2:
        return _number(parts[0]) + _fraction(parts[1])
    if len(parts) > 2:
        raise _Malformed
    if any(t.kind in (Kind.PARTS_OF, Kind.OVER) for t in tokens):
        return _fraction(tokens)
    return _number(tokens)


def _split(tokens: list[Token], kind: Kind) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.kind is kind:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _fraction(tokens: list[Token]) -> Decimal:
    """三分之一 and 3分之1 name the denominator first, 3/2 the numerator."""
    bars = [i for i, t in enumerate(tokens) if t.kind in (Kind.PARTS_OF, Kind.OVER)]
    if len(bars) != 1:
        raise _Malformed
    bar = bars[0]
    left, right = _number(tokens[:bar]), _number(tokens[bar + 1:])
    numerator, denominator = (right, left) if tokens[bar].kind is Kind.PARTS_OF else (left, right)
    if not denominator:
        raise _Malformed
    return numerator / denominator


def _number(tokens: list[Token]) -> Decimal:
    tokens = _without_approximators(tokens)
    if not tokens:
        raise _Malformed
    _check_one_script(tokens)
    _check_coefficient_digits(tokens)
    points = [i for i, t in enumerate(tokens) if t.kind is Kind.POINT]
    if not points:
        return _whole(tokens)
    if len(points) > 1:
        raise _Malformed
    return _with_decimal_point(tokens[: points[0]], tokens[points[0] + 1:])


def _without_approximators(tokens: list[Token]) -> list[Token]:
    """500余万, 十 多 万: an approximator stands after a number and before a magnitude,
    and the value is the round number (the qualifier is the quantity finder's)."""
    for i, token in enumerate(tokens):
        if token.kind is Kind.APPROX and not (0 < i < len(tokens) - 1 and tokens[i + 1].kind is Kind.MAGNITUDE):
            raise _Malformed                # 1.78万余, 十多, 多万
    return [t for t in tokens if t.kind is not Kind.APPROX]


def _check_one_script(tokens: list[Token]) -> None:
    """Arabic and Chinese digits do not mix (3五, 3点5); units, magnitudes and the
    place-holder 零 go with either (5万4千, 1千零1)."""
    scripts = {t.chinese for t in tokens
               if t.kind is Kind.POINT or (t.kind is Kind.NUMBER and not t.is_zero_placeholder)}
    if len(scripts) > 1:
        raise _Malformed


def _check_coefficient_digits(tokens: list[Token]) -> None:
    """两 and 半 stand alone or right before a unit or magnitude: 两, 两万, 半百, but not 十两."""
    for i, token in enumerate(tokens):
        following = tokens[i + 1].kind if i + 1 < len(tokens) else None
        if token.coefficient_only and len(tokens) > 1 and following not in (Kind.UNIT, Kind.MAGNITUDE):
            raise _Malformed


def _with_decimal_point(before: list[Token], after: list[Token]) -> Decimal:
    """三点一四, 两千万点五五四四, 三十五点五万: a whole number, 点, digits read one by
    one, then magnitudes that multiply it (only if the whole number has none of its own)."""
    fraction = list(takewhile(lambda t: t.kind is Kind.NUMBER, after))
    magnitudes = after[len(fraction):]
    well_formed = (
        before and fraction
        and not any(t.after_space for t in fraction[1:])             # 三点一 四: two numbers
        and all(t.kind is Kind.MAGNITUDE for t in magnitudes)
        and not (magnitudes and any(t.kind is Kind.MAGNITUDE for t in before))   # 一万点五万
    )
    if not well_formed:
        raise _Malformed
    number = _whole(before) + Decimal("0." + "".join(str(t.value) for t in fraction))
    return _positional([Token(Kind.NUMBER, number), *magnitudes])


def _whole(tokens: list[Token]) -> Decimal:
    if all(t.kind is Kind.NUMBER and t.chinese and not t.coefficient_only and not t.after_space for t in tokens):
        return Decimal("".join(str(t.value) for t in tokens))   # 二〇二三, 五, 零
    return _positional(tokens)


def _positional(tokens: list[Token]) -> Decimal:
    reader = _PositionalReader()
    for token in tokens:
        reader.read(token)
    return reader.finish()


def _is_single_digit(value: Decimal) -> bool:
    return _is_integer(value) and 1 <= value <= 9


def _is_integer(value: Decimal) -> bool:
    return value == value.to_integral_value()


@dataclass(slots=True)
class _PositionalReader:
    """Accumulates a place-value numeral (三十万零五百, 5万4千6百, 1.2万亿) left to right.

    The number is built in groups: `group` collects units below the next magnitude
    (五千三百), a magnitude multiplies it into `total`. A magnitude larger than any
    before it multiplies everything so far (万 then 亿 is 万亿: 三万五千亿 = 3.5 × 10^12),
    and so does the same magnitude right after itself (四万万 = 4 × 10^8).
    """
    total: Decimal = Decimal(0)
    group: Decimal = Decimal(0)
    pending: Token | None = None            # a number whose place is not known yet
    pending_follows: Token | None = None    # the unit or magnitude right before it, if any
    group_unit: Decimal | None = None       # last unit in this group; units must fall
    largest_magnitude: Decimal = Decimal(1)
    last_magnitude: Decimal = Decimal(1)    # 1 until a magnitude is read
    previous: Token | None = None
    after_zero: bool = False

    def read(self, token: Token) -> None:
        if token.is_zero_placeholder:
            self._zero()
        elif token.kind is Kind.NUMBER:
            self._number(token)
        elif self.after_zero and not self._is_ten(token):
            raise _Malformed                # 零百, 一千零万 (but 一万零十二)
        elif token.kind is Kind.UNIT:
            self._unit(token.value)
        else:
            self._magnitude(token.value)
        self.previous = token

    def finish(self) -> Decimal:
        if self.after_zero or self.previous is None:
            raise _Malformed                # 一百零
        if self.pending is not None:
            self.group += self._place_pending(at_end=True)
        return self.total + self.group

    @staticmethod
    def _is_ten(token: Token) -> bool:
        """十 is written without its 一, at the start (十二) and after 零 (一万零十二)."""
        return token.kind is Kind.UNIT and token.value == 10

    def _zero(self) -> None:
        # One 零 marks skipped places between two non-zero ones (or leads, as in 零十).
        if self.pending is not None or self.after_zero:
            raise _Malformed
        self.after_zero = True

    def _number(self, token: Token) -> None:
        if self.pending is not None:
            raise _Malformed                # two numbers with no unit between: 十四五, 2023 2024
        self.pending = token
        follows_place = self.previous is not None and self.previous.kind in (Kind.UNIT, Kind.MAGNITUDE)
        self.pending_follows = self.previous if follows_place else None
        self.after_zero = False

    def _unit(self, unit: Decimal) -> None:
        if self.group_unit is not None and unit >= self.group_unit:
            raise _Malformed                # 十十, 一百一千
        if self.pending is None:
            if self.group and not self.after_zero:
                raise _Malformed            # 一百十: only a group or a 零 may open with a bare unit
            coefficient = Decimal(1)
        elif 0 < self.pending.value < 10:
            coefficient = self.pending.value
        else:
            raise _Malformed                # 12百
        self.group += coefficient * unit
        self.group_unit, self.pending, self.after_zero = unit, None, False

    def _magnitude(self, magnitude: Decimal) -> None:
        if self.pending is not None:
            self.group += self._place_pending(at_end=False)
        stacked = self.previous is not None and self.previous.kind is Kind.MAGNITUDE and self.previous.value == magnitude
        if magnitude > self.largest_magnitude or (stacked and magnitude == self.largest_magnitude):
            if not self.total + self.group:
                raise _Malformed            # 万 alone, 万万
            self.total = (self.total + self.group) * magnitude
            self.largest_magnitude = magnitude
        elif self.group and magnitude < self.last_magnitude:
            self.total += self.group * magnitude
        else:
            raise _Malformed                # 一万三千万, 5万 3万
        self.group, self.group_unit, self.last_magnitude = Decimal(0), None, magnitude

    def _place_pending(self, at_end: bool) -> Decimal:
        """The worth of a number not followed by a unit.

        Right after a unit it fills the next place down: 二十三 (×1), 一百五 (×10);
        after a magnitude only at the very end: 一万五 = 15000, while 一亿五万 is
        五 × 万. A number of several digits at the end counts as it stands if it fits
        below the place before it (3万4000, 5万300). After 零 or on its own it counts
        as it stands. A number after a space is never abbreviated (一百 五, 5万 3 are
        two numbers), but the ones after 十 are no abbreviation (一百 五 十 二).
        """
        token, self.pending = self.pending, None
        value, place = token.value, self.pending_follows
        if place is None or (place.kind is Kind.MAGNITUDE and not at_end):
            return value
        if token.after_space and place.value != 10:
            raise _Malformed                # 一百 五, 5万 3, 3万 4000
        if _is_single_digit(value):
            return value * place.value / 10
        if not token.chinese and _is_integer(value) and value < place.value:
            return value                    # 3万4000
        raise _Malformed                    # 二十13


#: Numerals whose value is kept: a document's figures, read again by its tables, sentences and
#: rules. 65,536 kept filling through a 50 M-character archive (fresh numbers in every
#: document); 4,096, like the other stages' caches, is full within the first few hundred documents.
_CACHED_NUMERALS = 4096


@lru_cache(maxsize=_CACHED_NUMERALS)
def parse_number(text: str) -> float | None:
    """The value of a whole numeral expression, or None if `text` is not exactly one.

    >>> parse_number("三十万零五百"), parse_number("2.11万"), parse_number("1.78万余")
    (300500.0, 21100.0, None)
    """
    body = _SPACED_POINT.sub(r"\1", text.strip())
    sign = -1 if body and body[0] in _SIGNS else 1
    if sign < 0:
        body = body[1:]
    try:
        if _PLAIN_ARABIC.fullmatch(body):
            value = sign * float(body)      # most numerals in releases: no reading needed
        else:
            value = float(sign * _value(_tokenize(body)))
    except (_Malformed, ArithmeticError):   # decimal.Overflow: a million digits is no figure
        return None
    return value if math.isfinite(value) else None      # beyond a float: inf is no figure


def spoken_range(text: str) -> tuple[float, float] | None:
    """The two ends of a range spoken as two neighbouring digits before the place they share
    (`七八百` → 700, 800; `两三万` → 20000, 30000; `三四` → 3, 4), or None if `text` is no such
    range (numerals.toml: spoken_ranges)."""
    pair, places = text[:2], text[2:]
    if pair not in TABLE.spoken_range_pairs or any(
            c not in TABLE.small_units and c not in TABLE.magnitudes for c in places):
        return None
    low, high = parse_number(pair[0] + places), parse_number(pair[1] + places)
    return (low, high) if low is not None and high is not None and low < high else None


if __name__ == "__main__":
    import timeit

    samples = ["3400", "2.11万", "三十万零五百", "1,234.5", "负3.5", "二〇二三", "5万4千6百", "一批"]
    calls = 200_000
    cached = timeit.timeit(lambda: [parse_number(s) for s in samples], number=calls // len(samples))
    print(f"cached:   {calls / cached:,.0f} calls/s")
    uncached = timeit.timeit(lambda: [parse_number.__wrapped__(s) for s in samples], number=calls // len(samples))
    print(f"uncached: {calls / uncached:,.0f} calls/s")
